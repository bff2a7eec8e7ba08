package org.faultline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.faultline.ui.FaultlineUi;
import org.faultline.ui.internal.PatchView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs in a real workbench (under Xvfb in CI) and leaves screenshots in target/screenshots. */
class FaultlinePerspectiveTest {

	@TempDir
	Path dir;

	@Test
	void perspectiveOpensWithPatchViewShowingTheSample() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "a workbench window is open");
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(FaultlineUi.PERSPECTIVE_ID, window);
		assertEquals(FaultlineUi.PERSPECTIVE_ID, page.getPerspective().getId());

		PatchView shown = (PatchView) page.findView(FaultlineUi.PATCH_VIEW_ID);
		assertNotNull(shown, "the Faultline perspective shows the Patch view");

		Display display = window.getShell().getDisplay();
		window.getShell().setBounds(0, 0, 1500, 950);
		// shown afresh, with its hint for what to open
		page.hideView(shown);
		PatchView view = (PatchView) page.showView(FaultlineUi.PATCH_VIEW_ID);
		Screens.settle(display);
		StyledText hint = view.getText();
		Rectangle bounds = hint.getTextBounds(0, hint.getCharCount() - 1);
		assertTrue(bounds.width <= hint.getClientArea().width,
				"the hint wraps to the view's width: " + bounds + " in " + hint.getClientArea());
		view.openSample().join();
		Screens.waitUntil(display, () -> "seed-huge-tmpfs-4-5.txt".equals(view.getShownSource()), 10, "the Patch view showed the patch in time");
		List<String> outline = view.getOutlineLabels();
		assertEquals("[4/5] huge tmpfs: avoid premature exposure of new pagetable revert", outline.get(0));
		assertTrue(outline.contains("Author: Hugh Dickins <hughd@xxxxxxxxxx>"), outline.toString());
		assertTrue(outline.contains("Trailers (3)"), outline.toString());
		assertTrue(outline.contains("Declared diffstat: 2 files, 101 insertions(+), 134 deletions(-)"), outline.toString());
		assertTrue(outline.contains("Files (2)"), outline.toString());
		// the outline above the text: its rows whole in the narrow view
		Screens.settle(display);
		assertEquals(List.of(), Clipping.cut(view.getText().getParent().getChildren()[0], "the Patch view's outline"));
		Screens.screenshot(window.getShell(), "faultline-perspective.png");

		Path broken = dir.resolve("broken.patch");
		Files.writeString(broken, "Subject: [PATCH] mm: demo\n\n--- a/mm/memory.c\n+++ b/mm/memory.c\n@@ -1,5 +1,5 @@\n int a;\n");
		view.open(broken).join();
		Screens.waitUntil(display, () -> broken.toString().equals(view.getShownSource()), 10, "the Patch view showed the patch in time");
		assertEquals(List.of("Problems (1)", "error: mm/memory.c hunk 1, line 6: hunk ends after 1 of 5 old and 1 of 5 new lines"),
				view.getOutlineLabels());
		assertTrue(view.getShownText().contains("@@ -1,5 +1,5 @@"), "the text is shown even when it cannot be read as a patch");
		// the file's name above the outline, its whole path in the tooltip: a path is wider than the view
		assertEquals("broken.patch", view.getContentDescription());
		assertEquals(broken.toString(), view.getTitleToolTip());
		assertEquals("Patch", view.getPartName());
		Screens.screenshot(window.getShell(), "faultline-patch-problem.png");
	}
}
