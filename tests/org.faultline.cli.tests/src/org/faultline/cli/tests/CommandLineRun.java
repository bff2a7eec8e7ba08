package org.faultline.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.faultline.cli.Faultline;

/** One in-process run of the faultline command line: its exit code and what it printed. */
record CommandLineRun(int exit, String out, String err) {

	static CommandLineRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Faultline.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new CommandLineRun(exit, out.toString(), err.toString());
	}
}
