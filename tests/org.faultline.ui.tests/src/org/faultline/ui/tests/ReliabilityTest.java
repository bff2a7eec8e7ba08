package org.faultline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.DeviceData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.Samples;
import org.faultline.review.PatchId;
import org.faultline.review.ReviewSession;
import org.faultline.review.ReviewStore;
import org.faultline.ui.FaultlineUi;
import org.faultline.ui.internal.FaultlineUiPlugin;
import org.faultline.ui.internal.ReviewInput;
import org.faultline.ui.internal.ReviewJob;
import org.faultline.ui.internal.ReviewRequest;
import org.faultline.ui.internal.editor.ReviewEditor;
import org.faultline.ui.internal.wizard.ImportReviewWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench side of reliability: opening and closing Faultline's views and the review editor (every page)
 * many times leaks no SWT resource, and an engine that fails shows an error with its details, not a blank editor.
 */
class ReliabilityTest {

	/** How many times every view and the editor are opened and closed; {@code -Dfaultline.leak.iterations=N}. */
	private static final int TIMES = Integer.getInteger("faultline.leak.iterations", 100);

	/** Rounds before counting. */
	private static final int WARM_UP = 3;

	@TempDir
	Path dir;

	/**
	 * Counts the graphics resources the display has live (fonts, colours, images, cursors, GCs, regions, text
	 * layouts...), by SWT's own allocation tracking ({@link Display#setTracking(boolean)}: every resource made while
	 * it is on is listed in {@link DeviceData#objects}, with where it was made, until it is disposed). Warm-up rounds
	 * first fill what is made once and kept on purpose (JFace's colour and font registries); then no resource made
	 * during the rounds by Faultline's code (a frame of {@code org.faultline}, this test's aside, where it was made)
	 * may be left, and the
	 * counts before and after are recorded with where each one left over was made.
	 */
	@Test
	void openingAndClosingEveryViewAndTheEditorLeaksNoSwtResource() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(FaultlineUi.PERSPECTIVE_ID, window);
		Display display = window.getShell().getDisplay();
		ReviewInput review = seedReview(display);
		review.retain(); // the rounds' editors close; the review stays open for the next
		display.setTracking(true);
		try {
			// what is made once and kept on purpose (registries, caches) is made in the first rounds
			for (int i = 0; i < WARM_UP; i++)
				round(display, page, review);
			Map<Object, Error> before = live(display);
			int shellsBefore = display.getShells().length;
			long start = System.nanoTime();
			for (int i = 0; i < TIMES; i++)
				round(display, page, review);
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<Object, Error> after = live(display);
			String figures = String.format(Locale.ROOT,
					"%d rounds (Patch and Annotations views, the review editor and every page) in %.0f s: live SWT resources before %s, after %s; shells %d, %d",
					TIMES, seconds, byType(before.keySet()), byType(after.keySet()), shellsBefore, display.getShells().length);
			System.out.println(figures);
			Path folder = Path.of(System.getProperty("faultline.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("leaks.txt"), figures + "\n");
			List<String> left = made(before, after);
			// the workbench's own resource caches (recently released images, the working set menu) may keep a few
			// images as rounds go by; what Faultline's code made must all be gone
			List<String> leftByFaultline = left.stream()
					.filter(m -> m.replace("org.faultline.ui.tests.", "").contains("org.faultline.")).toList();
			assertEquals(List.of(), leftByFaultline, figures + "; made by Faultline and not disposed");
			System.out.println("left by the workbench's caches: " + left);
			assertEquals(shellsBefore, display.getShells().length, figures);
		} finally {
			display.setTracking(false);
			review.release();
			page.resetPerspective();
		}
	}

	/** Shows and hides each Faultline view, then opens the review, shows every page and closes it. */
	private static void round(Display display, IWorkbenchPage page, ReviewInput review) throws Exception {
		for (String id : List.of(FaultlineUi.PATCH_VIEW_ID, FaultlineUi.ANNOTATIONS_VIEW_ID)) {
			IViewPart view = page.showView(id);
			Screens.settle(display);
			page.hideView(view);
			Screens.settle(display);
		}
		ReviewEditor editor = (ReviewEditor) page.openEditor(review, FaultlineUi.REVIEW_EDITOR_ID);
		for (int i = 0; i < editor.pageCount(); i++) {
			editor.setActivePage(i);
			Screens.settle(display);
		}
		page.closeEditor(editor, false);
		Screens.settle(display);
	}

	/** The display's live resources, each with where it was made, as its tracking lists them. */
	private static Map<Object, Error> live(Display display) {
		Screens.settle(display);
		DeviceData data = display.getDeviceData();
		Map<Object, Error> live = new IdentityHashMap<>();
		for (int i = 0; i < data.objects.length; i++)
			live.put(data.objects[i], data.errors[i]);
		return live;
	}

	private static Map<String, Integer> byType(Set<Object> resources) {
		Map<String, Integer> counts = new TreeMap<>();
		for (Object o : resources)
			counts.merge(o.getClass().getSimpleName(), 1, Integer::sum);
		return counts;
	}

	/** Where the resources live after and not before were made: the frames outside SWT's graphics and JUnit. */
	private static List<String> made(Map<Object, Error> before, Map<Object, Error> after) {
		List<String> made = new ArrayList<>();
		after.forEach((resource, where) -> {
			// the display's system images (a dialog's error or information icon) are made once and kept by SWT
			if (!before.containsKey(resource) && !madeBy(where, "org.eclipse.swt.widgets.Display", "getSystemImage"))
				made.add(resource.getClass().getSimpleName() + " from " + List.of(where.getStackTrace()).stream()
						.filter(f -> !f.getClassName().startsWith("org.eclipse.swt.graphics"))
						.filter(f -> !f.getClassName().startsWith("org.junit") && !f.getClassName().startsWith("java."))
						.limit(40).toList());
		});
		return made;
	}

	private static boolean madeBy(Error where, String type, String method) {
		return List.of(where.getStackTrace()).stream().anyMatch(f -> f.getClassName().equals(type) && f.getMethodName().equals(method));
	}

	private static ReviewInput seedReview(Display display) throws Exception {
		ReviewJob job = new ReviewJob(new ReviewRequest("seed", ReviewSession.sample(), Set.of(), null, null));
		job.schedule();
		Screens.waitUntil(display, () -> job.getResult() != null, 300, "the seed's review is built");
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		return job.result();
	}

	/**
	 * A stored review that is not one (here: its review.xmi is not XML) makes importing fail: an error dialog says
	 * so with the reason and the ref, and no editor opens on a half-made review. The store is put back afterwards.
	 */
	@Test
	void aCorruptStoredReviewShowsAnErrorWithDetailsAndOpensNoEditor() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		Display display = window.getShell().getDisplay();
		PatchSeries seed = ReviewSession.sample();
		Repository store = FaultlineUiPlugin.get().modelledTreeReviews().repository();
		String ref = ReviewStore.REF_PREFIX + PatchId.of(seed.getPatches());
		Ref saved = store.exactRef(ref);
		point(store, ref, corruptReview(store));
		// the test harness runs with error dialogs suppressed; this test is about the dialog
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		try {
			Path file = dir.resolve(Samples.SEED);
			Files.write(file, Samples.bytes(Samples.SEED));
			int editors = page.getEditorReferences().length;
			List<String> shown = new ArrayList<>();
			// the error dialog may run its own event loop: read and close it from inside that loop
			display.timerExec(50, new Runnable() {
				@Override
				public void run() {
					for (Shell shell : display.getShells()) {
						if (shell == window.getShell())
							continue; // its Progress view lists the failed job too
						List<String> texts = texts(shell);
						texts.add(shell.getText());
						if (shell.isVisible() && texts.stream().anyMatch(t -> t.contains("Cannot review"))) {
							try {
								Screens.screenshot(shell, "error-corrupt-review.png");
							} catch (Exception e) {
								throw new IllegalStateException(e);
							}
							shown.addAll(texts);
							shell.close();
							return;
						}
					}
					display.timerExec(50, this);
				}
			});
			ImportReviewWizard wizard = new ImportReviewWizard();
			wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
			WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			wizard.patchPage().readFile(file);
			assertTrue(wizard.performFinish());
			ReviewJob job = wizard.job();
			dialog.close();
			Screens.waitUntil(display, () -> job.getResult() != null, 300, "the import job ends");
			assertTrue(!job.getResult().isOK() && job.getResult().getMessage().contains(ref), job.getResult().toString());
			Screens.waitUntil(display, () -> !shown.isEmpty(), 30, "an error dialog shows why the review cannot be opened; shells: "
					+ List.of(display.getShells()).stream().map(s -> s.getText() + " " + texts(s)).toList());
			String details = String.join("\n", shown);
			assertTrue(details.contains(ref), "the dialog names the stored review that is broken: " + details);
			assertEquals(1, shown.stream().filter(t -> t.contains("Cannot review")).count(),
					"the dialog shows the error once (the job reported it and returned it: it was listed twice): " + shown);
			Screens.settle(display);
			assertEquals(editors, page.getEditorReferences().length, "no editor opens on a review that failed");
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
			if (saved == null)
				point(store, ref, null);
			else
				point(store, ref, saved.getObjectId());
		}
	}

	/** A commit whose review.xmi is not a review. */
	private static ObjectId corruptReview(Repository repository) throws Exception {
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			TreeFormatter tree = new TreeFormatter();
			tree.append(ReviewStore.FILE, FileMode.REGULAR_FILE,
					inserter.insert(Constants.OBJ_BLOB, "<review cut short by a full disk".getBytes(StandardCharsets.UTF_8)));
			CommitBuilder commit = new CommitBuilder();
			commit.setTreeId(inserter.insert(tree));
			PersonIdent who = new PersonIdent("Test", "test@example.org");
			commit.setAuthor(who);
			commit.setCommitter(who);
			commit.setMessage("corrupt\n");
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			return id;
		}
	}

	/** Sets a ref (deletes it for null), whatever it was. */
	private static void point(Repository repository, String ref, ObjectId id) throws Exception {
		RefUpdate update = repository.updateRef(ref);
		update.setForceUpdate(true);
		if (id == null) {
			update.delete();
			return;
		}
		update.setNewObjectId(id);
		RefUpdate.Result result = update.forceUpdate();
		assertNotNull(result);
	}

	/** Every label's and text's content under a composite. */
	private static List<String> texts(Composite composite) {
		List<String> texts = new ArrayList<>();
		for (Control child : composite.getChildren()) {
			switch (child) {
				case Label l -> texts.add(l.getText());
				case CLabel l -> texts.add(l.getText());
				case Link l -> texts.add(l.getText());
				case Text t -> texts.add(t.getText());
				case StyledText t -> texts.add(t.getText());
				case Table t -> {
					for (TableItem item : t.getItems())
						texts.add(item.getText());
				}
				default -> {
				}
			}
			if (child instanceof Composite c)
				texts.addAll(texts(c));
		}
		return texts;
	}
}
