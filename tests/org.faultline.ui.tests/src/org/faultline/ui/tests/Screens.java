package org.faultline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Driving the workbench from a UI test: waiting with the event loop running, and screenshots. */
final class Screens {

	private Screens() {
	}

	/** Runs the event loop until the condition holds, failing after {@code seconds}. */
	static void waitUntil(Display display, BooleanSupplier condition, int seconds, String what) {
		long deadline = System.currentTimeMillis() + seconds * 1000L;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch())
				display.sleep();
		}
		assertTrue(condition.getAsBoolean(), what);
	}

	/** Runs the event loop until nothing is left to do. */
	static void settle(Display display) {
		while (display.readAndDispatch()) {
			// dispatch what is queued
		}
	}

	static void screenshot(Shell shell, String name) throws IOException, InterruptedException {
		Display display = shell.getDisplay();
		// GTK paints from its frame clock: keep the event loop running a moment so the picture is current
		long settle = System.currentTimeMillis() + 500;
		while (System.currentTimeMillis() < settle) {
			if (!display.readAndDispatch())
				Thread.sleep(10);
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
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
