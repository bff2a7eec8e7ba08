package org.faultline.ui.internal.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareViewerSwitchingPane;
import org.eclipse.compare.Splitter;
import org.eclipse.compare.contentmergeviewer.TextMergeViewer;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Side;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewException;
import org.faultline.review.Version;
import org.faultline.review.view.SourceOutline;
import org.faultline.ui.internal.Messages;

/**
 * The patched files before and after in the Eclipse compare framework: its side-by-side text compare (read-only,
 * both sides from their commits) with C colouring, and above it the structure compare of the file's functions.
 * Annotated lines are tinted; lines are annotated from the text's context menu or the Annotate key.
 */
public final class SourcePage implements ReviewPage {

	private final ReviewEditor editor;

	private Composite page;

	private Combo files;

	/** The compare of the file shown, or being made. */
	private FileCompare shown;

	private VersionFile before;

	private VersionFile after;

	/** The text viewers of the shown compare, before's and after's, as the compare framework made them. */
	private TextViewer beforeViewer;

	private TextViewer afterViewer;

	private TextViewer focused;

	SourcePage(ReviewEditor editor) {
		this.editor = editor;
	}

	@Override
	public String title() {
		return Messages.Page_source;
	}

	@Override
	public Control create(Composite parent) {
		while (!createStep(parent))
			continue;
		return page;
	}

	/**
	 * Makes the page in three steps of about equal cost: the file chooser with the compare's panes and no text
	 * viewers, the text viewers on empty texts, then both versions of the file with their diff.
	 */
	@Override
	public boolean createStep(Composite parent) {
		if (page == null) {
			page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(2, false));
			new Label(page, SWT.NONE).setText(Messages.Source_file);
			files = new Combo(page, SWT.READ_ONLY);
			for (String path : editor.sources().paths())
				files.add(path);
			files.addListener(SWT.Selection, e -> showFile(files.getText()));
			if (files.getItemCount() == 0)
				return true;
			files.select(Math.max(0, files.indexOf(SourceFiles.DEFAULT_FILE)));
			return (shown = begin(files.getText())) == null;
		}
		return shown.next();
	}

	/** The patched files the page offers. */
	public List<String> files() {
		return List.of(files.getItems());
	}

	public String shownFile() {
		return before == null ? null : before.path();
	}

	/**
	 * Shows a file of the patch, both versions (read when the review opened); a file a version lacks is empty on that
	 * side. False for a file the patch does not change.
	 */
	public boolean showFile(String path) {
		FileCompare compare = begin(path);
		if (compare == null)
			return false;
		while (!compare.next())
			continue;
		page.layout(true, true);
		if (!path.equals(files.getText()))
			files.setText(path);
		return true;
	}

	/** Starts the compare of a file, replacing the one shown; null for a file the patch does not change. */
	private FileCompare begin(String path) {
		VersionFile[] versions = editor.sources().versions(path);
		if (versions == null)
			return null;
		if (shown != null)
			shown.frame.dispose();
		before = versions[0];
		after = versions[1];
		beforeViewer = afterViewer = focused = null;
		CompareConfiguration configuration = new CompareConfiguration();
		// before on the left, after on the right, as on the Semantic page, whatever the compare preference says
		configuration.setProperty(CompareConfiguration.MIRRORED, Boolean.FALSE);
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		configuration.setLeftLabel(NLS.bind(Messages.Source_side, path, editor.session().before().label()));
		configuration.setRightLabel(NLS.bind(Messages.Source_side, path, editor.after().label()));
		shown = new FileCompare(configuration, new DiffNode(Differencer.CHANGE, null, before, after));
		return shown;
	}

	/**
	 * The compare of one file, made in steps. The compare framework makes its text viewers when its content pane gets
	 * an input: it gets none that it can show at first, then an empty pair of texts (the viewers are made), then the
	 * file's versions (the same viewers show them).
	 */
	private final class FileCompare extends CompareEditorInput {

		private final DiffNode file;

		private final DiffNode empty = new DiffNode(Differencer.CHANGE, null, VersionFile.EMPTY, VersionFile.EMPTY);

		private Composite frame;

		private CompareViewerSwitchingPane content;

		private boolean viewersWanted;

		FileCompare(CompareConfiguration configuration, DiffNode file) {
			super(configuration);
			this.file = file;
			setContainer(new ReviewCompareContainer(editor));
			try {
				run(new NullProgressMonitor());
			} catch (InvocationTargetException | InterruptedException e) {
				throw new IllegalStateException(e); // prepareInput does neither
			}
			// made hidden: what is shown while the compare is half made would be laid out and painted twice
			frame = new Composite(page, SWT.NONE);
			frame.setLayout(new FillLayout());
			frame.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
			frame.setVisible(false);
			createContents(frame);
		}

		@Override
		protected Object prepareInput(IProgressMonitor monitor) {
			return file;
		}

		@Override
		protected CompareViewerSwitchingPane createContentViewerSwitchingPane(Splitter parent, int style,
				CompareEditorInput input) {
			content = super.createContentViewerSwitchingPane(parent, style, input);
			return content;
		}

		@Override
		public Viewer findContentViewer(Viewer oldViewer, ICompareInput in, Composite parent) {
			if (!viewersWanted)
				return null;
			return oldViewer instanceof CMergeViewer made ? made : new CMergeViewer(parent, getCompareConfiguration());
		}

		/** Takes the next step; true once the compare shows the file. */
		boolean next() {
			if (!viewersWanted) {
				viewersWanted = true;
				content.setInput(empty);
				return false;
			}
			content.setInput(file);
			frame.setVisible(true);
			return true;
		}
	}

	/** Scrolls both sides to a function of the file shown, or of another patched file that has it. */
	public boolean showFunction(String function) {
		if (!scrollTo(function))
			for (String path : files.getItems())
				if (!path.equals(shownFile()) && showFile(path) && scrollTo(function))
					return true;
		return scrollTo(function);
	}

	private boolean scrollTo(String function) {
		boolean found = false;
		for (var side : List.of(new Object[] { before, beforeViewer }, new Object[] { after, afterViewer })) {
			VersionFile file = (VersionFile) side[0];
			TextViewer viewer = (TextViewer) side[1];
			if (file == null || viewer == null)
				continue;
			for (SourceOutline.Function f : file.functions())
				if (f.name().equals(function)) {
					viewer.setTopIndex(Math.max(0, f.firstLine() - 3));
					viewer.setSelectedRange(viewer.getDocument() == null ? 0 : lineOffset(viewer, f.firstLine() - 1), 0);
					found = true;
				}
		}
		return found;
	}

	private static int lineOffset(TextViewer viewer, int line) {
		try {
			return viewer.getDocument().getLineOffset(line);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return 0;
		}
	}

	/** Selects lines (1-based, inclusive) of one side, as a reviewer would before annotating them. */
	public void selectLines(Side side, int first, int last) {
		TextViewer viewer = side == Side.BEFORE ? beforeViewer : afterViewer;
		int start = lineOffset(viewer, first - 1);
		int end = lineOffset(viewer, last);
		viewer.setSelectedRange(start, end - start);
		viewer.revealRange(start, end - start);
		focused = viewer;
	}

	/** The text of a side's viewer, beside its rulers (for tests). */
	public StyledText text(Side side) {
		return (side == Side.BEFORE ? beforeViewer : afterViewer).getTextWidget();
	}

	@Override
	public AnnotationTarget selectedTarget() {
		if (focused == null || !(focused.getSelection() instanceof ITextSelection selection) || selection.getStartLine() < 0)
			return null;
		Side side = focused == beforeViewer ? Side.BEFORE : Side.AFTER;
		Version version;
		try {
			version = side == Side.BEFORE ? editor.session().before() : editor.after();
			int last = selection.getEndLine();
			// a selection that ends at the start of a line does not take that line
			if (last > selection.getStartLine() && selection.getOffset() + selection.getLength() == lineOffset(focused, last))
				last--;
			return Anchors.lines(side, version, before.path(), selection.getStartLine() + 1, last + 1);
		} catch (ReviewException e) {
			return null;
		}
	}

	@Override
	public boolean reveal(AnnotationTarget target) {
		if (!(target instanceof LineTarget l))
			return false;
		if (!l.getPath().equals(shownFile())) {
			if (files.indexOf(l.getPath()) < 0 || !showFile(l.getPath()))
				return false;
		}
		selectLines(l.getSide() == Side.BEFORE ? Side.BEFORE : Side.AFTER, l.getFirstLine(), l.getLastLine());
		return true;
	}

	@Override
	public void annotationsChanged() {
		for (TextViewer v : new TextViewer[] { beforeViewer, afterViewer })
			if (v != null)
				v.getTextWidget().redraw();
	}

	/** Whether a line (0-based) of a side is annotated. */
	private boolean annotated(Side side, int line) {
		for (Annotation a : editor.document().getAnnotations())
			if (a.getTarget() instanceof LineTarget l && l.getSide() == side && l.getPath().equals(shownFile())
					&& line + 1 >= l.getFirstLine() && line + 1 <= l.getLastLine())
				return true;
		return false;
	}

	/** The compare framework's text merge viewer, with C colouring, annotated lines tinted and Annotate in its menu. */
	private final class CMergeViewer extends TextMergeViewer {

		/** Marks a menu that has the Annotate item. */
		private static final String ANNOTATE_ITEM = "org.faultline.ui.annotate";

		/** The viewers in the order TextMergeViewer makes them: ancestor, left (before), right (after). */
		private final List<TextViewer> made = new ArrayList<>();

		CMergeViewer(Composite parent, CompareConfiguration configuration) {
			super(parent, SWT.NONE, configuration);
		}

		@Override
		protected void configureTextViewer(TextViewer viewer) {
			if (viewer instanceof SourceViewer source) {
				source.unconfigure();
				source.configure(new CSourceConfiguration(this::colouring));
			}
			made.add(viewer);
			if (made.size() == 2)
				beforeViewer = viewer;
			else if (made.size() == 3)
				afterViewer = viewer;
			if (made.size() >= 2) {
				Side side = made.size() == 2 ? Side.BEFORE : Side.AFTER;
				StyledText text = viewer.getTextWidget();
				text.addListener(SWT.FocusIn, e -> focused = viewer);
				text.addLineBackgroundListener(e -> {
					if (annotated(side, text.getLineAtOffset(e.lineOffset)))
						e.lineBackground = Colors.ANNOTATED.get();
				});
				text.addListener(SWT.MenuDetect, e -> addAnnotateItem(text.getMenu(), viewer));
				RulerMenu.install(viewer, () -> {
					focused = viewer;
					AnnotateHandler.askAndAnnotate(editor);
				});
			}
		}

		/** The colouring the review's job scanned for a side's text; scanned now for any other. */
		private CColouring colouring(String text) {
			for (VersionFile file : new VersionFile[] { before, after })
				if (file != null && file.colouring().colours(text))
					return file.colouring();
			return CColouring.of(text);
		}

		private void addAnnotateItem(Menu menu, TextViewer viewer) {
			if (menu == null || menu.getData(ANNOTATE_ITEM) != null)
				return;
			menu.setData(ANNOTATE_ITEM, Boolean.TRUE);
			menu.addListener(SWT.Show, e -> {
				for (MenuItem item : menu.getItems())
					if (item.getData() == SourcePage.this)
						item.dispose();
				MenuItem annotate = new MenuItem(menu, SWT.PUSH);
				annotate.setData(SourcePage.this);
				annotate.setText(Messages.Annotate_menu);
				annotate.addListener(SWT.Selection, s -> {
					focused = viewer;
					AnnotateHandler.askAndAnnotate(editor);
				});
			});
		}
	}
}
