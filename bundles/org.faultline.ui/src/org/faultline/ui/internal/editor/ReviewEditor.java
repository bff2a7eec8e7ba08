package org.faultline.ui.internal.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.Review;
import org.faultline.review.ReplyReader;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.ReviewStore;
import org.faultline.review.Version;
import org.faultline.review.view.FaultPathGraph;
import org.faultline.review.view.RunComparison;
import org.faultline.ui.internal.FaultlineUiPlugin;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.ReviewInput;
import org.faultline.ui.internal.ReviewJob;
import org.faultline.ui.internal.ReviewRequest;

/**
 * One review, its pages as tabs: Overview, Semantic, Source, Fault paths, Runs. Opened on a {@link ReviewInput}
 * (from the import wizard, after its job) or on a patch file (Open With, or dropped), which it first imports onto
 * the default base with a {@link ReviewJob}. Every annotation is saved to the review's store at once, by a job.
 */
public final class ReviewEditor extends MultiPageEditorPart {

	/** The key binding context of the editor, where Annotate is bound. */
	public static final String CONTEXT_ID = "org.faultline.ui.reviewEditorContext";

	/** The family of the jobs that save reviews. */
	public static final Object SAVE_FAMILY = new Object();

	private ReviewInput review;

	private final List<ReviewPage> pages = new ArrayList<>();

	/** The pages whose controls are all made. */
	private final Set<ReviewPage> made = new HashSet<>();

	private final List<Runnable> annotationListeners = new ArrayList<>();

	private SourcePage sourcePage;

	/** The compare's latest status line message (see {@link #compareStatus(String)}). */
	private String compareStatus;

	private final AnnotationMarkers markers = new AnnotationMarkers();

	private long firstPaint;

	/** The pause between two pages made while the display is idle, in ms: input and paints go between them. */
	private static final int IDLE_GAP = 50;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		if (input instanceof ReviewInput r) {
			review = r;
			review.retain();
		} else if (path(input) == null)
			throw new PartInitException(NLS.bind(Messages.Editor_notAPatch, input.getName()));
		setPartName(input.getName());
	}

	private static Path path(IEditorInput input) {
		IURIEditorInput uri = input.getAdapter(IURIEditorInput.class);
		if (uri == null && input instanceof IURIEditorInput u)
			uri = u;
		URI location = uri == null ? null : uri.getURI();
		return location != null && "file".equals(location.getScheme()) ? Path.of(location) : null;
	}

	@Override
	protected void createPages() {
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		MarkerViewOpening.install(getSite().getPage());
		getContainer().addPaintListener(e -> {
			if (firstPaint == 0) {
				firstPaint = System.nanoTime();
				if (!pages.isEmpty())
					makeNextPageWhenIdle();
			}
		});
		if (review != null)
			createReviewPages();
		else
			importFile(path(getEditorInput()));
	}

	/** Reads and applies a patch file onto the default base, then shows its review. */
	private void importFile(Path file) {
		Label waiting = new Label(getContainer(), SWT.WRAP);
		waiting.setText(NLS.bind(Messages.Editor_importing, file.getFileName()));
		int index = addPage(waiting);
		setPageText(index, Messages.Editor_importingTab);
		ReviewJob job;
		try {
			job = new ReviewJob(ReviewRequest.onDefaultBase(file.getFileName().toString(), ReviewSession.readPatch(file)));
		} catch (Exception e) {
			waiting.setText(NLS.bind(Messages.Editor_cannotRead, file, e.getMessage()));
			StatusManager.getManager().handle(FaultlineUiPlugin.error(waiting.getText(), e),
					StatusManager.SHOW | StatusManager.LOG);
			return;
		}
		Display display = getContainer().getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> {
					if (getContainer().isDisposed()) {
						if (job.result() != null)
							job.result().close();
						return;
					}
					if (job.result() == null) {
						// the job showed its error; the tab keeps the reason
						waiting.setText(event.getResult().getMessage());
						return;
					}
					review = job.result();
					review.retain();
					setInputWithNotify(review);
					setPartName(review.getName());
					removePage(0);
					createReviewPages();
					annotationListeners.forEach(Runnable::run);
				});
			}
		});
		job.schedule();
	}

	private void createReviewPages() {
		pages.add(new OverviewPage(this));
		if (review.session().hasAfter()) {
			pages.add(new SemanticPage(this));
			sourcePage = new SourcePage(this);
			pages.add(sourcePage);
			pages.add(new FaultPathPage(this));
			pages.add(new RunsPage(this));
		}
		for (ReviewPage page : pages) {
			Composite holder = new Composite(getContainer(), SWT.NONE);
			holder.setLayout(new FillLayout());
			int index = addPage(holder);
			setPageText(index, page.title());
		}
		setActivePage(0);
		markers.update(document().getAnnotations());
		// an editor opened behind another paints, and starts making its pages, once it is shown
		if (firstPaint != 0)
			makeNextPageWhenIdle();
	}

	/**
	 * Makes the pages not yet shown while the reviewer reads the one shown, a part of a page a turn of the event loop
	 * once the editor has painted, so that a first switch to a page finds it made (ADR 0052).
	 */
	private void makeNextPageWhenIdle() {
		getContainer().getDisplay().timerExec(IDLE_GAP, () -> {
			if (getContainer().isDisposed())
				return;
			for (int i = 0; i < pages.size(); i++)
				if (!pageMade(i)) {
					make(i, false);
					break;
				}
			if (!allPagesMade())
				makeNextPageWhenIdle();
		});
	}

	/** Whether every page's controls exist. */
	public boolean allPagesMade() {
		return made.size() == pages.size();
	}

	/** Makes a page's controls when it is first shown, so the editor opens on the Overview at once. */
	@Override
	protected void pageChange(int newPageIndex) {
		if (newPageIndex < pages.size()) // not the placeholder shown while a file is imported
			created(newPageIndex);
		// what the compare writes in the status line (its caret, "incoming deletion #1") is about the Source page only
		getEditorSite().getActionBars().getStatusLineManager().setMessage(isSourcePage(newPageIndex) ? compareStatus : null);
		super.pageChange(newPageIndex);
	}

	/**
	 * What the Source page's compare has to say in the status line: shown while that page is, kept for when it is
	 * shown again (the compare also speaks while its page is made hidden, ADR 0052).
	 */
	void compareStatus(String message) {
		compareStatus = message;
		if (isSourcePage(getActivePage()))
			getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	/** Whether a page index (or the placeholder's, or -1) is the Source page's. */
	private boolean isSourcePage(int index) {
		return index >= 0 && index < pages.size() && pages.get(index) == sourcePage;
	}

	/** Whether a page's controls exist (it has been shown, made while idle, or asked for). */
	public boolean pageMade(int index) {
		return made.contains(pages.get(index));
	}

	private ReviewPage created(int index) {
		make(index, true);
		return pages.get(index);
	}

	/** Makes the next part of a page, or all it lacks. */
	private void make(int index, boolean whole) {
		ReviewPage page = pages.get(index);
		if (made.contains(page))
			return;
		Composite holder = (Composite) getControl(index);
		// a page made before it is shown is laid out at the size it will have, so that showing it only paints
		if (!holder.isVisible() && getActivePage() >= 0)
			holder.setBounds(getControl(getActivePage()).getBounds());
		try {
			while (!page.createStep(holder))
				if (!whole)
					return;
		} catch (RuntimeException e) {
			// a page that fails says so where it would be, and shows the details: never a blank page
			for (Control half : holder.getChildren())
				half.dispose();
			Label failed = new Label(holder, SWT.WRAP);
			failed.setText(NLS.bind(Messages.Editor_pageFailed, page.title(), e));
			StatusManager.getManager().handle(FaultlineUiPlugin.error(failed.getText(), e),
					StatusManager.SHOW | StatusManager.LOG);
		}
		made.add(page);
		// no cache to flush in controls just made; a page that laid itself out (Semantic) is not wrapped again
		holder.layout(false, true);
	}

	public ReviewSession session() {
		return review.session();
	}

	/** The after version; the pages that ask for it exist only when there is one. */
	Version after() {
		try {
			return review.session().after();
		} catch (ReviewException e) {
			throw new IllegalStateException(e);
		}
	}

	FaultPathGraph graph() {
		return review.graph();
	}

	RunComparison runs() {
		return review.runs();
	}

	SourceFiles sources() {
		return review.sources();
	}

	/** The function the Semantic page opens on, as the review's job worked it out. */
	SemanticFunction openingFunction() {
		return review.opening();
	}

	public Review document() {
		return review.session().document();
	}

	/** Whether the review is open (a patch file being imported has none yet). */
	public boolean hasReview() {
		return review != null;
	}

	/** When the editor first painted, by {@link System#nanoTime()}; 0 before. */
	public long firstPaint() {
		return firstPaint;
	}

	public int pageCount() {
		return getPageCount();
	}

	/** Shows a page (public for the pages that lead to each other, and for tests). */
	@Override
	public void setActivePage(int pageIndex) {
		super.setActivePage(pageIndex);
	}

	public String pageTitle(int index) {
		return getPageText(index);
	}

	/** The page of a type, made if not yet shown, for what the pages ask of each other (and tests). */
	public <P> P page(Class<P> type) {
		for (int i = 0; i < pages.size(); i++)
			if (type.isInstance(pages.get(i)))
				return type.cast(created(i));
		return null;
	}

	private ReviewPage activeReviewPage() {
		int index = getActivePage();
		return index >= 0 && index < pages.size() ? pages.get(index) : null;
	}

	/** What the active page's selection would be annotated as; null when nothing there can be. */
	public AnnotationTarget selectedTarget() {
		ReviewPage page = activeReviewPage();
		return page == null ? null : page.selectedTarget();
	}

	/** Annotates the active page's selection as the reviewer of the preferences, and saves. */
	public Annotation annotateSelection(String text) {
		AnnotationTarget target = selectedTarget();
		if (target == null)
			return null;
		Annotation annotation = session().annotate(target, FaultlineUiPlugin.get().reviewer(), text);
		annotationsChanged();
		return annotation;
	}

	public Annotation reply(Annotation to, String text) {
		Annotation reply = session().reply(to, FaultlineUiPlugin.get().reviewer(), text);
		annotationsChanged();
		return reply;
	}

	/**
	 * Reads a reply to this review's patch into published annotations by their authors (a pasted body without
	 * headers is taken to be the reviewer's), and saves.
	 */
	public ReplyReader.Result importReply(String mail) throws ReviewException {
		ReplyReader.Result result = ReplyReader.on(session()).setAuthor(FaultlineUiPlugin.get().reviewer()).read(mail);
		annotationsChanged();
		return result;
	}

	/** Publishes every draft (after a reply has sent them), and saves. */
	public void publishDrafts() {
		publish(document().getAnnotations());
		annotationsChanged();
	}

	private static void publish(List<Annotation> annotations) {
		for (Annotation a : annotations) {
			a.setDraft(false);
			publish(a.getReplies());
		}
	}

	private void annotationsChanged() {
		for (int i = 0; i < pages.size(); i++)
			if (pageMade(i))
				pages.get(i).annotationsChanged();
		annotationListeners.forEach(Runnable::run);
		markers.update(document().getAnnotations());
		save();
	}

	public void addAnnotationListener(Runnable listener) {
		annotationListeners.add(listener);
	}

	public void removeAnnotationListener(Runnable listener) {
		annotationListeners.remove(listener);
	}

	/** Shows what an annotation is pinned to on the page that has it. */
	public void reveal(AnnotationTarget target) {
		for (int i = 0; i < pages.size(); i++)
			if (created(i).reveal(target)) {
				setActivePage(i);
				return;
			}
	}

	/** Opens a function in the Source page. */
	public void showFunction(String function) {
		if (sourcePage != null && created(pages.indexOf(sourcePage)) == sourcePage && sourcePage.showFunction(function))
			setActivePage(pages.indexOf(sourcePage));
	}

	/**
	 * Saves the review to its store: the document is copied here, on the UI thread where it changes, and written
	 * by a job, one save at a time per editor.
	 */
	private void save() {
		Review copy = EcoreUtil.copy(document());
		ReviewStore store = review.store();
		var reviewer = FaultlineUiPlugin.get().reviewer();
		Job job = new Job(Messages.Editor_saving) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					store.save(copy, reviewer);
					return Status.OK_STATUS;
				} catch (ReviewException e) {
					return FaultlineUiPlugin.error(NLS.bind(Messages.Editor_saveFailed, e.getMessage()), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == SAVE_FAMILY;
			}
		};
		job.setRule(saveRule);
		job.schedule();
	}

	private final ISchedulingRule saveRule = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	@Override
	public void doSave(IProgressMonitor monitor) {
		// every annotation is saved when it is made
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void dispose() {
		if (review != null) {
			markers.clear();
			ReviewInput closing = review;
			// after the saves already scheduled, which still read the store
			Job close = Job.create(Messages.Editor_closing, (IProgressMonitor monitor) -> {
				closing.release();
				return Status.OK_STATUS;
			});
			close.setRule(saveRule);
			close.setSystem(true);
			close.schedule();
		}
		super.dispose();
	}
}
