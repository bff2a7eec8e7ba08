package org.faultline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An internal error's stack trace, written to a file of its own in the temp folder for the bug report. */
public final class CrashReport {

	private CrashReport() {
	}

	/** Writes the report and says where it is, or why it could not be written (then with the trace itself). */
	public static String write(Throwable error, List<String> args) {
		StringWriter trace = new StringWriter();
		error.printStackTrace(new PrintWriter(trace));
		String text = "faultline " + String.join(" ", args) + "\njava " + System.getProperty("java.version") + " on "
				+ System.getProperty("os.name") + "\n\n" + trace;
		try {
			Path file = Files.createTempFile("faultline-crash-", ".txt");
			Files.writeString(file, text);
			return "the stack trace is in " + file + "; please report it with that file";
		} catch (IOException e) {
			return "the stack trace could not be written to a file (" + e.getMessage() + "):\n" + trace;
		}
	}
}
