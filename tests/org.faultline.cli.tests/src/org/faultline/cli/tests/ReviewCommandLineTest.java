package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.cli.Faultline;
import org.faultline.mmtree.ModelledTree;
import org.faultline.review.ReviewBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code faultline review}: the seed's review, each documented exit code, JSON against its schema, HTML, series. */
class ReviewCommandLineTest {

	@TempDir
	Path dir;

	/** A patch that only adds a file: it applies anywhere and changes nothing on the fault path. */
	private static String newFile(String name, String tag, String subject) {
		return "From: Ada Reviewer <ada@example.org>\nSubject: [" + tag + "] " + subject + "\n\n---\n"
				+ "diff --git a/Documentation/" + name + " b/Documentation/" + name + "\nnew file mode 100644\n"
				+ "--- /dev/null\n+++ b/Documentation/" + name + "\n@@ -0,0 +1 @@\n+" + subject + "\n";
	}

	private static final String STALE = "--- a/mm/memory.c\n+++ b/mm/memory.c\n@@ -1,2 +1,2 @@\n no such\n-lines here\n+at all\n";

	@Test
	void theSeedIsReviewedWithFindingsFirstAndExitsWithFixes() {
		CommandLineRun run = CommandLineRun.of("review");
		assertEquals(Faultline.EXIT_FIXES, run.exit(), run.err());
		String out = run.out();
		assertTrue(out.startsWith("Review of \"huge tmpfs: avoid premature exposure of new pagetable revert\""), out);
		assertTrue(out.contains("Verdict: the patch fixes 3 findings of the old version and brings none"), out);
		assertTrue(out.indexOf("Findings (") < out.indexOf("\nApply") && out.indexOf("\nApply") < out.indexOf("Fault path:"),
				"findings first, then apply, then the fault path");
		assertTrue(Pattern.compile("(?m)^  fixed +read-cached-pmd-none +allocation under page lock").matcher(out).find(), out);
		assertTrue(out.contains("decisions: when each fault-path callee is reached"), out);
		assertTrue(out.contains("arch_vma_access_permitted(…)"), "the long call is abbreviated");
		assertTrue(out.contains("Abbreviated calls"), "and given in full in the legend");
		assertTrue(out.contains("Scenarios: 15 run on both versions, 6 behave differently"), out);
		assertFalse(out.contains("\u001b["), "no colour in a pipe");
		assertEquals("", run.err(), "no progress bar off a terminal");
		for (String line : out.split("\n"))
			assertTrue(line.length() <= 120, "wider than the default 120 columns: " + line);
	}

	@Test
	void colourOnlyWhenAskedOrOnATerminal() {
		CommandLineRun run = CommandLineRun.of("review", "--color", "always");
		assertTrue(run.out().contains("\u001b[32m"), "fixed findings in green");
		CommandLineRun wrong = CommandLineRun.of("review", "--color", "sometimes");
		assertEquals(Faultline.EXIT_USAGE, wrong.exit());
		assertEquals("faultline: --color must be auto, always or never, not sometimes" + System.lineSeparator(), wrong.err());
	}

	@Test
	void aPatchThatChangesNoFindingExitsZero() throws Exception {
		Path patch = Files.writeString(dir.resolve("doc.patch"), newFile("fault-notes.txt", "PATCH", "doc: notes on faults"));
		CommandLineRun run = CommandLineRun.of("review", patch.toString());
		assertEquals(Faultline.EXIT_OK, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("Fault path: 0 of "), run.out());
	}

	/** The seed backwards, from the modelled v4.6-rc image to the base, brings back what the seed fixes. */
	@Test
	void newFindingsInTheNewVersionExitFour() throws Exception {
		Path patch = dir.resolve("revert.patch");
		try (ReviewBase base = ReviewBase.modelledTree(); RevWalk walk = new RevWalk(base.repository())) {
			Repository repository = base.repository();
			ByteArrayOutputStream diff = new ByteArrayOutputStream();
			try (DiffFormatter formatter = new DiffFormatter(diff)) {
				formatter.setRepository(repository);
				formatter.format(walk.parseCommit(repository.resolve(ModelledTree.V4_6_RC_TAG)).getTree(),
						walk.parseCommit(repository.resolve(ModelledTree.BASE_REF)).getTree());
			}
			Files.write(patch, diff.toByteArray());
		}
		CommandLineRun run = CommandLineRun.of("review", patch.toString(), "--base", ModelledTree.V4_6_RC_TAG);
		assertEquals(Faultline.EXIT_NEW_FINDINGS, run.exit(), run.out() + run.err());
		assertTrue(Pattern.compile("(?m)^  new +read-cached-pmd-none +allocation under page lock").matcher(run.out()).find(),
				run.out());
	}

	/** A call of a function no tree defines, added to handle_pte_fault: every run through it is incomplete. */
	@Test
	void aReviewThatReachesAnUnknownFunctionExitsFive() throws Exception {
		String file;
		try (ReviewBase base = ReviewBase.modelledTree(); RevWalk walk = new RevWalk(base.repository())) {
			Repository repository = base.repository();
			try (TreeWalk memory = TreeWalk.forPath(repository, "mm/memory.c",
					walk.parseCommit(repository.resolve(ModelledTree.BASE_REF)).getTree())) {
				file = new String(repository.open(memory.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
			}
		}
		String declarations = "\tpte_t entry;\n\tspinlock_t *ptl;\n\n";
		int at = file.indexOf(declarations, file.indexOf("static int handle_pte_fault(")) + declarations.length();
		RawText before = new RawText(file.getBytes(StandardCharsets.UTF_8));
		RawText after = new RawText((file.substring(0, at) + "\tfault_audit(vma, address);\n\n" + file.substring(at))
				.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream diff = new ByteArrayOutputStream();
		diff.writeBytes("diff --git a/mm/memory.c b/mm/memory.c\n--- a/mm/memory.c\n+++ b/mm/memory.c\n"
				.getBytes(StandardCharsets.UTF_8));
		try (DiffFormatter formatter = new DiffFormatter(diff)) {
			formatter.format(new HistogramDiff().diff(RawTextComparator.DEFAULT, before, after), before, after);
		}
		Path patch = Files.write(dir.resolve("audit.patch"), diff.toByteArray());
		CommandLineRun run = CommandLineRun.of("review", patch.toString());
		assertEquals(Faultline.EXIT_INCOMPLETE, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("fault_audit()"), run.out());
	}

	@Test
	void aPatchThatDoesNotApplyExitsOneWithTheApplyReport() throws Exception {
		Path patch = Files.writeString(dir.resolve("stale.patch"), STALE);
		CommandLineRun run = CommandLineRun.of("review", patch.toString());
		assertEquals(Faultline.EXIT_PROBLEM, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("does not apply: "), run.out());
		assertFalse(run.out().contains("Fault path:"), "nothing else is reviewed");
	}

	@Test
	void aWrongCommandLineExitsTwo() throws Exception {
		Path patch = Files.writeString(dir.resolve("doc.patch"), newFile("a.txt", "PATCH", "doc: a"));
		CommandLineRun run = CommandLineRun.of("review", "--sample", patch.toString());
		assertEquals(Faultline.EXIT_USAGE, run.exit());
		assertEquals("faultline: give a PATCH file or --sample, not both" + System.lineSeparator(), run.err());
	}

	@Command(name = "crash")
	static final class Crash implements java.util.concurrent.Callable<Integer> {
		@Override
		public Integer call() {
			Object nothing = null;
			return nothing.hashCode();
		}
	}

	@Test
	void aBugSaysSoGivesItsExitCodeAndLeavesTheStackTraceInAFile() throws Exception {
		StringWriter err = new StringWriter();
		CommandLine commandLine = Faultline.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
		commandLine.addSubcommand(new Crash());
		assertEquals(Faultline.EXIT_INTERNAL, commandLine.execute("crash"));
		Matcher m = Pattern.compile("faultline: internal error \\(a bug in Faultline, exit code 70\\): "
				+ "java.lang.NullPointerException.*; the stack trace is in (\\S+); please report it").matcher(err.toString());
		assertTrue(m.find(), err.toString());
		Path trace = Path.of(m.group(1));
		try {
			assertTrue(Files.readString(trace).contains("at org.faultline.cli.tests.ReviewCommandLineTest$Crash.call"));
		} finally {
			Files.delete(trace);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theJsonMatchesItsSchema() throws Exception {
		CommandLineRun run = CommandLineRun.of("review", "--json");
		assertEquals(Faultline.EXIT_FIXES, run.exit(), run.err());
		Map<String, Object> schema = (Map<String, Object>) Json.parse(
				Files.readString(Path.of("../../docs/json-schema/review-v1.schema.json")));
		Object review = Json.parse(run.out());
		assertEquals(List.of(), SchemaCheck.problems(schema, review));
		Map<String, Object> document = (Map<String, Object>) review;
		assertEquals("fixes-findings", document.get("verdict"));
		Map<String, Object> broken = new java.util.LinkedHashMap<>(document);
		broken.put("verdict", "fine");
		broken.remove("reviews");
		assertEquals(2, SchemaCheck.problems(schema, broken).size(), "the check sees a wrong value and a missing member");
	}

	@Test
	void theHtmlReportIsOneFileWithNothingOutside() throws Exception {
		CommandLineRun run = CommandLineRun.of("review", "--html", dir.resolve("report").toString());
		assertEquals(Faultline.EXIT_FIXES, run.exit(), run.err());
		String html = Files.readString(dir.resolve("report/index.html"));
		assertTrue(html.contains("<svg class=\"callgraph\""), "the call graph");
		assertTrue(html.contains("<g class=\"node changed\"><title>handle_pte_fault"), "handle_pte_fault marked changed");
		assertTrue(html.contains("class=\"after differs\""), "sides that differ are marked");
		assertTrue(html.contains("<td class=\"src\"><code>"), "trace steps with their source lines");
		Matcher outside = Pattern.compile("(?i)(src|href|xlink:href|action)\\s*=\\s*\"(?!#)|url\\((?!#)|@import|<script|<link")
				.matcher(html);
		assertFalse(outside.find(), () -> "an external reference: " + html.substring(outside.start(), outside.end() + 40));
		assertEquals(List.of(dir.resolve("report/index.html")), Files.list(dir.resolve("report")).toList());
	}

	@Test
	void aSeriesIsReviewedPatchByPatchAndStopsAtOneThatDoesNotApply() throws Exception {
		String good = newFile("one.txt", "PATCH 1/3", "doc: one");
		String stale = "From: Ada Reviewer <ada@example.org>\nSubject: [PATCH 2/3] mm: stale\n\n---\n" + STALE;
		String third = newFile("three.txt", "PATCH 3/3", "doc: three");
		Path mbox = Files.writeString(dir.resolve("series.mbox"), mbox(good) + mbox(stale) + mbox(third));
		CommandLineRun stops = CommandLineRun.of("review", mbox.toString());
		assertEquals(Faultline.EXIT_PROBLEM, stops.exit(), stops.out() + stops.err());
		List<String> lines = stops.out().lines().toList();
		assertEquals(2, lines.size(), stops.out());
		assertTrue(lines.get(0).matches(" 1 same +\\[1/3\\] doc: one .*"), lines.get(0));
		assertTrue(lines.get(1).matches(" 2 no apply +\\[2/3\\] mm: stale .*"), lines.get(1));
		CommandLineRun goesOn = CommandLineRun.of("review", mbox.toString(), "--continue");
		assertEquals(Faultline.EXIT_PROBLEM, goesOn.exit());
		assertEquals(3, goesOn.out().lines().count(), goesOn.out());
		assertTrue(goesOn.out().lines().toList().get(2).matches(" 3 same +\\[3/3\\] doc: three .*"), goesOn.out());
	}

	@Test
	void withFullASeriesPrintsEachPatchsReviewAfterTheSummaryLines() throws Exception {
		String one = newFile("one.txt", "PATCH 1/2", "doc: one");
		String two = newFile("two.txt", "PATCH 2/2", "doc: two");
		Path mbox = Files.writeString(dir.resolve("pair.mbox"), mbox(one) + mbox(two));
		CommandLineRun run = CommandLineRun.of("review", mbox.toString(), "--full");
		assertEquals(Faultline.EXIT_OK, run.exit(), run.out() + run.err());
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).matches(" 1 same +\\[1/2\\] doc: one .*"), run.out());
		assertTrue(lines.get(1).matches(" 2 same +\\[2/2\\] doc: two .*"), run.out());
		int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Patch 1 of 2 ===")).findFirst().orElseThrow());
		int second = lines.indexOf(lines.stream().filter(l -> l.startsWith("Patch 2 of 2 ===")).findFirst().orElseThrow());
		assertTrue(first > 1 && second > first, run.out());
		assertEquals("Review of \"doc: one\"", lines.get(first + 1), run.out());
		assertTrue(lines.subList(first, second).contains("Apply"), "the first patch's apply report");
		assertEquals("Review of \"doc: two\"", lines.get(second + 1), run.out());
		assertEquals(2, CommandLineRun.of("review", mbox.toString()).out().lines().count(), "without --full: the lines");
	}

	private static String mbox(String mail) {
		return "From ada@example.org Mon Mar  2 10:00:00 2026\n" + mail + "\n";
	}

	@Test
	void everyCommandHasHelpWithItsExitCodes() {
		for (String command : List.of("review", "annotate", "apply", "diff", "run")) {
			CommandLineRun run = CommandLineRun.of(command, "--help");
			assertEquals(0, run.exit(), command);
			assertTrue(run.out().startsWith("Usage: faultline " + command), run.out());
		}
		CommandLineRun top = CommandLineRun.of("--help");
		assertTrue(top.out().contains("Exit codes:"), top.out());
		for (int code : new int[] { Faultline.EXIT_OK, Faultline.EXIT_PROBLEM, Faultline.EXIT_USAGE, Faultline.EXIT_FIXES,
				Faultline.EXIT_NEW_FINDINGS, Faultline.EXIT_INTERNAL })
			assertTrue(Pattern.compile("(?m)^ +" + code + " +\\S").matcher(top.out()).find(), "exit code " + code);
	}
}
