package org.faultline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.faultline.explore.Exploration;
import org.faultline.explore.ExplorationReport;
import org.faultline.explore.ExplorationResult;
import org.faultline.explore.Workload;
import org.faultline.explore.WorkloadResult;
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
 * {@code faultline explore}: every fault scenario of the explorer's space on the version before and after a
 * patch, what behaves differently grouped by cause, and the workloads' metrics. Parsing and printing only:
 * the versions come from the review session, the exploration from org.faultline.explore.
 */
@Command(name = "explore", description = { "Explore the space of page faults (vma kind, access, pmd and pte "
		+ "state, page cache, ->fault behaviour, fault_around_bytes, allocation failures and concurrent events "
		+ "found by running) on the versions before and after a patch, and group what behaves differently by "
		+ "cause. Without a PATCH, before and after are the two images of the embedded modelled tree." })
public final class ExploreSubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	@Mixin
	private TreeOptions trees;

	@Mixin
	private PatchOptions patches;

	@Spec
	private CommandSpec spec;

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
	public Integer call() throws IOException, PatchException, ReviewException {
		if (trees.tree != null && !patches.given())
			throw new ParameterException(spec.commandLine(), "--tree needs a PATCH or --sample");
		if (threads != null && threads < 1)
			throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
		if (sampleSize != null && sampleSize < 1)
			throw new ParameterException(spec.commandLine(), "--sample-size must be at least 1, not " + sampleSize);
		try (ReviewBase base = trees.open()) {
			try (ReviewSession session = patches.session(trees, base, spec).open()) {
				print(session);
				return 0;
			}
		}
	}

	private void print(ReviewSession session) throws IOException, ReviewException {
		Exploration exploration = session.exploration().setSeed(seed)
				.setProgressMonitor(new StderrProgress(spec.commandLine().getErr(), Terminal.detect().err()));
		if (threads != null)
			exploration.setThreads(threads);
		if (sampleSize != null)
			exploration.setSampleSize(sampleSize);
		ExplorationResult result = exploration.call();
		session.record(result);
		List<WorkloadResult> workloads = WorkloadResult.run(Workload.standard(), session.before().executable(),
				session.after().executable());
		PrintWriter out = spec.commandLine().getOut();
		if (json)
			out.println(ExplorationReport.json(result, workloads));
		else
			out.print(ExplorationReport.text(result, traces) + "\n" + ExplorationReport.text(workloads));
		out.flush();
	}
}
