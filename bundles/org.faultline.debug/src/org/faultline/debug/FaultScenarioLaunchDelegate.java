package org.faultline.debug;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.faultline.debug.FaultlineDebug.Settings;
import org.faultline.debug.internal.FindingMarkers;
import org.faultline.debug.internal.LaunchedReview;
import org.faultline.debug.model.FaultDebugTarget;

/**
 * Launches a fault scenario: opens the review (the patch applied in-core onto its base), runs the scenario on
 * the version or versions asked for, and adds a {@link FaultDebugTarget} to the launch. In debug mode it
 * suspends at the first statement or at a breakpoint; in run mode it goes to the end of the run, showing
 * its findings as markers.
 */
public final class FaultScenarioLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Launching " + configuration.getName(), 2);
		Settings settings = FaultlineDebug.settings(configuration);
		LaunchedReview review = LaunchedReview.open(settings, progress.split(1));
		boolean debug = ILaunchManager.DEBUG_MODE.equals(mode);
		FaultDebugTarget target = new FaultDebugTarget(launch, name(settings, review), review.sides(), debug,
				new FindingMarkers(), review);
		launch.addDebugTarget(target);
		progress.split(1);
		try {
			target.start(debug && settings.stopOnEntry());
		} catch (CoreException | RuntimeException e) {
			target.terminate();
			throw e;
		}
	}

	private static String name(Settings s, LaunchedReview review) {
		return review.scenario().name() + " on " + switch (s.version()) {
		case FaultlineDebug.VERSION_BOTH -> "before and after in lockstep";
		case FaultlineDebug.VERSION_AFTER -> "after";
		default -> "before";
		} + (s.patch().isEmpty() ? " (seed patch)" : " (" + s.patch() + ")");
	}

	/** Breakpoints are honoured by the target itself; the platform need not build anything first. */
	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false;
	}
}
