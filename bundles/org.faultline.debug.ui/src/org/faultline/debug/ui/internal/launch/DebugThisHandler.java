package org.faultline.debug.ui.internal.launch;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.breakpoints.FindingBreakpoint;
import org.faultline.debug.ui.internal.DebugUiPlugin;
import org.faultline.debug.ui.internal.Messages;
import org.faultline.model.exec.Finding;
import org.faultline.model.exec.RunResult;
import org.faultline.patch.Samples;
import org.faultline.review.ReviewSession;
import org.faultline.review.view.RunComparison;
import org.faultline.ui.internal.editor.ReviewEditor;

/**
 * "Debug This" on a scenario of the review editor's Runs page: launches the scenario on the review's patch and base,
 * on the version the command names (before, after, or both in lockstep). With {@code toFinding} it also suspends
 * where that version's run raises its first finding. A launch configuration with the same attributes is reused, so
 * that debugging a scenario twice leaves one configuration.
 */
public final class DebugThisHandler extends AbstractHandler {

	public static final String VERSION_PARAMETER = "org.faultline.debug.ui.version";

	public static final String TO_FINDING_PARAMETER = "org.faultline.debug.ui.toFinding";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ReviewEditor editor)
				|| !(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof RunComparison.Entry entry))
			return null;
		String version = event.getParameter(VERSION_PARAMETER) == null ? FaultlineDebug.VERSION_BEFORE
				: event.getParameter(VERSION_PARAMETER);
		try {
			if (Boolean.parseBoolean(event.getParameter(TO_FINDING_PARAMETER))) {
				RunResult run = FaultlineDebug.VERSION_AFTER.equals(version) ? entry.after() : entry.before();
				if (run != null && !run.getFindings().isEmpty())
					suspendOn(run.getFindings().get(0));
			}
			DebugUITools.launch(configuration(editor.session(), entry.scenario(), version), ILaunchManager.DEBUG_MODE);
		} catch (CoreException e) {
			ErrorDialog.openError(HandlerUtil.getActiveShell(event), Messages.DebugThis_title, null, e.getStatus());
		}
		return null;
	}

	private static void suspendOn(Finding finding) throws CoreException {
		for (var b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(FaultlineDebug.MODEL_ID))
			if (b instanceof FindingBreakpoint f && f.getKind() == finding.getKind())
				return;
		new FindingBreakpoint(finding.getKind());
	}

	/** The configuration that runs {@code scenario} on {@code version} of the session's patch and base. */
	static ILaunchConfiguration configuration(ReviewSession session, String scenario, String version)
			throws CoreException {
		boolean modelled = session.base().isModelledTree();
		FaultlineDebug.Settings settings = new FaultlineDebug.Settings(patch(session),
				modelled ? "" : base(session.base().repository()), modelled ? "" : session.baseRevision(), version,
				scenario, "", "", true);
		for (ILaunchConfiguration existing : DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurations(FaultlineDebug.type()))
			if (FaultlineDebug.settings(existing).equals(settings))
				return existing;
		return FaultlineDebug.newConfiguration(scenario + " [" + version + "]", settings).doSave();
	}

	/** The patch as the launch names it: empty for the sample, else the file it was read from. */
	private static String patch(ReviewSession session) throws CoreException {
		String source = session.series() == null ? "" : session.series().getSource();
		if (Samples.SEED.equals(source))
			return "";
		if (source != null && Files.isRegularFile(Path.of(source)))
			return Path.of(source).toAbsolutePath().toString();
		throw new CoreException(DebugUiPlugin.error(NLS.bind(Messages.DebugThis_notAFile, source), null));
	}

	private static String base(Repository repository) {
		return (repository.isBare() ? repository.getDirectory() : repository.getWorkTree()).getAbsolutePath();
	}
}
