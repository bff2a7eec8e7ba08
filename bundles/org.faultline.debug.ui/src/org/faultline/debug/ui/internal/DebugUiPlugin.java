package org.faultline.debug.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.faultline.debug.ui.internal.editor.FindingOpening;
import org.faultline.debug.ui.internal.lockstep.LockstepEditors;
import org.osgi.framework.BundleContext;

/**
 * The debug UI bundle's activator. It starts when the Debug view first asks the model presentation for a label,
 * early enough to lay out a lockstep launch's editors from its first suspend on, and to open the findings' markers
 * from the marker views.
 */
public final class DebugUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.faultline.debug.ui";

	private static DebugUiPlugin instance;

	private LockstepEditors lockstep;

	private FindingOpening findings;

	public static DebugUiPlugin get() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		lockstep = LockstepEditors.start();
		findings = FindingOpening.start();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		lockstep.stop();
		findings.stop();
		instance = null;
		super.stop(context);
	}

	public static IStatus error(String message, Throwable cause) {
		return new Status(IStatus.ERROR, ID, message, cause);
	}
}
