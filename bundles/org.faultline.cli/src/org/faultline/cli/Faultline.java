package org.faultline.cli;

import java.io.IOException;
import java.io.PrintWriter;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.faultline.cli.internal.AnnotateSubcommand;
import org.faultline.cli.internal.ApplySubcommand;
import org.faultline.cli.internal.CrashReport;
import org.faultline.cli.internal.DiffSubcommand;
import org.faultline.cli.internal.ExploreSubcommand;
import org.faultline.cli.internal.ExportReplySubcommand;
import org.faultline.cli.internal.ReviewSubcommand;
import org.faultline.cli.internal.RunSubcommand;
import org.faultline.exec.ScenarioException;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code faultline} command: a plain list of subcommands, each a class of its own. Bad input ends with
 * one line {@code faultline: <problem>} on stderr and a non-zero exit code, never a stack trace; anything else
 * that goes wrong is a bug, said as such, with its stack trace in a file.
 */
@Command(name = "faultline", mixinStandardHelpOptions = true, version = "Faultline 0.1.0",
		description = "Reviews Linux kernel mm patches by their behaviour on the page-fault path.",
		subcommands = { ReviewSubcommand.class, ApplySubcommand.class, DiffSubcommand.class, RunSubcommand.class,
				ExploreSubcommand.class, AnnotateSubcommand.class, ExportReplySubcommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done; a review found no finding on one version that the other lacks",
				"1:the input cannot be used: the patch does not apply or cannot be read, no such tree, revision or "
						+ "scenario",
				"2:the command line is wrong", "3:review: findings of the old version are gone, none are new",
				"4:review: the new version has findings the old one did not",
				"5:review: no finding changes, but a run reached a function or name the engine does not know",
				"70:internal error: a bug in Faultline; the stack trace is in the file named" })
public final class Faultline {

	/** Exit code for a command that did its work, and a review that changes no finding. */
	public static final int EXIT_OK = 0;

	/** Exit code for input that cannot be used: a patch that cannot be read or does not apply, no such tree. */
	public static final int EXIT_PROBLEM = 1;

	/** Exit code for a command line that is wrong. */
	public static final int EXIT_USAGE = 2;

	/** Exit code for a review whose old version has findings the new one does not, and no new ones. */
	public static final int EXIT_FIXES = 3;

	/** Exit code for a review whose new version has findings the old one did not. */
	public static final int EXIT_NEW_FINDINGS = 4;

	/**
	 * Exit code for a review that changes no finding but is incomplete: some run reached a function or name the
	 * engine does not know, so "no change" is not the kernel's word.
	 */
	public static final int EXIT_INCOMPLETE = 5;

	/** Exit code for a bug in Faultline (sysexits' EX_SOFTWARE). */
	public static final int EXIT_INTERNAL = 70;

	public static void main(String[] args) {
		registerEmfOutsideOsgi();
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs a command line with the given output and error streams; returns the exit code. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		if (args.length == 0) {
			err.println("faultline: no command given (see faultline --help)");
			return EXIT_USAGE;
		}
		return commandLine(out, err).execute(args);
	}

	/**
	 * The command line with its streams and its handling of bad input and of bugs, for running it in-process
	 * (and for tests that add a command of their own).
	 */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new Faultline());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler((e, a) -> {
			err.println("faultline: " + e.getMessage());
			return EXIT_USAGE;
		});
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			if (isBadInput(e)) {
				err.println("faultline: " + e.getMessage());
				return EXIT_PROBLEM;
			}
			err.println("faultline: internal error (a bug in Faultline, exit code " + EXIT_INTERNAL + "): " + e
					+ "; " + CrashReport.write(e, parsed.originalArgs()));
			return EXIT_INTERNAL;
		});
		return commandLine;
	}

	/** What the engines throw for input they cannot use, with a message that names what and where. */
	private static boolean isBadInput(Exception e) {
		return (e instanceof PatchException || e instanceof ReviewException || e instanceof ScenarioException
				|| e instanceof IOException || e instanceof OperationCanceledException) && e.getMessage() != null;
	}

	/**
	 * Inside OSGi the extension registry does this; on a plain class path a main that runs commands does it
	 * itself.
	 */
	public static void registerEmfOutsideOsgi() {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
	}
}
