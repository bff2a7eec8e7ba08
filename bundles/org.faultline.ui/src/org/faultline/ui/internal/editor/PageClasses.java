package org.faultline.ui.internal.editor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;

/**
 * Loads and initialises, off the display thread, the classes the review editor's pages load when first shown: the
 * compare framework's, the text viewers' and the editors' preferences, which otherwise cost the first showing of the
 * Source page about half its display-thread time (ADR 0041). They are listed in {@code page-classes.txt}; a class no
 * longer found is passed over here and reported by {@link #missing()}.
 */
public final class PageClasses {

	private static final String LIST = "page-classes.txt";

	/** Once per workbench: a class stays loaded. */
	private static final AtomicBoolean LOADED = new AtomicBoolean();

	private PageClasses() {
	}

	/** A listed class: the bundle that has it, and its binary name. */
	private record Listed(String bundle, String name) {
	}

	/** Loads the listed classes unless an earlier review did. Cancelling stops between classes. */
	public static void load(IProgressMonitor monitor) {
		if (LOADED.getAndSet(true))
			return;
		List<Listed> classes = listed();
		SubMonitor progress = SubMonitor.convert(monitor, classes.size());
		for (Listed listed : classes) {
			progress.split(1);
			find(listed);
		}
	}

	/** The listed classes that cannot be loaded (for tests: the list has to follow the platform). */
	public static List<String> missing() {
		List<String> missing = new ArrayList<>();
		for (Listed listed : listed())
			if (find(listed) == null)
				missing.add(listed.bundle() + " " + listed.name());
		return missing;
	}

	/** Loads and initialises a class through its bundle; null when it is not there or fails to initialise. */
	private static Class<?> find(Listed listed) {
		Bundle bundle = Platform.getBundle(listed.bundle());
		if (bundle == null)
			return null;
		try {
			Class<?> loaded = bundle.loadClass(listed.name());
			return Class.forName(listed.name(), true, loaded.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			// the page loads it itself when shown, and reports there what goes wrong
			return null;
		}
	}

	private static List<Listed> listed() {
		List<Listed> classes = new ArrayList<>();
		try (InputStream in = PageClasses.class.getResourceAsStream(LIST);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] parts = line.strip().split(" ");
				if (parts.length == 2 && !line.startsWith("#"))
					classes.add(new Listed(parts[0], parts[1]));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(LIST, e);
		}
		return classes;
	}
}
