package org.faultline.ui.internal.editor;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.compare.ICompareContainer;
import org.eclipse.compare.ICompareNavigator;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.compare.structuremergeviewer.ICompareInputChangeListener;
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
 * structure compare in the background, which a compare outside a compare editor otherwise never does.
 */
final class ReviewCompareContainer implements ICompareContainer {

	private final ReviewEditor editor;

	ReviewCompareContainer(ReviewEditor editor) {
		this.editor = editor;
	}

	@Override
	public void runAsynchronously(IRunnableWithProgress runnable) {
		Job job = Job.create(editor.getPartName(), monitor -> {
			try {
				runnable.run(monitor);
				return Status.OK_STATUS;
			} catch (InvocationTargetException e) {
				return FaultlineUiPlugin.error(e.getTargetException().getMessage(), e.getTargetException());
			} catch (InterruptedException e) {
				return Status.CANCEL_STATUS;
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	@Override
	public void run(boolean fork, boolean cancelable, IRunnableWithProgress runnable)
			throws InvocationTargetException, InterruptedException {
		PlatformUI.getWorkbench().getProgressService().run(fork, cancelable, runnable);
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
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
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
