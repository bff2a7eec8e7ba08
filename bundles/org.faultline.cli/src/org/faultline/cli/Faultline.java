package org.faultline.cli;

import java.io.PrintWriter;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.faultline.cli.internal.ApplySubcommand;
import org.faultline.cli.internal.DiffSubcommand;
import org.faultline.cli.internal.ExploreSubcommand;
import org.faultline.cli.internal.RunSubcommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code faultline} command: a plain list of subcommands, each a class of its own. Bad input ends with
 * one line {@code faultline: <problem>} on stderr and a non-zero exit code, never a stack trace.
 */
@Command(name = "faultline", mixinStandardHelpOptions = true, version = "Faultline 0.1.0",
		description = "Reviews Linux kernel mm patches by their behaviour on the page-fault path.",
		subcommands = { ApplySubcommand.class, DiffSubcommand.class, RunSubcommand.class,
		ExploreSubcommand.class })
public final class Faultline {

	/** Exit code for a patch that cannot be read or applied. */
	public static final int EXIT_PROBLEM = 1;

	/** Exit code for a command line that is wrong. */
	public static final int EXIT_USAGE = 2;

	public static void main(String[] args) {
		registerEmfOutsideOsgi();
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs a command line with the given output and error streams; returns the exit code. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new Faultline());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler((e, a) -> {
			err.println("faultline: " + e.getMessage());
			return EXIT_USAGE;
		});
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			err.println("faultline: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			return EXIT_PROBLEM;
		});
		if (args.length == 0) {
			err.println("faultline: no command given (see faultline --help)");
			return EXIT_USAGE;
		}
		return commandLine.execute(args);
	}

	/** Inside OSGi the extension registry does this; on a plain class path the CLI does it itself. */
	private static void registerEmfOutsideOsgi() {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
	}
}
