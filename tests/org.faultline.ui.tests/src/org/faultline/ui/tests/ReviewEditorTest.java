package org.faultline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.eclipse.compare.INavigatable;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jgit.api.Git;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Side;
import org.faultline.patch.Samples;
import org.faultline.review.Anchors;
import org.faultline.review.ReplyReader;
import org.faultline.review.view.AnnotationLabels;
import org.faultline.review.view.ApplyOverview;
import org.faultline.review.view.ExploredGroups;
import org.faultline.review.view.FaultPathGraph;
import org.faultline.ui.FaultlineUi;
import org.faultline.ui.internal.FaultlineUiPlugin;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.Preferences;
import org.faultline.ui.internal.ReviewJob;
import org.faultline.ui.internal.editor.AnnotationMarkers;
import org.faultline.ui.internal.editor.ApplyFailedDialog;
import org.faultline.ui.internal.editor.ReviewEditor;
import org.faultline.ui.internal.editor.FaultPathPage;
import org.faultline.ui.internal.editor.RunsPage;
import org.faultline.ui.internal.editor.SemanticPage;
import org.faultline.ui.internal.editor.SourcePage;
import org.faultline.ui.internal.reply.ExportReplyDialog;
import org.faultline.ui.internal.reply.ImportReplyDialog;
import org.faultline.ui.internal.views.AnnotationsView;
import org.faultline.ui.internal.wizard.ImportReviewWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed reviewed in a real workbench: imported with the wizard onto the modelled tree, every page opened,
 * annotated on a decision row and a source line, closed, and opened again from the review store in git. Measures
 * how soon the editor shows after the import job, page switches, and the longest display-thread stall meanwhile.
 */
class ReviewEditorTest {

	private static final String REVIEWER_NAME = "Ada Reviewer";

	private static final String REVIEWER_ADDRESS = "ada@example.org";

	@TempDir
	Path dir;

	private final List<String> measured = new ArrayList<>();

	/** What the pages and dialogs cut off or break where a reader would not: collected, to be reported together. */
	private final List<String> cut = new ArrayList<>();

	@Test
	void importTheSeedAnnotateCloseAndReopen() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(FaultlineUi.PERSPECTIVE_ID, window);
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		shell.setBounds(0, 0, 1600, 1000);
		FaultlineUiPlugin.get().getPreferenceStore().setValue(Preferences.REVIEWER_NAME, REVIEWER_NAME);
		FaultlineUiPlugin.get().getPreferenceStore().setValue(Preferences.REVIEWER_ADDRESS, REVIEWER_ADDRESS);
		Path seed = dir.resolve(Samples.SEED);
		Files.write(seed, Samples.bytes(Samples.SEED));

		ReviewEditor editor = importWithWizard(display, shell, seed, "first");

		assertEquals(List.of("Overview", "Semantic", "Source", "Fault paths", "Runs"), titles(editor));
		// the Source page, made while the Overview was shown, says nothing in the status line until it is shown
		assertEquals(List.of(), statusTexts(shell, "Left: "), "the compare's status line on the Overview page");
		Screens.screenshot(shell, "review-overview.png");

		switchTo(display, editor, 1);
		SemanticPage semantic = editor.page(SemanticPage.class);
		assertEquals("handle_pte_fault", semantic.shownFunction(), "the Semantic page opens on handle_pte_fault");
		Screens.screenshot(shell, "review-semantic-handle_pte_fault.png");
		assertTrue(semantic.selectFunction("do_read_fault"));
		Screens.settle(display);
		Point details = semantic.details().getSize();
		assertTrue(semantic.details().isVisible() && details.x > 0 && details.y > 0, "do_read_fault's details are shown: " + details);
		Screens.screenshot(shell, "review-semantic-do_read_fault.png");
		conditionsBrokenMidToken(semantic);
		assertTrue(semantic.selectFunction("__do_fault"));
		assertTrue(semantic.selectRow("put_page"));
		Annotation onRow = editor.annotateSelection("put_page now only on the hwpoison path: who drops the reference when the pte is already set?");
		assertNotNull(onRow);
		DecisionRowTarget row = assertInstanceOf(DecisionRowTarget.class, onRow.getTarget());
		assertEquals("__do_fault", row.getFunction());
		assertEquals("put_page", row.getCallee());
		Screens.settle(display);
		Screens.screenshot(shell, "review-semantic-__do_fault.png");
		conditionsBrokenMidToken(semantic);
		assertNamesWhole(semantic, editor);

		switchTo(display, editor, 2);
		SourcePage source = editor.page(SourcePage.class);
		assertEquals("mm/memory.c", source.shownFile());
		assertTrue(source.showFunction("do_read_fault"), "do_read_fault is in mm/memory.c");
		source.selectLines(Side.AFTER, 733, 734);
		Annotation onLines = annotateFromRuler(display, editor, source.text(Side.AFTER), 733,
				"pte_same() against orig_pte: is orig_pte read under the pte lock here?");
		LineTarget lines = assertInstanceOf(LineTarget.class, onLines.getTarget());
		assertEquals(Side.AFTER, lines.getSide());
		assertEquals("mm/memory.c", lines.getPath());
		assertEquals(733, lines.getFirstLine());
		assertEquals(734, lines.getLastLine());
		assertEquals(editor.session().after().read("mm/memory.c").lines().skip(732).limit(2).toList(),
				lines.getExcerpt().lines().toList(), "the excerpt is the after version's lines");
		Screens.settle(display);
		Screens.waitUntil(display, () -> structureItems(shell).contains("do_read_fault"), 20,
				"the structure pane lists the functions that differ: " + structureItems(shell));
		assertFalse(statusTexts(shell, "Left: ").isEmpty(), "the compare's caret in the status line on the Source page");
		Screens.screenshot(shell, "review-source.png");

		switchTo(display, editor, 3);
		FaultPathPage paths = editor.page(FaultPathPage.class);
		assertTrue(paths.graph().nodes().size() > 10, "the fault path's functions are drawn");
		// the seed's graph is wider than the page at full size, but fits it at a legible scale
		Point drawn = paths.canvas().getSize();
		assertTrue(paths.scale() < 1 && paths.scale() >= FaultPathPage.MINIMUM_SCALE, "scale " + paths.scale());
		assertTrue(drawn.x <= paths.visibleArea().width && drawn.y <= paths.visibleArea().height,
				"the whole graph is in view: " + drawn + " in " + paths.visibleArea());
		Screens.screenshot(shell, "review-fault-paths.png");
		// a function beyond the page's right edge at full size, drawn scaled, is where a click finds it
		FaultPathGraph.Node far = paths.graph().nodes().stream()
				.filter(n -> n.function().equals("__get_fault_gfp_mask")).findFirst().orElseThrow();
		assertTrue(far.x() + far.width() > paths.visibleArea().width, "off the page at full size: " + far);
		Event click = new Event();
		Point centre = paths.centre(far);
		click.x = centre.x;
		click.y = centre.y;
		click.button = 1;
		paths.canvas().notifyListeners(SWT.MouseDown, click);
		Screens.settle(display);
		StyledText after = source.text(Side.AFTER);
		int caretLine = after.getLineAtOffset(after.getCaretOffset());
		assertTrue(after.getLine(caretLine).contains("__get_fault_gfp_mask"),
				"the Source page shows the function clicked: " + after.getLine(caretLine));
		zoomTheGraph(display, shell, editor, paths);

		switchTo(display, editor, 4);
		Screens.settle(display);
		assertEquals(List.of(), statusTexts(shell, "Left: "),
				"the compare's status line is shown on the Source page only");
		RunsPage runs = editor.page(RunsPage.class);
		assertTrue(runs.entries().get(0).differs(), "scenarios that behave differently come first");
		assertTrue(runs.selectScenario("read-cached-pmd-none"));
		// what the table's columns clip is there in full
		assertFalse(runs.shown().before().getFindings().isEmpty(), "the seed's allocation under the page lock");
		for (var finding : runs.shown().before().getFindings())
			assertTrue(runs.detail().contains(finding.getMessage()), runs.detail());
		for (String difference : runs.shown().differences())
			assertTrue(runs.detail().contains(difference), runs.detail());
		Screens.settle(display);
		Screens.screenshot(shell, "review-runs.png");
		// the scenarios' outcomes and differences whole in their table, not only in the pane below
		cut.addAll(Clipping.cut(visibleTables(shell).getFirst(), "the Runs page's scenarios"));
		String firstEvent = runs.shown().before().getTrace().getEvents().get(0).getWhat();
		assertTrue(runs.reveal(Anchors.traceStep(Side.BEFORE, "read-cached-pmd-none", 0, firstEvent)));
		assertTrue(runs.detail().contains(firstEvent), "a trace step's event in full: " + runs.detail());
		exploreAllScenarios(display, shell, editor, runs);

		switchTo(display, editor, 0);
		for (int i = 1; i < editor.pageCount(); i++)
			assertTrue(switchTo(display, editor, i) < 100, measured.toString());
		switchTo(display, editor, 0);
		AnnotationsView view = (AnnotationsView) page.showView(FaultlineUi.ANNOTATIONS_VIEW_ID);
		page.activate(editor);
		Screens.waitUntil(display, () -> view.shown().size() == 2, 10, "the Annotations view lists both annotations");
		Screens.screenshot(shell, "annotations-view.png");
		GC gc = new GC(view.tree());
		try {
			int stateColumn = view.tree().getColumnCount() - 1;
			for (TreeItem item : view.tree().getItems())
				assertTrue(gc.textExtent(item.getText(stateColumn)).x <= view.tree().getColumn(stateColumn).getWidth(),
						"the state is whole: " + item.getText(stateColumn));
			assertCommentsCutAtWords(gc, view);
		} finally {
			gc.dispose();
		}
		checkMarkers(display, page, editor, onLines, onRow);
		String reply = exportReply(shell, editor, List.of(onLines, onRow));
		Screens.waitUntil(display, () -> view.shown().stream().noneMatch(Annotation::isDraft), 10,
				"the view shows the annotations sent as published");

		Job.getJobManager().join(ReviewEditor.SAVE_FAMILY, null);
		page.closeEditor(editor, false);
		Screens.settle(display);
		Job.getJobManager().join(AnnotationMarkers.FAMILY, null);
		assertEquals(0, markers().length, "closing the review removes its markers");
		Screens.waitUntil(display, () -> view.shown().isEmpty(), 10, "the view follows the closed editor");

		ReviewEditor reopened = importWithWizard(display, shell, seed, "again");
		List<Annotation> loaded = reopened.document().getAnnotations();
		assertEquals(2, loaded.size(), "both annotations come back from the review store");
		assertTrue(loaded.stream().anyMatch(a -> a.getTarget() instanceof DecisionRowTarget d && d.getCallee().equals("put_page")
				&& a.getText().startsWith("put_page now only")));
		assertTrue(loaded.stream().anyMatch(a -> a.getTarget() instanceof LineTarget l && l.getFirstLine() == 733
				&& a.getText().startsWith("pte_same()")));
		Screens.waitUntil(display, () -> view.shown().size() == 2, 10, "the view shows the reopened review's annotations");
		// the first showing of each page again, in a workbench that has loaded the pages' classes
		measured.add("second editor:");
		for (int i = 1; i < reopened.pageCount(); i++)
			switchTo(display, reopened, i);
		page.closeEditor(reopened, false);

		// Open With > Faultline Review (and a file dropped on the editor area): the file is imported onto the default base
		ReviewEditor opened = (ReviewEditor) page.openEditor(
				new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(seed.toUri())), FaultlineUi.REVIEW_EDITOR_ID);
		Screens.waitUntil(display, () -> opened.hasReview() && opened.pageCount() == 5, 300, "the file's review opens");
		assertEquals(2, opened.document().getAnnotations().size(), "the same patch finds the same review");
		sourceWhenTheDiffIsLate(display, shell, opened);
		importReply(opened, reply);
		page.activate(opened);
		Screens.waitUntil(display, () -> view.shown().size() == 4, 10, "the imported comments are in the Annotations view");
		page.closeEditor(opened, false);

		Path benchmarks = screenshots().resolve("benchmarks.txt");
		Files.write(benchmarks, measured);
		assertEquals(List.of(), cut, "nothing is cut off");
	}

	/**
	 * Records a decision-table condition wrapped in the middle of a token: inside {@code ->} or a name (the grid may
	 * wrap at blanks and operators only).
	 */
	private void conditionsBrokenMidToken(SemanticPage semantic) {
		for (List<String> cell : semantic.wrappedDecisionCells())
			for (int i = 0; i + 1 < cell.size(); i++) {
				char before = cell.get(i).charAt(cell.get(i).length() - 1), after = cell.get(i + 1).charAt(0);
				if (before == '-' && after == '>' || partOfName(before) && partOfName(after))
					cut.add(semantic.shownFunction() + "'s decision table breaks a condition mid-token: " + cell.get(i)
							+ " | " + cell.get(i + 1));
			}
	}

	private static boolean partOfName(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	/** The texts of the visible status line labels under a composite that start with a prefix. */
	private static List<String> statusTexts(Composite composite, String prefix) {
		List<String> texts = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			if (child instanceof CLabel label && label.isVisible() && label.getText() != null
					&& label.getText().startsWith(prefix))
				texts.add(label.getText());
			if (child instanceof Composite c)
				texts.addAll(statusTexts(c, prefix));
		}
		return texts;
	}

	/** The visible tables under a composite. */
	private static List<Table> visibleTables(Composite composite) {
		List<Table> tables = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			if (child instanceof Table table && table.isVisible())
				tables.add(table);
			if (child instanceof Composite c)
				tables.addAll(visibleTables(c));
		}
		return tables;
	}

	/** Where screenshots and measurements go. */
	private static Path screenshots() throws java.io.IOException {
		return Files.createDirectories(Path.of(System.getProperty("faultline.screenshots", "target/screenshots")));
	}

	/**
	 * The comments in the Annotations view: each is whole, or cut after a word with an ellipsis, never mid-word, and
	 * fits its column; the decision row's long comment is cut at this width.
	 */
	private static void assertCommentsCutAtWords(GC gc, AnnotationsView view) {
		int comment = 1;
		int width = view.tree().getColumn(comment).getWidth();
		boolean cut = false;
		for (TreeItem item : view.tree().getItems()) {
			String whole = ((Annotation) item.getData()).getText();
			String shown = item.getText(comment);
			assertTrue(gc.textExtent(shown).x <= width, "the comment fits its column of " + width + ": " + shown);
			if (!shown.equals(whole)) {
				cut = true;
				assertTrue(shown.endsWith(" \u2026"), "a comment cut short ends with an ellipsis: " + shown);
				String kept = shown.substring(0, shown.length() - 2);
				assertTrue(whole.startsWith(kept) && whole.charAt(kept.length()) == ' ', "cut after a word: " + shown);
			}
		}
		assertTrue(cut, "the decision row's comment is longer than its column");
	}

	/**
	 * Zoom on the Fault paths page: in, so that names read larger, out, and back to the page's fit; the page scrolls
	 * over a graph zoomed past it.
	 */
	private static void zoomTheGraph(Display display, Shell shell, ReviewEditor editor, FaultPathPage paths) throws Exception {
		editor.setActivePage(3);
		Screens.settle(display);
		double fitted = paths.scale();
		Point fittedSize = paths.canvas().getSize();
		paths.zoomIn();
		paths.zoomIn();
		Screens.settle(display);
		assertTrue(paths.scale() > fitted && paths.scale() >= 1, "zoomed in from " + fitted + " to " + paths.scale());
		Point zoomed = paths.canvas().getSize();
		assertTrue(zoomed.x > fittedSize.x && zoomed.x > paths.visibleArea().width, "the graph is larger than the page: " + zoomed);
		Screens.screenshot(shell, "review-fault-paths-zoomed.png");
		paths.zoomOut();
		assertTrue(paths.scale() < 1.3 && paths.scale() > fitted, "a step out: " + paths.scale());
		paths.fitToPage();
		Screens.settle(display);
		assertEquals(fitted, paths.scale(), 1e-9, "Fit shrinks the graph to the page again");
		assertEquals(fittedSize, paths.canvas().getSize());
		editor.setActivePage(2);
		Screens.settle(display);
	}

	/**
	 * Another file chosen on the Source page when its compare's diff is not ready in time (here: its job held 300 ms as
	 * it starts): the page waits for it under the busy cursor, and shows both versions of the file whole and their
	 * differences, not first without them (the compare framework would diff again later).
	 */
	private static void sourceWhenTheDiffIsLate(Display display, Shell shell, ReviewEditor editor) throws Exception {
		editor.setActivePage(titles(editor).indexOf("Source"));
		SourcePage source = editor.page(SourcePage.class);
		String other = source.files().stream().filter(p -> !p.equals(source.shownFile())).findFirst().orElseThrow();
		AtomicBoolean held = new AtomicBoolean(), released = new AtomicBoolean();
		// the compare's diff job: the review's name, interactive (the structure compare's job has the name too); its
		// listeners are told it runs on its worker thread, before it does
		IJobChangeListener late = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				Job job = event.getJob();
				if (job.getPriority() == Job.INTERACTIVE && job.getName().equals(editor.getPartName()) && !held.getAndSet(true)) {
					try {
						Thread.sleep(300);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					released.set(true);
				}
			}
		};
		Job.getJobManager().addJobChangeListener(late);
		try {
			assertTrue(source.showFile(other));
			assertTrue(held.get() && released.get(), "the file was shown once the diff held back was done");
		} finally {
			Job.getJobManager().removeJobChangeListener(late);
		}
		String path = source.shownFile();
		assertEquals(other, path);
		assertEquals(editor.session().before().read(path), source.text(Side.BEFORE).getText(), "the before version, whole");
		assertEquals(editor.session().after().read(path), source.text(Side.AFTER).getText(), "the after version, whole");
		INavigatable differences = null;
		for (Control c = source.text(Side.AFTER); c != null && differences == null; c = c.getParent())
			if (c.getData(INavigatable.NAVIGATOR_PROPERTY) instanceof INavigatable n)
				differences = n;
		assertNotNull(differences, "the compare navigates its differences");
		assertTrue(differences.hasChange(INavigatable.NEXT_CHANGE) || differences.hasChange(INavigatable.PREVIOUS_CHANGE),
				"the compare shows the differences once shown");
		Screens.settle(display);
		Screens.screenshot(shell, "review-source-diff-late.png");
	}

	/**
	 * Explore all scenarios on the Runs page: the explorer's groups are listed, those a finding tells apart first, and
	 * a group's representative opens with its two traces as a scenario does; a second exploration cancelled at once
	 * leaves the groups found before.
	 */
	private static void exploreAllScenarios(Display display, Shell shell, ReviewEditor editor, RunsPage runs) throws Exception {
		assertTrue(runs.groups().isEmpty(), "nothing is explored before it is asked for");
		Job exploring = runs.exploreOrCancel();
		assertTrue(runs.exploreStatus().startsWith("Exploring"), runs.exploreStatus());
		Screens.waitUntil(display, () -> exploring.getResult() != null && !runs.groups().isEmpty(), 300, "the exploration ends");
		assertTrue(exploring.getResult().isOK(), exploring.getResult().toString());
		var exploration = editor.document().getExploration();
		assertTrue(!exploration.isSampled() && exploration.getExplored() > 1000, "every scenario of the space is run: " + exploration.getExplored());
		List<ExploredGroups.Group> groups = runs.groups();
		assertEquals(exploration.getGroups().size(), groups.size());
		assertEquals(exploration.getExplored() - exploration.getSame(), groups.stream().mapToLong(ExploredGroups.Group::count).sum());
		assertTrue(groups.get(0).findingDiffers(), "groups a finding tells apart come first: " + groups.get(0));
		assertTrue(runs.exploreStatus().endsWith("differ in " + groups.size() + " groups"), runs.exploreStatus());
		ExploredGroups.Group underLock = groups.stream().filter(g -> g.findingIn().equals("before: ALLOCATION_UNDER_LOCK"))
				.findFirst().orElseThrow(() -> new AssertionError("the seed's allocation under the page lock: " + groups));
		runs.selectGroup(underLock);
		assertEquals(underLock.runs(), runs.shown(), "the representative's two runs are shown");
		assertTrue(runs.shownTraceRows() > 10, "its traces are aligned: " + runs.shownTraceRows());
		assertTrue(runs.detail().contains(underLock.cause()), runs.detail());
		Screens.settle(display);
		Screens.screenshot(shell, "review-runs-explored.png");

		assertNotNull(runs.exploreOrCancel());
		assertEquals(null, runs.exploreOrCancel(), "the second press cancels");
		// a job cancelled before it ran has no result: the page says what its end event told
		Screens.waitUntil(display, () -> runs.exploreStatus().equals(Messages.Runs_exploreCancelled), 60,
				"the cancelled exploration ends: " + runs.exploreStatus());
		assertEquals(groups.size(), runs.groups().size(), "a cancelled exploration keeps the groups found before");
	}

	/**
	 * A patch that does not apply (a line it removes is not in the tree): no editor opens; a report lists every hunk
	 * with its outcome, and says why the failed one failed.
	 */
	@Test
	void aPatchThatDoesNotApplyShowsItsFailedHunksAndOpensNoEditor() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		String seed = new String(Samples.bytes(Samples.SEED), StandardCharsets.UTF_8);
		String removed = "- pmd_t *pmd, pgoff_t pgoff, unsigned int flags,";
		assertTrue(seed.contains(removed));
		Path broken = dir.resolve("broken.patch");
		Files.writeString(broken, seed.replace(removed, "- pmd_t *pmd, pgoff_t no_such_argument, unsigned int flags,"));
		int editors = page.getEditorReferences().length;

		ImportReviewWizard wizard = new ImportReviewWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.patchPage().readFile(broken);
		dialog.showPage(wizard.basePage());
		wizard.basePage().useModelledTree();
		assertTrue(wizard.performFinish());
		ReviewJob job = wizard.job();
		dialog.close();
		Screens.waitUntil(display, () -> report(display) != null, 300, "the apply report opens");
		Shell report = report(display);
		ApplyFailedDialog failed = (ApplyFailedDialog) report.getData();
		List<ApplyOverview.HunkLine> hunks = failed.hunks();
		assertTrue(hunks.size() > 10, "every hunk is listed: " + hunks);
		List<ApplyOverview.HunkLine> failedHunks = hunks.stream().filter(ApplyOverview.HunkLine::failed).toList();
		assertEquals(1, failedHunks.size(), hunks.toString());
		assertTrue(failedHunks.get(0).where().contains("mm/memory.c"), failedHunks.toString());
		assertTrue(!failedHunks.get(0).explanation().isBlank(), "the failed hunk says why");
		assertTrue(job.getResult().isOK(), "a patch that does not apply is a result, not an error");
		Screens.screenshot(report, "wizard-apply-failed.png");
		report.close();
		Screens.settle(display);
		assertEquals(editors, page.getEditorReferences().length, "no editor opens on a patch that did not apply");
	}

	private static Shell report(Display display) {
		return List.of(display.getShells()).stream().filter(s -> s.getData() instanceof ApplyFailedDialog).findFirst().orElse(null);
	}

	@Test
	void theBasePageOffersTheRepositorysBranchesAndTags() throws Exception {
		Path repo = dir.resolve("linux");
		try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call()) {
			Files.writeString(repo.resolve("README"), "a tree\n");
			git.add().addFilepattern("README").call();
			git.commit().setMessage("first").setAuthor("A", "a@example.org").setCommitter("A", "a@example.org").call();
			git.tag().setName("v4.6-rc3").call();
			git.branchCreate().setName("mm-hotfixes").call();
		}
		// a project of the workspace inside the work tree: its repository is offered
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject("linux-in-workspace");
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		Files.createDirectories(repo.resolve("mm"));
		description.setLocation(org.eclipse.core.runtime.Path.fromOSString(repo.resolve("mm").toString()));
		project.create(description, null);
		project.open(null);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		ImportReviewWizard wizard = new ImportReviewWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.showPage(wizard.basePage());
			wizard.basePage().useRepository(repo, "v4.6-rc3");
			assertEquals(List.of("HEAD", "master", "mm-hotfixes", "v4.6-rc3"), wizard.basePage().offered());
			assertTrue(wizard.basePage().repositoriesOffered().contains(repo.toAbsolutePath().toString()),
					"the workspace's repositories are offered: " + wizard.basePage().repositoriesOffered());
			assertTrue(wizard.basePage().isPageComplete());
			wizard.basePage().useRepository(dir.resolve("nowhere"), "HEAD");
			assertTrue(!wizard.basePage().isPageComplete(), "a folder that is no repository is refused");
		} finally {
			dialog.close();
			project.delete(false, true, null);
		}
	}

	/**
	 * The annotations as markers on the workspace root: listed in the Tasks view, with the target as location and
	 * the line; going to one shows its target in the editor.
	 */
	private static void checkMarkers(Display display, IWorkbenchPage page, ReviewEditor editor, Annotation onLines, Annotation onRow)
			throws Exception {
		Job.getJobManager().join(AnnotationMarkers.FAMILY, null);
		IMarker[] markers = markers();
		assertEquals(2, markers.length);
		IMarker lineMarker = List.of(markers).stream().filter(m -> m.getAttribute(AnnotationMarkers.ANNOTATION_ID, "").equals(onLines.getId()))
				.findFirst().orElseThrow();
		assertEquals("mm/memory.c:733-734 (after)", lineMarker.getAttribute(IMarker.LOCATION, null));
		assertEquals(733, lineMarker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(onLines.getAuthor() + ": " + onLines.getText(), lineMarker.getAttribute(IMarker.MESSAGE, null));
		assertTrue(List.of(markers).stream().anyMatch(m -> m.getAttribute(IMarker.LOCATION, "").equals("decision __do_fault \u2192 put_page")));
		page.showView(IPageLayout.ID_TASK_LIST);
		Screens.settle(display);
		Screens.screenshot(page.getWorkbenchWindow().getShell(), "annotation-markers.png");
		editor.setActivePage(0);
		assertTrue(AnnotationMarkers.goTo(page, lineMarker));
		assertEquals(2, editor.getActivePage(), "going to a line's marker shows the Source page");
		doubleClickInTheTasksViewOfAnotherPerspective(display, page, editor, lineMarker);
		page.showView(FaultlineUi.ANNOTATIONS_VIEW_ID);
		page.activate(editor);
	}

	/**
	 * In the Resource perspective, whose Show In part is the Project Explorer, a double-click on an annotation's marker
	 * in the Tasks view opens the review editor at the annotation (it used to select the workspace root only).
	 */
	private static void doubleClickInTheTasksViewOfAnotherPerspective(Display display, IWorkbenchPage page, ReviewEditor editor,
			IMarker marker) throws Exception {
		IWorkbenchWindow window = page.getWorkbenchWindow();
		IPerspectiveDescriptor faultline = page.getPerspective();
		PlatformUI.getWorkbench().showPerspective("org.eclipse.ui.resourcePerspective", window);
		try {
			editor.setActivePage(0);
			IViewPart tasks = page.showView(IPageLayout.ID_TASK_LIST);
			Tree tree = (Tree) ((StructuredViewer) tasks.getSite().getSelectionProvider()).getControl();
			TreeItem[] item = new TreeItem[1];
			Screens.waitUntil(display, () -> (item[0] = markerItem(tree.getItems(), marker)) != null, 30,
					"the Tasks view lists the annotation's marker");
			tree.setSelection(item[0]);
			Event doubleClick = new Event();
			doubleClick.item = item[0];
			tree.notifyListeners(SWT.DefaultSelection, doubleClick);
			Screens.waitUntil(display, () -> editor.getActivePage() == 2, 10, "the line's annotation is shown on the Source page");
			Screens.settle(display);
			Screens.screenshot(window.getShell(), "annotation-marker-opened-from-tasks.png");
			assertEquals(editor, page.getActivePart(), "the review editor is active, not the Project Explorer");
		} finally {
			PlatformUI.getWorkbench().showPerspective(faultline.getId(), window);
		}
	}

	/** The tree item (at any depth, expanded on the way) that stands for a marker; null when none does. */
	private static TreeItem markerItem(TreeItem[] items, IMarker marker) {
		for (TreeItem item : items) {
			if (Adapters.adapt(item.getData(), IMarker.class) instanceof IMarker m && m.equals(marker))
				return item;
			item.setExpanded(true);
			TreeItem found = markerItem(item.getItems(), marker);
			if (found != null)
				return found;
		}
		return null;
	}

	private static IMarker[] markers() throws Exception {
		return ResourcesPlugin.getWorkspace().getRoot().findMarkers(AnnotationMarkers.TYPE, false, IResource.DEPTH_ZERO);
	}

	/**
	 * Add Annotation from the ruler's context menu, clicked beside a line of the selection: the comment is typed into
	 * the dialog it opens, and pinned to the selected lines.
	 */
	private static Annotation annotateFromRuler(Display display, ReviewEditor editor, StyledText text, int line, String comment) {
		List<Control> beside = List.of(text.getParent().getChildren()).stream().filter(c -> c != text).toList();
		String rulers = beside.stream().map(c -> c.getClass().getName() + " " + c.getSize() + " menu listeners "
				+ c.getListeners(SWT.MenuDetect).length).toList().toString();
		Control ruler = beside.stream().filter(c -> c.getSize().x > 0).findFirst()
				.orElseThrow(() -> new AssertionError("the viewer has a ruler: " + rulers));
		Point at = text.toDisplay(1, text.getLinePixel(line - 1) + text.getLineHeight() / 2);
		Event detect = new Event();
		detect.x = at.x;
		detect.y = at.y;
		ruler.notifyListeners(SWT.MenuDetect, detect);
		assertTrue(detect.doit, "the ruler offers a menu beside a line");
		assertNotNull(ruler.getMenu(), "the ruler has a menu: " + rulers);
		MenuItem add = ruler.getMenu().getItems()[0];
		assertEquals(Messages.Annotate_rulerMenu, add.getText());
		int before = editor.document().getAnnotations().size();
		display.asyncExec(new Runnable() {
			@Override
			public void run() {
				Shell dialog = List.of(display.getShells()).stream().filter(s -> s.getText().equals(Messages.Annotate_title))
						.findFirst().orElse(null);
				if (dialog == null) {
					display.asyncExec(this);
					return;
				}
				Text input = (Text) control(dialog, c -> c instanceof Text);
				input.setText(comment);
				button(dialog, IDialogConstants.OK_LABEL).notifyListeners(SWT.Selection, new Event());
			}
		});
		add.notifyListeners(SWT.Selection, new Event());
		assertEquals(before + 1, editor.document().getAnnotations().size(), "the ruler's menu added an annotation");
		return editor.document().getAnnotations().getLast();
	}

	/**
	 * Export Reply as a reviewer uses it: the preview with drafts and a Reviewed-by, then Copy. The reply quotes the
	 * annotated lines with the comment under them, has the decision row's comment, and goes out from the reviewer
	 * of the preferences; without drafts it has no comment; copying puts it on the clipboard and publishes them. The
	 * preview shows every line whole.
	 */
	private String exportReply(Shell shell, ReviewEditor editor, List<Annotation> annotations) throws Exception {
		ExportReplyDialog dialog = new ExportReplyDialog(shell, editor);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.choose(null, false);
		String withoutDrafts = dialog.reply();
		dialog.choose("Reviewed-by", true);
		String reply = dialog.reply();
		Screens.screenshot(dialog.getShell(), "export-reply.png");
		// a long line (the decision row's reference) is read whole: wrapped, or the preview as wide
		Control preview = control(dialog.getShell(),
				c -> c instanceof StyledText || c instanceof Text t && (t.getStyle() & SWT.MULTI) != 0);
		cut.addAll(Clipping.cut(preview, "the reply's preview"));
		System.out.println("Exported reply:\n" + reply);

		String me = REVIEWER_NAME + " <" + REVIEWER_ADDRESS + ">";
		var mail = editor.document().getPatch();
		List<String> lines = reply.lines().toList();
		assertEquals("From: " + me, lines.get(0));
		assertEquals("Subject: Re: " + mail.getRawSubject(), lines.stream().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow());
		if (mail.getMessageId() != null)
			assertTrue(lines.contains("In-Reply-To: <" + mail.getMessageId().replaceAll("[<>]", "") + ">"), reply);
		else
			assertTrue(lines.stream().noneMatch(l -> l.startsWith("In-Reply-To:")), "no thread to answer in: " + reply);
		assertEquals("Reviewed-by: " + me, lines.getLast());
		LineTarget onLines = (LineTarget) annotations.get(0).getTarget();
		// the patch is quoted as the mail had it: the seed's whitespace was damaged by the archive it came from
		List<String> excerpt = onLines.getExcerpt().lines().map(ReviewEditorTest::blanksCollapsed).toList();
		int quoted = -1;
		for (int i = 0; i + 1 < lines.size() && quoted < 0; i++)
			if (unquoted(lines.get(i)).equals(excerpt.get(0)) && unquoted(lines.get(i + 1)).equals(excerpt.get(1)))
				quoted = i;
		assertTrue(quoted > 0, "the annotated lines are quoted: " + reply);
		int comment = lines.indexOf(annotations.get(0).getText());
		assertTrue(comment > quoted + 1 && lines.subList(quoted + 2, comment).stream().noneMatch(l -> l.startsWith(">")),
				"the comment is right under the lines it is about");
		assertTrue(lines.contains(annotations.get(1).getText()), "the decision row's comment is sent");
		for (Annotation a : annotations)
			assertTrue(!withoutDrafts.contains(a.getText()), "drafts stay out unless asked for");

		Button copy = button(dialog.getShell(), Messages.Reply_copy);
		copy.notifyListeners(SWT.Selection, new Event());
		Clipboard clipboard = new Clipboard(shell.getDisplay());
		try {
			assertEquals(reply, clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}
		assertTrue(dialog.getShell() == null, "Copy closes the preview");
		assertTrue(annotations.stream().noneMatch(Annotation::isDraft), "what was sent is published");
		return reply;
	}

	/**
	 * Import Reply, round trip: the exported reply as another reviewer would send it back, with one more comment
	 * under a quote that is no part of the patch. Both comments land on the same targets, published, by the
	 * reply's sender; the stray one is reported with the reason, not added.
	 */
	private static void importReply(ReviewEditor editor, String exported) throws Exception {
		String bob = "Bob Other <bob@example.org>";
		String mail = exported.replaceFirst("(?m)^From: .*$", "From: " + bob).replace("\nReviewed-by:",
				"\n> +\tthis_line_is_in_no_hunk();\n\nWhere does this come from?\n\nReviewed-by:");
		List<String> targets = editor.document().getAnnotations().stream().map(a -> AnnotationLabels.target(a.getTarget()))
				.sorted().toList();
		ReplyReader.Result result = editor.importReply(mail);
		assertEquals(targets, result.annotations().stream().map(a -> AnnotationLabels.target(a.getTarget())).sorted().toList(),
				"each comment of the reply is on what the exported one was on");
		for (Annotation a : result.annotations()) {
			assertEquals(bob, a.getAuthor());
			assertTrue(!a.isDraft(), "an imported comment was sent: published");
		}
		assertEquals(1, result.unplaced().size(), result.unplaced().toString());
		assertEquals("Where does this come from?", result.unplaced().get(0).text());
		assertTrue(result.unplaced().get(0).reason().contains("this_line_is_in_no_hunk"), result.unplaced().toString());
		String report = ImportReplyDialog.report(result);
		assertTrue(report.contains("Added 2 comments") && report.contains("Where does this come from?")
				&& report.contains("Reviewed-by: " + REVIEWER_NAME), report);
		assertEquals(4, editor.document().getAnnotations().size());
	}

	/** A line of the quoted patch without the quote and the diff marker, blanks collapsed; "" for any other line. */
	private static String unquoted(String line) {
		return line.startsWith("> ") && line.length() > 3 ? blanksCollapsed(line.substring(3)) : "";
	}

	private static String blanksCollapsed(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	private static Button button(Composite parent, String text) {
		return (Button) control(parent, c -> c instanceof Button b && b.getText().equals(text));
	}

	/** The first control under a composite, depth first, that is what is asked for; null when none is. */
	private static Control control(Composite parent, Predicate<Control> wanted) {
		for (Control child : parent.getChildren()) {
			if (wanted.test(child))
				return child;
			Control found = child instanceof Composite c ? control(c, wanted) : null;
			if (found != null)
				return found;
		}
		return null;
	}

	/**
	 * Imports the seed with the wizard and waits for the editor. Measures the longest display-thread stall while the
	 * import job runs, and how long after it ends the editor first paints; {@code time} names the measurement (the
	 * first import in a workbench loads the editor's classes, a second one finds them loaded).
	 */
	private ReviewEditor importWithWizard(Display display, Shell shell, Path seed, String time) throws Exception {
		boolean screenshots = time.equals("first");
		ImportReviewWizard wizard = new ImportReviewWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.patchPage().readFile(seed);
		assertEquals(1, wizard.patchPage().listed(), "the seed is one patch");
		if (screenshots)
			Screens.screenshot(dialog.getShell(), "wizard-patch.png");
		dialog.showPage(wizard.basePage());
		if (screenshots)
			Screens.screenshot(dialog.getShell(), "wizard-base.png");
		assertTrue(wizard.canFinish());
		UiWatchdog watchdog = UiWatchdog.start(display);
		assertTrue(wizard.performFinish());
		ReviewJob job = wizard.job();
		long[] ended = new long[1];
		double[] stall = new double[2];
		String[] stallStacks = new String[1];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long displayThread = display.getThread().threadId();
		long[] displayCpuAtEnd = new long[1];
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				stall[0] = watchdog.longestStallMillis();
				stall[1] = watchdog.longestBusyMillis();
				stallStacks[0] = watchdog.longestStallStacks();
				displayCpuAtEnd[0] = threads.getThreadCpuTime(displayThread);
				ended[0] = System.nanoTime();
			}
		});
		dialog.close();
		Screens.waitUntil(display, () -> ended[0] != 0, 300, "the import job ends");
		watchdog.close();
		Files.writeString(screenshots().resolve("stall-" + time + "-import.txt"), stallStacks[0]);
		measured.add(String.format(Locale.ROOT,
				"while the import job ran (%s import): longest display-thread stall %.0f ms wall, of which busy %.0f ms CPU (load average %.1f)",
				time, stall[0], stall[1], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		// wall time includes what a loaded machine and garbage collection take from every thread; the display
		// thread's own CPU time is what Faultline's code on it costs
		assertTrue(stall[1] < 100, measured.toString());
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		Screens.waitUntil(display, () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getActiveEditor() instanceof ReviewEditor e && e.hasReview() && e.firstPaint() != 0, 30, "the review editor shows");
		ReviewEditor editor = (ReviewEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		double visible = (editor.firstPaint() - ended[0]) / 1e6;
		double busy = (threads.getThreadCpuTime(displayThread) - displayCpuAtEnd[0]) / 1e6;
		measured.add(String.format(Locale.ROOT,
				"editor visible after the import job ended (%s import): %.0f ms wall, display thread busy %.0f ms CPU", time,
				visible, busy));
		// the first editor of a workbench loads its classes; a reviewer opens many
		if (!screenshots)
			assertTrue(busy < 300, measured.toString());
		waitForPagesMadeWhileIdle(display, editor, time);
		return editor;
	}

	/**
	 * Waits, as a reviewer reads the Overview, until the editor has made its other pages while the display was idle,
	 * and measures the longest display-thread stall meanwhile.
	 */
	private void waitForPagesMadeWhileIdle(Display display, ReviewEditor editor, String time) throws Exception {
		UiWatchdog watchdog = UiWatchdog.start(display);
		long start = System.nanoTime();
		Screens.waitUntil(display, editor::allPagesMade, 30, "the pages are made while the display is idle");
		double took = (System.nanoTime() - start) / 1e6;
		watchdog.close();
		Files.writeString(screenshots().resolve("stall-" + time + "-pages.txt"), watchdog.longestStallStacks());
		measured.add(String.format(Locale.ROOT,
				"pages made while idle (%s import): in %.0f ms wall, longest display-thread stall %.0f ms wall, of which busy %.0f ms CPU",
				time, took, watchdog.longestStallMillis(), watchdog.longestBusyMillis()));
		// the first editor of a workbench loads and compiles the pages' code as it makes them; a part of a page costs
		// some 50 ms of CPU in a second one on a quiet machine (ADR 0052), a loaded one stretches it: a bound on
		// regressions, the figures go to docs/benchmarks.md
		if (time.equals("again"))
			assertTrue(watchdog.longestBusyMillis() < 200, measured.toString());
	}

	/**
	 * Shows a page and returns the display thread's CPU time until it had nothing left to do, in ms: what the switch
	 * costs Faultline's code, whatever else the machine runs. The wall time is recorded beside it.
	 */
	/** Names in the Semantic page's function list and decision table are shown whole, not wrapped or cut. */
	private static void assertNamesWhole(SemanticPage semantic, ReviewEditor editor) {
		Table list = semantic.functionList();
		GC gc = new GC(list);
		try {
			for (var f : editor.document().getSemanticDiff().getFunctions())
				assertTrue(gc.textExtent(f.getName()).x <= list.getColumn(0).getWidth(),
						f.getName() + " fits the list's column");
			assertTrue(gc.textExtent("unchanged").x <= list.getColumn(1).getWidth(), "a status fits the list's column");
			gc.setFont(JFaceResources.getTextFont());
			assertTrue(semantic.callees().contains("__get_fault_gfp_mask"), semantic.callees().toString());
			for (String callee : semantic.callees())
				assertTrue(gc.textExtent(callee).x <= semantic.calleeWidth(),
						callee + " fits the callee column: " + semantic.calleeWidth());
		} finally {
			gc.dispose();
		}
	}

	private double switchTo(Display display, ReviewEditor editor, int index) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		boolean made = editor.pageMade(index);
		long start = System.nanoTime();
		long cpu = threads.getCurrentThreadCpuTime();
		editor.setActivePage(index);
		Screens.settle(display);
		double busy = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
		double ms = (System.nanoTime() - start) / 1e6;
		measured.add(String.format(Locale.ROOT, "switch to %s (%s): %.0f ms wall, display thread busy %.0f ms CPU",
				editor.pageTitle(index), made ? "made before" : "made now", ms, busy));
		System.out.println(measured.getLast());
		return busy;
	}

	/** The labels of the visible trees' items under a composite, expanded. */
	private static List<String> structureItems(Composite composite) {
		List<String> labels = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			if (child instanceof Tree tree && tree.isVisible())
				items(tree.getItems(), labels);
			if (child instanceof Composite c)
				labels.addAll(structureItems(c));
		}
		return labels;
	}

	private static void items(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			items(item.getItems(), labels);
		}
	}

	private static List<String> titles(ReviewEditor editor) {
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < editor.pageCount(); i++)
			titles.add(editor.pageTitle(i));
		return titles;
	}
}
