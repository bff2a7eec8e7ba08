package org.faultline.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.faultline.exec.FaultlineRun;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.exec.RunResult;
import org.faultline.exec.ScenarioException;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code faultline run}: runs a fault scenario through the fault path of the version before a patch, after
 * it, or both, and prints the outcome, the findings and (with --trace) every call, lock, map, allocation and
 * pte store with its file:line.
 */
@Command(name = "run", description = { "Run a fault scenario through the page-fault path of the version before "
		+ "and/or after a patch: the C of mm/memory.c and mm/filemap.c is interpreted over a modelled machine and "
		+ "invariants are checked while it runs. Without a PATCH, before and after are the two images of the "
		+ "embedded modelled tree (huge tmpfs (model) and model of v4.6-rc)." })
public final class RunSubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	@Mixin
	private TreeOptions trees;

	@Mixin
	private PatchOptions patches;

	@Spec
	private CommandSpec spec;

	@Option(names = "--scenario", paramLabel = "FILE|NAME",
			description = "A scenario file (see docs/scenarios.md) or the name of one that ships, e.g. "
					+ "read-cached-pmd-none.")
	private String scenario;

	@Option(names = "--all", description = "Run every shipped scenario on both versions and list which behave "
			+ "differently (outcome, findings, calls made) and how.")
	private boolean all;

	@Option(names = "--version", paramLabel = "before|after|both", defaultValue = "both",
			description = "Which version to run (default: both).")
	private String version;

	@Option(names = "--trace", description = "Print the trace and the machine state before and after.")
	private boolean trace;

	@Override
	public Integer call() throws ScenarioException, PatchException, ReviewException {
		PrintWriter out = spec.commandLine().getOut();
		Which which = which();
		if ((scenario == null) == !all)
			throw new ParameterException(spec.commandLine(), "give --scenario FILE|NAME or --all");
		if (all && which != Which.BOTH)
			throw new ParameterException(spec.commandLine(), "--all compares both versions: leave out --version");
		if (!patches.given() && trees.tree != null && which != Which.BEFORE)
			throw new ParameterException(spec.commandLine(), "--version " + version + " needs a PATCH with --tree");
		try (ReviewBase base = trees.open()) {
			try (ReviewSession session = patches.session(trees, base, spec).open()) {
				// --all compares the calls made too, so it needs the traces it does not print
				Map<String, List<RunResult>> results = session.run(all ? null : scenario, which, trace || all);
				out.print(all ? FaultlineRun.summary(results) : FaultlineRun.report(results.values().iterator().next()));
				out.flush();
				return 0;
			}
		}
	}

	private Which which() {
		return switch (version) {
		case "before" -> Which.BEFORE;
		case "after" -> Which.AFTER;
		case "both" -> Which.BOTH;
		default -> throw new ParameterException(spec.commandLine(), "--version must be before, after or both, not "
				+ version);
		};
	}
}
