package org.faultline.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** What the tests need to drive a real workbench: waiting with the event loop running, widgets by kind, pictures. */
public final class Workbench {

	private Workbench() {
	}

	/** Runs the event loop until the condition holds, failing with {@code what} after {@code seconds}. */
	static void waitUntil(BooleanSupplier condition, int seconds, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + seconds * 1000L;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline)
			if (!display.readAndDispatch())
				pause();
		if (!condition.getAsBoolean())
			dumpThreads(what);
		assertTrue(condition.getAsBoolean(), what);
	}

	/** What every thread was doing when a wait timed out: a stuck job or a lock shows here. */
	private static void dumpThreads(String what) {
		StringBuilder out = new StringBuilder("timed out waiting until " + what + "; threads:\n");
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			out.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
			for (StackTraceElement e : stack)
				out.append("\tat ").append(e).append('\n');
		});
		System.out.println(out);
	}

	/** Keeps the event loop running for a while, so that what was posted is done and painted. */
	static void settle(int millis) {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until)
			if (!display.readAndDispatch())
				pause();
	}

	/** Polls rather than sleeping in the display: the model's events come from jobs, not from the window system. */
	private static void pause() {
		try {
			Thread.sleep(5);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The controls under {@code root} (itself included) of a type that pass a test, in tree order. */
	public static <C extends Control> List<C> find(Control root, Class<C> type, Predicate<C> test) {
		List<C> out = new ArrayList<>();
		collect(root, type, test, out);
		return out;
	}

	private static <C extends Control> void collect(Control c, Class<C> type, Predicate<C> test, List<C> out) {
		if (type.isInstance(c) && test.test(type.cast(c)))
			out.add(type.cast(c));
		if (c instanceof Composite composite)
			for (Control child : composite.getChildren())
				collect(child, type, test, out);
	}

	/** Saves what the shell shows as {@code name} in the screenshots folder (target/screenshots by default). */
	public static void screenshot(Shell shell, String name) throws IOException {
		settle(600);
		Path folder = Path.of(System.getProperty("faultline.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		var size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
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
