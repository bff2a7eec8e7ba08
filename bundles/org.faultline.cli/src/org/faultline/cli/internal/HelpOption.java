package org.faultline.cli.internal;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} for a subcommand. Subcommands do not take picocli's standard help mixin because its
 * {@code --version} would clash with {@code run --version before|after|both}.
 */
public final class HelpOption {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help message and exit.")
	boolean help;
}
