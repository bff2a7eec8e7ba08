package org.faultline.ui.internal.wizard;

import java.util.Set;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;
import org.faultline.ui.internal.FaultlineUiPlugin;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.ReviewInput;
import org.faultline.ui.internal.ReviewJob;
import org.faultline.ui.internal.ReviewRequest;
import org.faultline.ui.internal.editor.ApplyFailedDialog;
import org.faultline.ui.FaultlineUi;

/**
 * File > Import > Faultline > Patch Review: the patch (a file, the clipboard, or Faultline's sample; of a series,
 * the patches to apply), then the base (the modelled tree, or a git repository at a revision). Finishing applies
 * and builds the review in a {@link ReviewJob} and opens the review editor when it is done.
 */
public final class ImportReviewWizard extends Wizard implements IImportWizard {

	private IWorkbenchWindow window;

	private PatchPage patchPage;

	private BasePage basePage;

	private ReviewJob job;

	public ImportReviewWizard() {
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		window = workbench.getActiveWorkbenchWindow();
	}

	@Override
	public void addPages() {
		patchPage = new PatchPage();
		basePage = new BasePage();
		addPage(patchPage);
		addPage(basePage);
	}

	public PatchPage patchPage() {
		return patchPage;
	}

	public BasePage basePage() {
		return basePage;
	}

	/** The job finishing scheduled; null before. */
	public ReviewJob job() {
		return job;
	}

	@Override
	public boolean canFinish() {
		return patchPage.series() != null && basePage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		Set<Integer> skipped = patchPage.skipped();
		ReviewRequest request = new ReviewRequest(patchPage.sourceName(), patchPage.series(), skipped,
				basePage.repository(), basePage.revision());
		job = new ReviewJob(request);
		Display display = getShell().getDisplay();
		IWorkbenchWindow target = window;
		ReviewJob scheduled = job;
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (scheduled.result() != null)
					display.asyncExec(() -> open(target, scheduled));
			}
		});
		// started once the wizard's dialog is closed and disposed: that work on the display thread then does not
		// compete with the job's first, busiest moments (loading the engines) for the processor
		display.asyncExec(job::schedule);
		// the workbench reads its editors' registry when the first editor opens; read here, while the display is idle
		display.asyncExec(target.getWorkbench()::getEditorRegistry);
		return true;
	}

	/** Opens the review; a patch that did not apply opens none, its report says why instead. */
	private static void open(IWorkbenchWindow window, ReviewJob job) {
		ReviewInput review = job.result();
		if (!review.session().hasAfter()) {
			ApplyFailedDialog report = new ApplyFailedDialog(window.getShell(), review.session().document(),
					review.session().base().name());
			review.close();
			// without a nested event loop in this runnable of the display's queue
			report.setBlockOnOpen(false);
			report.open();
			return;
		}
		try {
			window.getActivePage().openEditor(job.result(), FaultlineUi.REVIEW_EDITOR_ID);
		} catch (PartInitException e) {
			job.result().close();
			StatusManager.getManager().handle(FaultlineUiPlugin.error(e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
