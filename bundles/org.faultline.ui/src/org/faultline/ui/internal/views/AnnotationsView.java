package org.faultline.ui.internal.views;

import java.text.DateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.ViewPart;
import org.faultline.model.review.Annotation;
import org.faultline.review.view.AnnotationLabels;
import org.faultline.review.view.AnnotationLabels.Filter;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.ViewerColumns;
import org.faultline.ui.internal.editor.AnnotationMarkers;
import org.faultline.ui.internal.editor.ReviewEditor;

/**
 * The annotations of the active review: what each is pinned to, who wrote it, its text and whether it is a draft,
 * replies under it; filtered by state; Reply, and Go To (double-click) to what it is pinned to.
 */
public final class AnnotationsView extends ViewPart implements ISetSelectionTarget {

	private TreeViewer tree;

	private Combo filter;

	private Label summary;

	private ReviewEditor editor;

	private final Runnable refresh = this::refresh;

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof ReviewEditor e)
				follow(e);
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor)
				follow(null);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText(Messages.Annotations_show);
		filter = new Combo(parent, SWT.READ_ONLY);
		filter.setItems(Messages.Annotations_all, Messages.Annotations_drafts, Messages.Annotations_published);
		filter.select(0);
		filter.addListener(SWT.Selection, e -> refresh());
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		TreeColumnLayout layout = new TreeColumnLayout();
		holder.setLayout(layout);
		tree = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getTree().setHeaderVisible(true);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				Filter f = Filter.values()[filter.getSelectionIndex()];
				return ((List<?>) input).stream().filter(a -> f.accepts((Annotation) a)).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((Annotation) parentElement).getReplies().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return ((Annotation) element).eContainer() instanceof Annotation a ? a : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Annotation) element).getReplies().isEmpty();
			}
		});
		ViewerColumns.add(tree, layout, Messages.Annotations_target, 3, Annotation.class, a -> AnnotationLabels.target(a.getTarget()), null);
		ViewerColumns.addProse(tree, layout, Messages.Annotations_text, 5, Annotation.class, Annotation::getText);
		ViewerColumns.add(tree, layout, Messages.Annotations_author, 3, Annotation.class, Annotation::getAuthor, null);
		// a state whole whatever its date: two-digit month, day and hour
		Date widest = new GregorianCalendar(2026, Calendar.DECEMBER, 31, 12, 59).getTime();
		int stateWidth = ViewerColumns.widthOf(tree.getControl(), List.of(state(true, widest), state(false, widest)));
		ViewerColumns.add(tree, layout, Messages.Annotations_state, 1, stateWidth, Annotation.class,
				a -> state(a.isDraft(), a.getCreated()), null);
		ColumnViewerToolTipSupport.enableFor(tree);
		tree.addDoubleClickListener(e -> goTo());
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		getSite().registerContextMenu(menu, tree);

		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(new Action(Messages.Annotations_reply) {
			@Override
			public void run() {
				reply();
			}
		});
		toolbar.add(new Action(Messages.Annotations_goTo) {
			@Override
			public void run() {
				goTo();
			}
		});
		getSite().getPage().addPartListener(editors);
		if (getSite().getPage().getActiveEditor() instanceof ReviewEditor e)
			follow(e);
		else
			refresh();
	}

	private void follow(ReviewEditor next) {
		if (editor != null)
			editor.removeAnnotationListener(refresh);
		// an editor on a patch file has its review once the import is done: it tells its listeners then
		editor = next;
		if (editor != null)
			editor.addAnnotationListener(refresh);
		refresh();
	}

	private void refresh() {
		if (tree.getControl().isDisposed())
			return;
		List<Annotation> annotations = review() == null ? List.of() : editor.document().getAnnotations();
		tree.setInput(annotations);
		tree.expandAll();
		summary.setText(review() == null ? Messages.Annotations_noReview
				: NLS.bind(Messages.Annotations_summary, annotations.size(), editor.getPartName()));
	}

	/** The review editor whose annotations are shown; null when none. */
	public ReviewEditor review() {
		return editor != null && editor.hasReview() ? editor : null;
	}

	/** The tree the annotations are listed in, for tests. */
	public Tree tree() {
		return tree.getTree();
	}

	/** The annotations shown, for tests. */
	public List<Annotation> shown() {
		Object input = tree.getInput();
		return input == null ? List.of() : List.of(((ITreeContentProvider) tree.getContentProvider()).getElements(input))
				.stream().map(Annotation.class::cast).toList();
	}

	private Annotation selected() {
		return tree.getStructuredSelection().getFirstElement() instanceof Annotation a ? a : null;
	}

	private void goTo() {
		Annotation a = selected();
		if (a != null && review() != null) {
			getSite().getPage().activate(editor);
			editor.reveal(a.getTarget());
		}
	}

	private void reply() {
		Annotation to = selected();
		if (to == null || review() == null)
			return;
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Annotations_reply,
				NLS.bind(Messages.Annotations_replyTo, to.getAuthor()), "", t -> t.isBlank() ? Messages.Annotate_empty : null);
		if (dialog.open() == IDialogConstants.OK_ID)
			editor.reply(to, dialog.getValue());
	}

	/**
	 * Show In from a Markers or Tasks view: it opens a marker on the workspace root in the perspective's default Show
	 * In part, this view, with only the root as the selection; the annotation's marker is what that view selected.
	 */
	@Override
	public void selectReveal(ISelection selection) {
		IWorkbenchPage page = getSite().getPage();
		for (IViewReference ref : page.getViewReferences())
			if (page.getSelection(ref.getId()) instanceof IStructuredSelection selected)
				for (Object element : selected)
					if (Adapters.adapt(element, IMarker.class) instanceof IMarker marker && AnnotationMarkers.goTo(page, marker))
						return;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (editor != null)
			editor.removeAnnotationListener(refresh);
		super.dispose();
	}

	private static String state(boolean draft, Date created) {
		String state = draft ? Messages.Annotations_draft : Messages.Annotations_sent;
		return created == null ? state
				: state + ", " + DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(created);
	}
}
