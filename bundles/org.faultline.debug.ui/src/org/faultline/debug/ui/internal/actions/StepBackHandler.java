package org.faultline.debug.ui.internal.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.faultline.debug.model.StepBack;
import org.faultline.debug.ui.internal.DebugUiPlugin;
import org.faultline.debug.ui.internal.Messages;

/**
 * Step Back on the element the Debug view has chosen (target, thread or frame). Enabled only while that element can
 * step back: it follows the debug context and every suspend and resume.
 */
public final class StepBackHandler extends AbstractHandler {

	private final IDebugEventSetListener events = e -> refresh();

	private final IDebugContextListener contexts = e -> refresh();

	public StepBackHandler() {
		DebugPlugin.getDefault().addDebugEventListener(events);
		DebugUITools.getDebugContextManager().addDebugContextListener(contexts);
		setBaseEnabled(canStepBack(current()));
	}

	@Override
	public Object execute(ExecutionEvent event) {
		StepBack target = current();
		if (!canStepBack(target))
			return null;
		Job job = Job.create(Messages.StepBack_job, (IProgressMonitor monitor) -> {
			try {
				target.stepBack();
				return Status.OK_STATUS;
			} catch (DebugException e) {
				return DebugUiPlugin.error(NLS.bind(Messages.StepBack_failed, e.getMessage()), e);
			}
		});
		job.setSystem(true);
		job.schedule();
		return null;
	}

	/** The chosen debug element as something that steps back; null when there is none. Call on the UI thread. */
	static StepBack current() {
		IAdaptable context = DebugUITools.getDebugContext();
		return context == null ? null : Adapters.adapt(context, StepBack.class);
	}

	private static boolean canStepBack(StepBack target) {
		return target != null && target.canStepBack();
	}

	private void refresh() {
		if (!PlatformUI.isWorkbenchRunning())
			return;
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> setBaseEnabled(canStepBack(current())));
	}

	@Override
	public void dispose() {
		DebugPlugin.getDefault().removeDebugEventListener(events);
		DebugUITools.getDebugContextManager().removeDebugContextListener(contexts);
		super.dispose();
	}
}
