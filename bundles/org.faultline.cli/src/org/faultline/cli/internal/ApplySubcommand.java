package org.faultline.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.faultline.cli.Faultline;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.patch.Severity;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.report.HunkDescriptions;
import org.faultline.review.report.ReviewReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline apply}: reads a patch, repairs and applies it in-core, prints the per-hunk report. */
@Command(name = "apply", description = { "Apply a patch mail, mbox series, format-patch file, unified diff or web "
		+ "archive copy in-core, as git am would, onto a commit of a git repository (default: the embedded "
		+ "modelled mm tree). The result is a commit on a ref under refs/faultline/; the working tree, index, HEAD "
		+ "and branches are never touched." })
public final class ApplySubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	@Mixin
	private TreeOptions trees;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "PATCH",
			description = "The patch file; omit it with --sample.")
	private Path patch;

	@Option(names = "--sample", description = "Apply Faultline's sample, the seed patch \"huge tmpfs: avoid "
			+ "premature exposure of new pagetable revert\".")
	private boolean sample;

	@Option(names = "--ref", paramLabel = "NAME", description = "The result ref, under refs/faultline/.")
	private String ref;

	@Option(names = { "-R", "--reverse" }, description = "Apply in reverse.")
	private boolean reverse;

	@Option(names = "--skip", paramLabel = "N", description = "Leave out the series' N-th patch (repeatable).")
	private List<Integer> skipped = new ArrayList<>();

	@Option(names = "--from", paramLabel = "N", description = "Continue the series at its N-th patch.")
	private int startAt = 1;

	@Override
	public Integer call() throws PatchException, ReviewException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (sample == (patch != null))
			throw new PatchException("give a PATCH file or --sample, not " + (sample ? "both" : "neither"), List.of());
		PatchSeries series = sample ? ReviewSession.sample() : ReviewSession.readPatch(patch);
		try (ReviewBase base = trees.open()) {
			ReviewSession.Builder builder = trees.session(base).setSeries(series).setReverse(reverse)
					.setStartAt(startAt).setRefName(ref).setProgressMonitor(new StderrProgress(err, Terminal.detect().err()));
			skipped.forEach(builder::skip);
			String revision = trees.base != null ? trees.base : base.isModelledTree() ? "huge tmpfs (model)" : "HEAD";
			out.println("tree: " + base.name() + ", base " + revision);
			try (ReviewSession session = builder.open()) {
				return report(session.series(), session.applyResult(), out, err);
			}
		}
	}

	private static int report(PatchSeries series, ApplyResult result, PrintWriter out, PrintWriter err) {
		for (PatchProblem problem : series.getProblems())
			out.println("note: " + problem.getMessage());
		for (ApplyReport report : result.reports())
			printReport(report, series.getPatches().size(), out);
		if (result.head() != null)
			out.println("commit " + result.head().name() + " on " + result.refName());
		if (!result.complete()) {
			ApplyReport failed = result.reports().getLast();
			PatchProblem first = failed.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR).findFirst()
					.orElseThrow();
			err.println("faultline: " + label(failed.getPatch(), series.getPatches().size()) + " does not apply: "
					+ ReviewReports.where(first) + first.getMessage());
			return Faultline.EXIT_PROBLEM;
		}
		return 0;
	}

	private static void printReport(ApplyReport report, int total, PrintWriter out) {
		PatchMail mail = report.getPatch();
		out.println(label(mail, total) + (mail.getAuthorName() == null ? "" : " (" + mail.getAuthorName()
				+ (mail.getDateText() == null ? "" : ", " + mail.getDateText()) + ")"));
		for (HunkReport hunk : report.getHunkReports())
			out.println("  " + hunk.getPath() + " #" + hunk.getHunkIndex() + ": " + HunkDescriptions.describe(hunk));
		Diffstat applied = report.getAppliedDiffstat();
		if (applied != null) {
			out.println("  applied: " + applied.getFilesChanged() + " files, " + applied.getInsertions()
					+ " insertions(+), " + applied.getDeletions() + " deletions(-)"
					+ (mail.getDeclaredDiffstat() == null ? " (the mail declares no diffstat)" : ""));
		}
		for (PatchProblem problem : report.getProblems()) {
			if (problem.getSeverity() != Severity.ERROR) {
				out.println("  " + problem.getSeverity().getLiteral().toLowerCase() + ": " + ReviewReports.where(problem)
						+ problem.getMessage());
			}
		}
	}

	private static String label(PatchMail mail, int total) {
		String position = mail.getSeriesIndex() > 0 ? "[" + mail.getSeriesIndex() + "/" + mail.getSeriesTotal() + "] " : "";
		return position + mail.getSubject();
	}
}
