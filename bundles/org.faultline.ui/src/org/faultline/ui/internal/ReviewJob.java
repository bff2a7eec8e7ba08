package org.faultline.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.faultline.review.ReviewStore;
import org.faultline.review.view.FaultPathGraph;
import org.faultline.review.view.RunComparison;
import org.faultline.ui.internal.editor.PageClasses;
import org.faultline.ui.internal.editor.SemanticFunction;
import org.faultline.ui.internal.editor.SourceFiles;

/**
 * Opens a review off the UI thread: reads nothing (the patches are read), applies onto the base, then builds both
 * versions' fault path for the semantic diff and runs every shipped scenario on both with traces, so that every
 * page of the editor opens on what is computed. Cancelling stops between steps and inside applying.
 */
public final class ReviewJob extends Job {

	/** The family of every review job, for tests and for the progress view. */
	public static final Object FAMILY = ReviewJob.class;

	private final ReviewRequest request;

	private volatile ReviewInput result;

	/** The text font's character width and line height, to lay the fault-path graph out as it will be drawn. */
	private final double charWidth;

	private final int lineHeight;

	/** Made on the UI thread, where the text font can be measured. */
	public ReviewJob(ReviewRequest request) {
		super(NLS.bind(Messages.ReviewJob_name, request.source()));
		this.request = request;
		GC gc = new GC(Display.getCurrent());
		gc.setFont(JFaceResources.getTextFont());
		charWidth = gc.getFontMetrics().getAverageCharacterWidth();
		lineHeight = gc.getFontMetrics().getHeight();
		gc.dispose();
		// progress and Cancel in the Progress view and status line, not a modal dialog: the workbench stays usable
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The review once the job has ended well; null before, or when it failed or was cancelled. */
	public ReviewInput result() {
		return result;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		ReviewBase base = null;
		ReviewSession session = null;
		boolean owned = request.repository() != null;
		try {
			progress.subTask(Messages.ReviewJob_base);
			base = owned ? ReviewBase.repository(request.repository()) : FaultlineUiPlugin.get().modelledTree();
			ReviewStore store = owned ? ReviewStore.in(base.repository()) : FaultlineUiPlugin.get().modelledTreeReviews();
			progress.worked(5);
			progress.subTask(Messages.ReviewJob_apply);
			ReviewSession.Builder builder = ReviewSession.on(base).setSeries(request.series()).setStore(store)
					.setProgressMonitor(progress.split(15));
			if (request.revision() != null)
				builder.setBaseRevision(request.revision());
			request.skipped().forEach(builder::skip);
			session = builder.open();
			FaultPathGraph graph = null;
			RunComparison runs = null;
			SourceFiles sources = null;
			SemanticFunction opening = null;
			if (session.hasAfter()) {
				progress.subTask(Messages.ReviewJob_diff);
				session.semanticDiff(null, progress.split(30));
				// the layout's first run loads ELK: here rather than on the UI thread when the page opens
				graph = FaultPathGraph.layout(session.document().getSemanticDiff(), name -> new double[] {
						Math.ceil(name.length() * charWidth) + 2 * FaultPathGraph.NODE_PADDING, lineHeight + FaultPathGraph.NODE_PADDING });
				// the Semantic page's first function: its conditions parsed and factored here, not when the page is shown
				opening = SemanticFunction.opening(session.document().getSemanticDiff());
				progress.worked(5);
				// the Source page's files, outlined and coloured here rather than on the display thread
				sources = SourceFiles.read(session, progress.split(5));
				// and the classes the pages load when first shown, here rather than when a reviewer switches to them
				PageClasses.load(progress.split(2));
				progress.subTask(Messages.ReviewJob_runs);
				progress.checkCanceled();
				session.run(null, Which.BOTH, true);
				runs = RunComparison.of(session.document().getRuns(), session.before().label(), session.after().label());
				progress.worked(38);
			}
			result = new ReviewInput(request.source(), session, store, owned ? base : null, graph, runs, sources, opening);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			close(session, owned ? base : null);
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			close(session, owned ? base : null);
			// the workbench shows a job's error (and its details) in its error dialog: reported here too, it was there twice
			return FaultlineUiPlugin.error(NLS.bind(Messages.ReviewJob_failed, request.source(), e.getMessage()), e);
		}
	}

	private static void close(ReviewSession session, ReviewBase owned) {
		if (session != null)
			session.close();
		if (owned != null)
			owned.close();
	}
}
