package org.faultline.debug.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.FaultlineDebug.Settings;
import org.faultline.debug.model.VersionSide;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.Scenario;
import org.faultline.exec.ScenarioException;
import org.faultline.exec.ScenarioParser;
import org.faultline.exec.StepSession;
import org.faultline.explore.ExplorationResult;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.Version;

/**
 * What a fault scenario launch opens: the review (the patch applied in-core onto its base, as the review editor
 * does), the scenario, and a stepping session on each version asked for. The base stays open as long as the
 * debug target reads sources from it.
 */
public final class LaunchedReview implements AutoCloseable {

	private final ReviewBase base;
	private final Scenario scenario;
	private final List<VersionSide> sides;

	private LaunchedReview(ReviewBase base, Scenario scenario, List<VersionSide> sides) {
		this.base = base;
		this.scenario = scenario;
		this.sides = sides;
	}

	/**
	 * Opens the review and runs the scenario once on each version to step through.
	 *
	 * @throws CoreException naming what is wrong: a missing patch or repository, a patch that does not apply, a
	 *             scenario that does not parse (with file:line)
	 */
	public static LaunchedReview open(Settings s, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Opening the review", 4);
		Scenario scenario = scenario(s);
		ReviewBase base = base(s);
		try {
			ReviewSession session = session(s, base, progress.split(1));
			List<VersionSide> sides = new ArrayList<>();
			if (!FaultlineDebug.VERSION_AFTER.equals(s.version()))
				sides.add(side(FaultlineDebug.VERSION_BEFORE, session.before(), scenario));
			progress.split(1);
			if (!FaultlineDebug.VERSION_BEFORE.equals(s.version()))
				sides.add(side(FaultlineDebug.VERSION_AFTER, session.after(), scenario));
			progress.split(2);
			return new LaunchedReview(base, scenario, List.copyOf(sides));
		} catch (ReviewException | PatchException e) {
			base.close();
			throw FaultlineDebug.error("cannot open the review: " + e.getMessage(), e);
		} catch (IOException e) {
			base.close();
			throw FaultlineDebug.error("cannot read the fault path's sources: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			base.close();
			throw e;
		}
	}

	/**
	 * Explores the review the settings name (their scenario is not read): the groups of scenarios that behave
	 * differently between its two versions.
	 *
	 * @throws CoreException naming what is wrong: a missing patch or repository, a patch that does not apply
	 */
	public static ExplorationResult explore(Settings s, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exploring the review", 10);
		try (ReviewBase base = base(s); ReviewSession session = session(s, base, progress.split(1))) {
			return session.exploration().setProgressMonitor(progress.split(9)).call();
		} catch (ReviewException | PatchException e) {
			throw FaultlineDebug.error("cannot open the review: " + e.getMessage(), e);
		}
	}

	private static ReviewSession session(Settings s, ReviewBase base, IProgressMonitor monitor)
			throws ReviewException, PatchException {
		ReviewSession.Builder builder = ReviewSession.on(base).setProgressMonitor(monitor);
		if (!s.baseRevision().isEmpty())
			builder.setBaseRevision(s.baseRevision());
		if (s.patch().isEmpty())
			builder.setSample();
		else
			builder.setPatch(Path.of(s.patch()));
		return builder.open();
	}

	private static VersionSide side(String label, Version v, Scenario scenario) throws IOException {
		return new VersionSide(label, v.repository(), v.commitId(), StepSession.start(v.executable(), scenario));
	}

	private static ReviewBase base(Settings s) throws CoreException {
		try {
			return s.baseRepository().isEmpty() ? ReviewBase.modelledTree()
					: ReviewBase.repository(Path.of(s.baseRepository()));
		} catch (ReviewException e) {
			throw FaultlineDebug.error(e.getMessage(), e);
		}
	}

	/** The edited text if any, else the file if any, else the shipped scenario of that name. */
	public static Scenario scenario(Settings s) throws CoreException {
		try {
			if (!s.scenarioText().isBlank())
				return ScenarioParser.parse("the launch configuration's scenario", s.scenarioText());
			if (!s.scenarioFile().isEmpty()) {
				Path file = Path.of(s.scenarioFile());
				if (!Files.isRegularFile(file))
					throw FaultlineDebug.error("no scenario file " + file, null);
				return ScenarioParser.parse(file.toString(), Files.readString(file));
			}
			if (s.scenarioName().isEmpty())
				throw FaultlineDebug.error("the launch configuration names no scenario", null);
			return NamedScenarios.load(s.scenarioName());
		} catch (ScenarioException e) {
			throw FaultlineDebug.error(e.getMessage(), e);
		} catch (IOException e) {
			throw FaultlineDebug.error("cannot read the scenario: " + e.getMessage(), e);
		}
	}

	public Scenario scenario() {
		return scenario;
	}

	public List<VersionSide> sides() {
		return sides;
	}

	@Override
	public void close() {
		base.close();
	}
}
