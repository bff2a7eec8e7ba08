package org.faultline.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;

import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.model.c.CChangeStatus;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.report.ReviewReport.FunctionReport;
import org.faultline.review.report.ReviewReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faultline diff}: the semantic diff of the fault path between the base and the base with a patch
 * (signatures, contracts, decisions, calls, moves, resource ownership), from the review session, laid out as
 * {@code faultline review} lays out its fault-path section: conditions factored and side by side.
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

	@Option(names = "--all", description = "Also list the unchanged functions and decision rows, and every "
			+ "function that takes or releases a resource.")
	private boolean all;

	@Mixin
	private ColourOption colour;

	@Override
	public Integer call() throws PatchException, ReviewException {
		Terminal terminal = Terminal.detect();
		ReviewText text = colour.text(spec, terminal);
		try (ReviewBase base = trees.open()) {
			ReviewSession.Builder builder = patch.onto(trees.session(base), spec).setPrefetch(true)
					.setProgressMonitor(new StderrProgress(spec.commandLine().getErr(), terminal.err()));
			try (ReviewSession session = builder.open()) {
				SemanticDiffResult diff = session.semanticDiff(function, null);
				List<FunctionReport> functions = ReviewReports.functions(diff, all);
				long changed = diff.functions().stream().filter(f -> f.status() != CChangeStatus.UNCHANGED).count();
				String heading = function != null ? null
						: "Fault path: " + changed + " of " + diff.functions().size() + " functions changed";
				text.faultPath(heading, functions, diff.moves(),
						all ? diff.handlers() : ReviewReports.changedHandlers(diff), ReviewReports.abbreviations(functions));
				return 0;
			}
		}
	}
}
