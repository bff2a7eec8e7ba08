package org.faultline.cli.internal;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of long work as a bar on stderr, redrawn in place, so that stdout stays the report. Only on a
 * terminal: in a pipe or a log, a bar is noise, and nothing is written.
 */
final class StderrProgress extends NullProgressMonitor {

	private static final int BAR = 30;

	private final PrintWriter err;

	private final boolean terminal;

	private String task = "";

	private String step = "";

	private int total;

	private int done;

	StderrProgress(PrintWriter err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name;
		total = totalWork;
		draw();
	}

	@Override
	public void subTask(String name) {
		step = name;
		draw();
	}

	@Override
	public void worked(int work) {
		done += work;
		draw();
	}

	@Override
	public void done() {
		if (terminal && total > 1) {
			err.print("\r\u001b[K");
			err.flush();
		}
	}

	private void draw() {
		if (!terminal || total <= 1)
			return;
		int filled = Math.min(BAR, done * BAR / total);
		String line = "\r\u001b[K" + task + " [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done * 100 / total + "% "
				+ step;
		err.print(line);
		err.flush();
	}
}
