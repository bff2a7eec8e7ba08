package org.faultline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.jgit.lib.Repository;
import org.faultline.exec.FaultlineRun;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.exec.RunResult;
import org.faultline.exec.ScenarioException;
import org.faultline.mmtree.ModelledTree;
import org.faultline.patch.PatchException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
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

	@Parameters(index = "0", arity = "0..1", paramLabel = "PATCH",
			description = "A patch (mail, mbox, format-patch, diff or web-archive copy): after = base + PATCH.")
	private Path patch;

	@Option(names = "--sample", description = "PATCH is Faultline's sample, the seed patch \"huge tmpfs: avoid "
			+ "premature exposure of new pagetable revert\".")
	private boolean sample;

	@Option(names = "--tree", paramLabel = "DIR", description = "A git checkout (a kernel tree) instead of the "
			+ "modelled tree.")
	private Path tree;

	@Option(names = "--base", paramLabel = "REF", description = "The commit the patch applies to (default: the "
			+ "modelled tree's base, or HEAD of --tree).")
	private String base;

	@Override
	public Integer call() throws ScenarioException, IOException, PatchException {
		PrintWriter out = spec.commandLine().getOut();
		Which which = which();
		if (sample && patch != null)
			throw new ParameterException(spec.commandLine(), "give a PATCH file or --sample, not both");
		if ((scenario == null) == !all)
			throw new ParameterException(spec.commandLine(), "give --scenario FILE|NAME or --all");
		if (all && which != Which.BOTH)
			throw new ParameterException(spec.commandLine(), "--all compares both versions: leave out --version");
		// --all compares the calls made too, so it needs the traces it does not print
		FaultlineRun request = (all ? FaultlineRun.everyShippedScenario() : FaultlineRun.scenario(scenario))
				.setWhich(which).setTrace(trace || all);
		Map<String, List<RunResult>> results;
		if (patch == null && !sample && tree == null)
			results = request.callEach();
		else if (tree == null)
			try (ModelledTree modelled = ModelledTree.open()) {
				results = run(request, modelled.repository(), base == null ? ModelledTree.BASE_REF : base, which);
			}
		else
			try (Repository repository = PatchedTree.open(tree)) {
				results = run(request, repository, base == null ? "HEAD" : base, which);
			}
		out.print(all ? FaultlineRun.summary(results) : FaultlineRun.report(results.values().iterator().next()));
		out.flush();
		return 0;
	}

	private Map<String, List<RunResult>> run(FaultlineRun request, Repository repository, String baseRevision,
			Which which) throws ScenarioException, IOException, PatchException {
		String after = baseRevision;
		if (patch != null || sample)
			after = PatchedTree.apply(repository, baseRevision, PatchedTree.read(patch, sample),
					sample ? "the sample" : patch.toString());
		else if (which != Which.BEFORE)
			throw new ParameterException(spec.commandLine(), "--version " + version + " needs a PATCH with --tree");
		return request.setRefs(repository, baseRevision, after).callEach();
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
