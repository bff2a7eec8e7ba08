package org.faultline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jgit.lib.Repository;
import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.ModelledVersions;
import org.faultline.exec.VersionSources;
import org.faultline.explore.Exploration;
import org.faultline.explore.ExplorationReport;
import org.faultline.explore.ExplorationResult;
import org.faultline.explore.Workload;
import org.faultline.explore.WorkloadResult;
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
 * {@code faultline explore}: every fault scenario of the explorer's space on the version before and after a
 * patch, what behaves differently grouped by cause, and the workloads' metrics. Parsing and printing only;
 * the exploration is org.faultline.explore's.
 */
@Command(name = "explore", description = { "Explore the space of page faults (vma kind, access, pmd and pte "
		+ "state, page cache, ->fault behaviour, fault_around_bytes, allocation failures and concurrent events "
		+ "found by running) on the versions before and after a patch, and group what behaves differently by "
		+ "cause. Without a PATCH, before and after are the two images of the embedded modelled tree." })
public final class ExploreSubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "PATCH",
			description = "A patch (mail, mbox, format-patch, diff or web-archive copy): after = base + PATCH.")
	private Path patch;

	@Option(names = "--sample", description = "PATCH is Faultline's sample, the seed patch.")
	private boolean sample;

	@Option(names = "--tree", paramLabel = "DIR", description = "A git checkout (a kernel tree) instead of the "
			+ "modelled tree; needs a PATCH or --sample.")
	private Path tree;

	@Option(names = "--base", paramLabel = "REF", description = "The commit the patch applies to (default: the "
			+ "modelled tree's base, or HEAD of --tree).")
	private String base;

	@Option(names = "--json", description = "Print the result as JSON.")
	private boolean json;

	@Option(names = "--traces", description = "Print each group's representative scenario and both traces.")
	private boolean traces;

	@Option(names = "--threads", paramLabel = "N", description = "Threads to run on (default: all cores).")
	private Integer threads;

	@Option(names = "--sample-size", paramLabel = "N", description = "Run at most N scenarios; a larger space is "
			+ "sampled (default " + Exploration.DEFAULT_SAMPLE_SIZE + ").")
	private Integer sampleSize;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed of the sample "
			+ "(default 1).")
	private long seed;

	@Override
	public Integer call() throws IOException, PatchException {
		if (sample && patch != null)
			throw new ParameterException(spec.commandLine(), "give a PATCH file or --sample, not both");
		if (tree != null && patch == null && !sample)
			throw new ParameterException(spec.commandLine(), "--tree needs a PATCH or --sample");
		if (threads != null && threads < 1)
			throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
		if (sampleSize != null && sampleSize < 1)
			throw new ParameterException(spec.commandLine(), "--sample-size must be at least 1, not " + sampleSize);
		ExecutableVersion[] versions = versions();
		Exploration exploration = Exploration.between(versions[0], versions[1]).setSeed(seed)
				.setProgressMonitor(new StderrProgress(spec.commandLine().getErr()));
		if (threads != null)
			exploration.setThreads(threads);
		if (sampleSize != null)
			exploration.setSampleSize(sampleSize);
		ExplorationResult result = exploration.call();
		List<WorkloadResult> workloads = WorkloadResult.run(Workload.standard(), versions[0], versions[1]);
		PrintWriter out = spec.commandLine().getOut();
		if (json)
			out.println(ExplorationReport.json(result, workloads));
		else
			out.print(ExplorationReport.text(result, traces) + "\n" + ExplorationReport.text(workloads));
		out.flush();
		return 0;
	}

	private ExecutableVersion[] versions() throws IOException, PatchException {
		if (patch == null && !sample)
			return new ExecutableVersion[] { ModelledVersions.before(), ModelledVersions.after() };
		if (tree == null)
			try (ModelledTree modelled = ModelledTree.open()) {
				return applied(modelled.repository(), base == null ? ModelledTree.BASE_REF : base);
			}
		try (Repository repository = PatchedTree.open(tree)) {
			return applied(repository, base == null ? "HEAD" : base);
		}
	}

	private ExecutableVersion[] applied(Repository repository, String baseRevision)
			throws IOException, PatchException {
		String after = PatchedTree.apply(repository, baseRevision, PatchedTree.read(patch, sample),
				sample ? "the sample" : patch.toString());
		return new ExecutableVersion[] { load("before (" + baseRevision + ")", repository, baseRevision),
				load("after (" + (sample ? "the sample" : patch.getFileName()) + ")", repository, after) };
	}

	private static ExecutableVersion load(String label, Repository repository, String revision) throws IOException {
		return ExecutableVersion.load(label, VersionSources.reader(repository, VersionSources.tree(repository, revision)));
	}
}
