package org.faultline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
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
	void perspectiveOpensWithPatchViewShowingAPatch() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "a workbench window is open");
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(FaultlineUi.PERSPECTIVE_ID, window);
		assertEquals(FaultlineUi.PERSPECTIVE_ID, page.getPerspective().getId());

		PatchView view = (PatchView) page.findView(FaultlineUi.PATCH_VIEW_ID);
		assertNotNull(view, "the Faultline perspective shows the Patch view");

		Path patch = dir.resolve("demo.patch");
		Files.writeString(patch, """
				From: A Developer <dev@example.org>
				Subject: [PATCH] mm: demo

				--- a/mm/memory.c
				+++ b/mm/memory.c
				@@ -1,2 +1,2 @@
				 int a;
				-int b;
				+long b;
				""");
		Job job = view.open(patch);
		job.join();
		Display display = window.getShell().getDisplay();
		long deadline = System.currentTimeMillis() + 10_000;
		while (!patch.equals(view.getShownFile()) && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		assertEquals(patch, view.getShownFile());
		assertTrue(view.getShownText().contains("+long b;"), view.getShownText());

		screenshot(window.getShell(), "faultline-perspective.png");
	}

	private static void screenshot(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// let the workbench finish painting before the picture is taken
		}
		Path folder = Path.of(System.getProperty("faultline.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		var size = shell.getSize();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(shell);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
