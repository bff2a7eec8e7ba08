package org.faultline.cli.internal;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Progress of long work as lines on stderr, so that stdout stays the report. */
final class StderrProgress extends NullProgressMonitor {

	private final PrintWriter err;

	private int total;

	private int done;

	StderrProgress(PrintWriter err) {
		this.err = err;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		if (totalWork > 1)
			err.println(name);
	}

	@Override
	public void subTask(String name) {
		if (total > 1)
			err.println("  " + (done + 1) + "/" + total + ": " + name);
	}

	@Override
	public void worked(int work) {
		done += work;
	}
}
