package org.faultline.ui.internal.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.compare.ICompareContainer;
import org.eclipse.compare.ICompareNavigator;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.compare.structuremergeviewer.ICompareInputChangeListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.IServiceLocator;
import org.faultline.ui.internal.FaultlineUiPlugin;

/**
 * Hosts a compare inside the review editor's Source page: the compare framework asks its container to run the
 * structure compare in the background, which a compare outside a compare editor otherwise never does, and to run
 * its text diff forked.
 */
final class ReviewCompareContainer implements ICompareContainer {

	/**
	 * How long the display thread waits for a forked diff without turning its event loop, in ms. The line diff of a
	 * patched file takes a few ms; turning the loop meanwhile would paint the compare half made and again once it is
	 * done (ADR 0041). Short enough that the display never stalls near 100 ms for it.
	 */
	private static final long QUIET_WAIT = 40;

	private final ReviewEditor editor;

	ReviewCompareContainer(ReviewEditor editor) {
		this.editor = editor;
	}

	@Override
	public void runAsynchronously(IRunnableWithProgress runnable) {
		job(runnable, e -> FaultlineUiPlugin.error(e.getTargetException().getMessage(), e.getTargetException())).schedule();
	}

	/**
	 * Runs forked work (the compare's diff) in a job and waits for it, first {@value #QUIET_WAIT} ms without turning
	 * the event loop, then under the workbench's busy cursor, whose progress dialog can cancel it.
	 */
	@Override
	public void run(boolean fork, boolean cancelable, IRunnableWithProgress runnable)
			throws InvocationTargetException, InterruptedException {
		if (!fork) {
			PlatformUI.getWorkbench().getProgressService().run(false, cancelable, runnable);
			return;
		}
		AtomicReference<InvocationTargetException> failed = new AtomicReference<>();
		// the caller reports a failure: the job's result does not
		Job job = job(runnable, e -> {
			failed.set(e);
			return Status.OK_STATUS;
		});
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
		if (!job.join(QUIET_WAIT, null))
			PlatformUI.getWorkbench().getProgressService().run(true, cancelable, monitor -> {
				while (!job.join(QUIET_WAIT, null))
					if (monitor.isCanceled())
						job.cancel();
			});
		if (failed.get() != null)
			throw failed.get();
		// a job cancelled before it started has no result of its own
		if (job.getResult() == null || job.getResult().getSeverity() == IStatus.CANCEL)
			throw new InterruptedException();
	}

	/** A system job that runs what the compare hands over; a failure's status is what {@code failure} makes of it. */
	private Job job(IRunnableWithProgress runnable, Function<InvocationTargetException, IStatus> failure) {
		Job job = Job.create(editor.getPartName(), monitor -> {
			try {
				runnable.run(monitor);
				return Status.OK_STATUS;
			} catch (InvocationTargetException e) {
				return failure.apply(e);
			} catch (InterruptedException e) {
				return Status.CANCEL_STATUS;
			}
		});
		job.setSystem(true);
		return job;
	}

	@Override
	public void addCompareInputChangeListener(ICompareInput input, ICompareInputChangeListener listener) {
		input.addCompareInputChangeListener(listener);
	}

	@Override
	public void removeCompareInputChangeListener(ICompareInput input, ICompareInputChangeListener listener) {
		input.removeCompareInputChangeListener(listener);
	}

	@Override
	public void setStatusMessage(String message) {
		editor.compareStatus(message);
	}

	@Override
	public void registerContextMenu(MenuManager menu, ISelectionProvider selectionProvider) {
		editor.getSite().registerContextMenu(menu, selectionProvider);
	}

	@Override
	public IServiceLocator getServiceLocator() {
		return editor.getSite();
	}

	@Override
	public IActionBars getActionBars() {
		return editor.getEditorSite().getActionBars();
	}

	@Override
	public ICompareNavigator getNavigator() {
		return null;
	}

	@Override
	public IWorkbenchPart getWorkbenchPart() {
		return editor;
	}
}
