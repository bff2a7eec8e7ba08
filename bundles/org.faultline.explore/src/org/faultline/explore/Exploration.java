package org.faultline.explore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.faultline.exec.ExecutableVersion;
import org.faultline.explore.internal.Explorer;

/**
 * Explores a space of fault scenarios on two versions and groups what behaves differently by cause. Usage:
 *
 * <pre>
 * ExplorationResult r = Exploration.between(before, after).setSpace(ScenarioSpace.full()).setThreads(2)
 * 		.setProgressMonitor(monitor).call();
 * System.out.print(ExplorationReport.text(r));
 * </pre>
 *
 * The result is the same for the same versions, space, sample size and seed, whatever the thread count.
 */
public final class Exploration {

	/** Scenarios run at most before sampling; the seed's whole space is below it. */
	public static final int DEFAULT_SAMPLE_SIZE = 1_000_000;

	private final ExecutableVersion before, after;
	private ScenarioSpace space = ScenarioSpace.full();
	private int threads = Runtime.getRuntime().availableProcessors();
	private int sampleSize = DEFAULT_SAMPLE_SIZE;
	private long seed = 1;
	private IProgressMonitor monitor = new NullProgressMonitor();

	private Exploration(ExecutableVersion before, ExecutableVersion after) {
		this.before = before;
		this.after = after;
	}

	public static Exploration between(ExecutableVersion before, ExecutableVersion after) {
		if (before == null || after == null)
			throw new IllegalArgumentException("an exploration needs two versions");
		return new Exploration(before, after);
	}

	public Exploration setSpace(ScenarioSpace s) {
		this.space = s;
		return this;
	}

	public Exploration setThreads(int n) {
		if (n < 1)
			throw new IllegalArgumentException("threads must be at least 1, not " + n);
		this.threads = n;
		return this;
	}

	/** At most this many scenarios run; a larger space is sampled with the seed. */
	public Exploration setSampleSize(int n) {
		if (n < 1)
			throw new IllegalArgumentException("the sample size must be at least 1, not " + n);
		this.sampleSize = n;
		return this;
	}

	public Exploration setSeed(long s) {
		this.seed = s;
		return this;
	}

	public Exploration setProgressMonitor(IProgressMonitor m) {
		this.monitor = m == null ? new NullProgressMonitor() : m;
		return this;
	}

	/** @throws OperationCanceledException when the progress monitor is cancelled */
	public ExplorationResult call() {
		return new Explorer(before, after, space, threads, sampleSize, seed).run(monitor);
	}
}
