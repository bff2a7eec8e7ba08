package org.faultline.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.faultline.c.diff.SemanticDiffFormatter;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faultline diff}: the semantic diff of the fault path between the base and the base with a patch
 * (signatures, contracts, decisions, calls, moves, resource ownership), from the review session.
 */
@Command(name = "diff", description = { "Compare the page-fault path before and after a patch: parameters, "
		+ "stated locking contracts, the condition under which each callee is reached, calls added, removed or "
		+ "reordered, code moved between functions, and who maps, locks and references what. Without PATCH: "
		+ "the seed patch on the embedded modelled mm tree." })
public final class DiffSubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	@Mixin
	private TreeOptions trees;

	@Spec
	private CommandSpec spec;

	@Mixin
	private PatchArgument patch;

	@Option(names = "--function", paramLabel = "F", description = "Show only this function (default: the whole "
			+ "closure of __handle_mm_fault).")
	private String function;

	@Option(names = "--all", description = "Also list unchanged functions and decision rows, and primitives.")
	private boolean all;

	@Override
	public Integer call() throws PatchException, ReviewException {
		PrintWriter out = spec.commandLine().getOut();
		try (ReviewBase base = trees.open()) {
			ReviewSession.Builder builder = patch.onto(trees.session(base), spec).setPrefetch(true)
					.setProgressMonitor(new StderrProgress(spec.commandLine().getErr(), Terminal.detect().err()));
			try (ReviewSession session = builder.open()) {
				SemanticDiffResult semantic = session.semanticDiff(function, null);
				out.print((all ? SemanticDiffFormatter.complete() : SemanticDiffFormatter.changesOnly()).format(semantic));
				out.flush();
				return 0;
			}
		}
	}
}
