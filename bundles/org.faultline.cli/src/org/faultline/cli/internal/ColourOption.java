package org.faultline.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --color} for the subcommands that print tables, and the {@link ReviewText} it asks for. */
public final class ColourOption {

	@Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "Colour the text: auto "
			+ "(on a terminal, unless NO_COLOR is set), always or never.")
	String when;

	/** Text on the command's stdout, coloured as asked and as wide as the terminal. */
	ReviewText text(CommandSpec spec, Terminal terminal) {
		if (!List.of("auto", "always", "never").contains(when))
			throw new ParameterException(spec.commandLine(), "--color must be auto, always or never, not " + when);
		PrintWriter out = spec.commandLine().getOut();
		return new ReviewText(out, terminal.colour(when, System.getenv()), terminal.columns());
	}
}
