package org.faultline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.faultline.exec.ScenarioException;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.report.ReviewHtml;
import org.faultline.review.report.ReviewJson;
import org.faultline.review.report.ReviewReport;
import org.faultline.review.report.ReviewReports;
import org.faultline.review.report.ReviewReports.Extra;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faultline review}: the whole review of a patch (or of each patch of a series) from the review core's
 * report, as text, JSON or an HTML page; the exit code is the verdict.
 */
@Command(name = "review", description = { "Review a patch: how it applies, its findings first (from every shipped "
		+ "fault scenario run on the version before and after it), the functions of the page-fault path it changes "
		+ "with their decision rows and resource balances side by side, and how each scenario behaves on both "
		+ "versions. Without PATCH: the seed patch on the embedded modelled mm tree. A series is reviewed patch by "
		+ "patch, each on the ones before, one line per patch (--full adds each patch's review)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no finding on one version that the other lacks",
				"1:the patch (or one of the series) does not apply or cannot be read",
				"2:the command line is wrong", "3:findings of the old version are gone, none are new",
				"4:the new version has findings the old one did not", "70:internal error (a bug in Faultline)" })
public final class ReviewSubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	@Mixin
	private TreeOptions trees;

	@Spec
	private CommandSpec spec;

	@Mixin
	private PatchArgument patch;

	@Option(names = "--json", description = "Write the review as JSON (docs/json-schema/review-v1.schema.json) "
			+ "instead of text.")
	private boolean json;

	@Option(names = "--html", paramLabel = "DIR", description = "Also write an offline HTML report, DIR/index.html.")
	private Path html;

	@Option(names = "--continue", description = "In a series, go on after a patch that does not apply (the next "
			+ "patches then apply without it).")
	private boolean goOn;

	@Option(names = "--full", description = "In a series, after the line per patch, print each patch's whole "
			+ "review.")
	private boolean full;

	@Mixin
	private ColourOption colour;

	@Override
	public Integer call() throws PatchException, ReviewException, ScenarioException, IOException {
		PrintWriter out = spec.commandLine().getOut();
		Terminal terminal = Terminal.detect();
		ReviewText text = colour.text(spec, terminal);
		PatchSeries series = patch.read(spec);
		int total = series.getPatches().size();
		List<ReviewReport> reports = new ArrayList<>();
		try (ReviewBase base = trees.open()) {
			String revision = trees.base;
			for (int position = 1; position <= total; position++) {
				ReviewSession.Builder builder = trees.session(base).setSeries(series).setStartAt(position)
						.setPrefetch(true);
				if (revision != null)
					builder.setBaseRevision(revision);
				for (int later = position + 1; later <= total; later++)
					builder.skip(later);
				try (ReviewSession session = builder.open()) {
					ReviewReport report = ReviewReports.of(session, extras(),
							new StderrProgress(spec.commandLine().getErr(), terminal.err()));
					reports.add(report);
					if (!json && total > 1)
						text.summaryLine(position, report);
					if (session.hasAfter())
						revision = session.applyResult().head().name();
					else if (!goOn)
						break;
				}
			}
		}
		if (json)
			ReviewJson.write(reports, out);
		else if (total == 1)
			text.print(reports.getFirst());
		else if (full)
			for (int i = 0; i < reports.size(); i++)
				text.printInSeries(i + 1, total, reports.get(i));
		out.flush();
		if (html != null)
			spec.commandLine().getErr().println("faultline: the HTML report is " + ReviewHtml.write(reports, html));
		return Verdicts.exitCode(ReviewReports.overall(reports),
				reports.stream().anyMatch(r -> !r.incompleteRuns().isEmpty()));
	}

	/** Only what the chosen outputs show is computed: the text shows neither the call graph nor trace sources. */
	private Set<Extra> extras() {
		Set<Extra> extras = EnumSet.noneOf(Extra.class);
		if (json || html != null)
			extras.add(Extra.CALL_GRAPH);
		if (html != null)
			extras.add(Extra.TRACE_SOURCES);
		return extras;
	}
}
