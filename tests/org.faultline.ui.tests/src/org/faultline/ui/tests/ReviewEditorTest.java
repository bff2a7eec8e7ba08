package org.faultline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Side;
import org.faultline.patch.Samples;
import org.faultline.ui.FaultlineUi;
import org.faultline.ui.internal.ReviewJob;
import org.faultline.ui.internal.editor.ReviewEditor;
import org.faultline.ui.internal.editor.FaultPathPage;
import org.faultline.ui.internal.editor.RunsPage;
import org.faultline.ui.internal.editor.SemanticPage;
import org.faultline.ui.internal.editor.SourcePage;
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

	@TempDir
	Path dir;

	private final List<String> measured = new ArrayList<>();

	@Test
	void importTheSeedAnnotateCloseAndReopen() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(FaultlineUi.PERSPECTIVE_ID, window);
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		shell.setBounds(0, 0, 1600, 1000);
		Path seed = dir.resolve(Samples.SEED);
		Files.write(seed, Samples.bytes(Samples.SEED));

		ReviewEditor editor = importWithWizard(display, shell, seed, "first");

		assertEquals(List.of("Overview", "Semantic", "Source", "Fault paths", "Runs"), titles(editor));
		Screens.screenshot(shell, "review-overview.png");

		switchTo(display, editor, 1);
		SemanticPage semantic = editor.page(SemanticPage.class);
		assertEquals("handle_pte_fault", semantic.shownFunction(), "the Semantic page opens on handle_pte_fault");
		Screens.screenshot(shell, "review-semantic-handle_pte_fault.png");
		assertTrue(semantic.selectFunction("do_read_fault"));
		Screens.settle(display);
		Screens.screenshot(shell, "review-semantic-do_read_fault.png");
		assertTrue(semantic.selectFunction("__do_fault"));
		assertTrue(semantic.selectRow("put_page"));
		Annotation onRow = editor.annotateSelection("put_page now only on the hwpoison path: who drops the reference when the pte is already set?");
		assertNotNull(onRow);
		DecisionRowTarget row = assertInstanceOf(DecisionRowTarget.class, onRow.getTarget());
		assertEquals("__do_fault", row.getFunction());
		assertEquals("put_page", row.getCallee());
		Screens.settle(display);
		Screens.screenshot(shell, "review-semantic-__do_fault.png");

		switchTo(display, editor, 2);
		SourcePage source = editor.page(SourcePage.class);
		assertEquals("mm/memory.c", source.shownFile());
		assertTrue(source.showFunction("do_read_fault"), "do_read_fault is in mm/memory.c");
		source.selectLines(Side.AFTER, 733, 734);
		Annotation onLines = editor.annotateSelection("pte_same() against orig_pte: is orig_pte read under the pte lock here?");
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
		Screens.screenshot(shell, "review-source.png");

		switchTo(display, editor, 3);
		assertTrue(editor.page(FaultPathPage.class).graph().nodes().size() > 10, "the fault path's functions are drawn");
		Screens.screenshot(shell, "review-fault-paths.png");

		switchTo(display, editor, 4);
		RunsPage runs = editor.page(RunsPage.class);
		assertTrue(runs.entries().get(0).differs(), "scenarios that behave differently come first");
		assertTrue(runs.selectScenario("read-cached-pmd-none"));
		Screens.settle(display);
		Screens.screenshot(shell, "review-runs.png");

		switchTo(display, editor, 0);
		for (int i = 1; i < editor.pageCount(); i++)
			assertTrue(switchTo(display, editor, i) < 100, measured.toString());
		switchTo(display, editor, 0);
		AnnotationsView view = (AnnotationsView) page.showView(FaultlineUi.ANNOTATIONS_VIEW_ID);
		page.activate(editor);
		Screens.waitUntil(display, () -> view.shown().size() == 2, 10, "the Annotations view lists both annotations");
		Screens.screenshot(shell, "annotations-view.png");

		Job.getJobManager().join(ReviewEditor.SAVE_FAMILY, null);
		page.closeEditor(editor, false);
		Screens.settle(display);
		Screens.waitUntil(display, () -> view.shown().isEmpty(), 10, "the view follows the closed editor");

		ReviewEditor reopened = importWithWizard(display, shell, seed, "again");
		List<Annotation> loaded = reopened.document().getAnnotations();
		assertEquals(2, loaded.size(), "both annotations come back from the review store");
		assertTrue(loaded.stream().anyMatch(a -> a.getTarget() instanceof DecisionRowTarget d && d.getCallee().equals("put_page")
				&& a.getText().startsWith("put_page now only")));
		assertTrue(loaded.stream().anyMatch(a -> a.getTarget() instanceof LineTarget l && l.getFirstLine() == 733
				&& a.getText().startsWith("pte_same()")));
		Screens.waitUntil(display, () -> view.shown().size() == 2, 10, "the view shows the reopened review's annotations");
		page.closeEditor(reopened, false);

		// Open With > Faultline Review (and a file dropped on the editor area): the file is imported onto the default base
		ReviewEditor opened = (ReviewEditor) page.openEditor(
				new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(seed.toUri())), FaultlineUi.REVIEW_EDITOR_ID);
		Screens.waitUntil(display, () -> opened.hasReview() && opened.pageCount() == 5, 300, "the file's review opens");
		assertEquals(2, opened.document().getAnnotations().size(), "the same patch finds the same review");
		page.closeEditor(opened, false);

		Path benchmarks = Path.of(System.getProperty("faultline.screenshots", "target/screenshots")).resolve("benchmarks.txt");
		Files.write(benchmarks, measured);
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
			assertTrue(wizard.basePage().isPageComplete());
			wizard.basePage().useRepository(dir.resolve("nowhere"), "HEAD");
			assertTrue(!wizard.basePage().isPageComplete(), "a folder that is no repository is refused");
		} finally {
			dialog.close();
		}
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
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long displayThread = display.getThread().threadId();
		long[] displayCpuAtEnd = new long[1];
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				stall[0] = watchdog.longestStallMillis();
				stall[1] = watchdog.longestBusyMillis();
				displayCpuAtEnd[0] = threads.getThreadCpuTime(displayThread);
				ended[0] = System.nanoTime();
			}
		});
		dialog.close();
		Screens.waitUntil(display, () -> ended[0] != 0, 300, "the import job ends");
		watchdog.close();
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
		return editor;
	}

	/** Shows a page and returns how long until the display thread had nothing left to do, in ms. */
	private double switchTo(Display display, ReviewEditor editor, int index) {
		boolean made = editor.pageMade(index);
		long start = System.nanoTime();
		editor.setActivePage(index);
		Screens.settle(display);
		double ms = (System.nanoTime() - start) / 1e6;
		measured.add(String.format(Locale.ROOT, "switch to %s (%s): %.0f ms", editor.pageTitle(index),
				made ? "made before" : "made now", ms));
		return ms;
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
