package org.faultline.patch.tests;

import java.util.ArrayList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.faultline.model.patch.Confidence;
import org.faultline.model.patch.LineKind;
import org.faultline.patch.internal.BlobEvidence;
import org.faultline.patch.internal.DiffModel.FileDiff;
import org.faultline.patch.internal.DiffModel.Hunk;
import org.faultline.patch.internal.DiffModel.Line;
import org.faultline.patch.internal.DiffParser;
import org.faultline.patch.internal.FileRepair;
import org.faultline.patch.internal.HunkResult;
import org.faultline.patch.internal.PatchInputException;

/**
 * Damages patches as a web archive does, repairs them against their base file and counts how many come back
 * byte for byte, and how many lines of hunks the repair called certain are wrong.
 */
final class RepairScore {

	private int patches;

	private int exact;

	private int unreadable;

	private int addedLines;

	private int addedLinesWrong;

	private int certainLinesWrong;

	private int proven;

	private int provenWrong;

	private final List<String> examples = new ArrayList<>();

	/** Each patch not restored, its hunks as wanted with the repair's wrong lines under the wanted ones. */
	private final List<String> failures = new ArrayList<>();

	/** Timed in the thread's processor time: the machines this runs on are shared, so wall time says little. */
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	/** How long each patch took to read and repair. */
	private final List<Long> nanos = new ArrayList<>();

	/** How many candidates of one file the search may hash. */
	private final int budget;

	RepairScore() {
		this(BlobEvidence.DEFAULT_BUDGET);
	}

	RepairScore(int budget) {
		this.budget = budget;
	}

	/** Wrong added lines by what is wrong and the confidence of their hunk. */
	private final Map<String, Integer> wrongByCategory = new TreeMap<>();

	/** Patches not restored, by what is wrong in their first wrong added line. */
	private final Map<String, Integer> patchesByCategory = new TreeMap<>();

	/** Per folder of the patched file, how many patches there were and how many came back byte for byte. */
	private final Map<String, int[]> byFolder = new TreeMap<>();

	/** What is wrong in a restored added line. */
	enum Category {
		/** the indent of a line continuing a statement inside an open parenthesis or after an operator */
		CONTINUATION,
		/** the indent of a line that starts a statement, a declaration or a brace */
		STATEMENT,
		/** the indent of a comment line */
		COMMENT,
		/** a gap inside a comment line: sentence spacing, aligned columns of a table */
		COMMENT_GAP,
		/** a gap inside a preprocessor line: a #define's value, a macro's closing backslash */
		DEFINE_GAP,
		/** a gap inside a code line: an aligned member, initializer or trailing comment */
		CODE_GAP;

		/** A line ending like this leaves its statement open. */
		private static final Pattern CONTINUED = Pattern.compile("(,|&&|\\|\\||[-+=?|])$");

		static Category of(List<Line> hunk, int index, String got) {
			String wanted = hunk.get(index).text();
			String text = wanted.strip();
			boolean comment = text.startsWith("*") || text.startsWith("/*");
			if (leading(wanted).equals(leading(got)))
				return comment ? COMMENT_GAP : text.startsWith("#") ? DEFINE_GAP : CODE_GAP;
			if (comment)
				return COMMENT;
			return continues(hunk, index) ? CONTINUATION : STATEMENT;
		}

		/** Whether the nearest non-blank line above on the new side leaves a statement open. */
		private static boolean continues(List<Line> hunk, int index) {
			for (int i = index - 1; i >= 0; i--) {
				if (hunk.get(i).kind() == LineKind.REMOVED)
					continue;
				String code = hunk.get(i).text().strip();
				if (code.isEmpty() || code.startsWith("*") || code.startsWith("/*") || code.startsWith("#"))
					return false;
				long open = code.chars().filter(c -> c == '(').count() - code.chars().filter(c -> c == ')').count();
				return open > 0 || CONTINUED.matcher(code).find();
			}
			return false;
		}

		private static String leading(String line) {
			return line.substring(0, line.length() - line.stripLeading().length());
		}
	}

	/** Scores one patch of a single file; {@code diff} is its exact text. */
	void score(String path, String base, List<String> diff) throws PatchInputException {
		patches++;
		List<Hunk> original = onlyFile(new DiffParser(diff, 1).parse()).hunks();
		long start = CPU.getCurrentThreadCpuTime();
		FileDiff damaged;
		try {
			List<String> copied = List.of(Fixtures.Damage.LEADING_WHITESPACE_STRIPPED.apply(String.join("\n", diff)).split("\n", -1));
			damaged = onlyFile(new DiffParser(copied, 1).parse());
		} catch (PatchInputException e) {
			unreadable++;
			example(path, "unreadable once damaged: " + e.getMessage());
			return;
		}
		List<HunkResult> results = FileRepair.fit(path, lines(base), damaged.hunks(), BlobEvidence.of(damaged.oldBlob(),
				damaged.newBlob(), blobId(base), base, StandardCharsets.UTF_8, budget, () -> false));
		nanos.add(CPU.getCurrentThreadCpuTime() - start);
		boolean proven = !results.isEmpty() && results.stream().allMatch(r -> r.detail().contains("proven by"));
		this.proven += proven ? 1 : 0;
		boolean same = results.size() == original.size();
		Category first = null;
		StringBuilder failure = new StringBuilder("== " + path + (proven ? " (proven)" : "") + "\n");
		for (int h = 0; h < original.size(); h++) {
			List<Line> want = original.get(h).lines();
			HunkResult result = h < results.size() ? results.get(h) : null;
			List<Line> got = result == null || result.failed() ? List.of() : result.repaired().lines();
			failure.append("@@ hunk ").append(h + 1).append(' ')
					.append(result == null ? "missing" : result.failed() ? "failed" : result.confidence()).append('\n');
			addedLines += (int) want.stream().filter(l -> l.kind() == LineKind.ADDED).count();
			for (int i = 0; i < want.size(); i++) {
				Line wanted = want.get(i);
				boolean right = i < got.size() && got.get(i).equals(wanted);
				failure.append(right ? "  " : "W ").append(wanted.kind().toString().charAt(0)).append('|')
						.append(wanted.text()).append('\n');
				if (!right && i < got.size())
					failure.append("G ").append(got.get(i).kind().toString().charAt(0)).append('|')
							.append(got.get(i).text()).append('\n');
				if (!right) {
					same = false;
					if (wanted.kind() == LineKind.ADDED) {
						addedLinesWrong++;
						String gotText = i < got.size() ? got.get(i).text() : "";
						Category category = Category.of(want, i, gotText);
						first = first == null ? category : first;
						wrongByCategory.merge(category + " " + (result == null ? "FAILED" : result.confidence()), 1,
								Integer::sum);
					}
					if (result != null && result.confidence() == Confidence.CERTAIN)
						certainLinesWrong++;
					example(path, result == null || result.failed() ? "hunk " + (h + 1) + " failed"
							: "want '" + wanted.text() + "' got '" + (i < got.size() ? got.get(i).text() : "") + "' ("
									+ result.confidence() + ")");
				}
			}
		}
		exact += same ? 1 : 0;
		int[] folder = byFolder.computeIfAbsent(path.substring(0, path.lastIndexOf('/') + 1), k -> new int[2]);
		folder[0]++;
		folder[1] += same ? 1 : 0;
		provenWrong += proven && !same ? 1 : 0;
		if (!same)
			failures.add(failure.toString());
		if (!same)
			patchesByCategory.merge(first == null ? "OTHER" : first.toString(), 1, Integer::sum);
	}

	private void example(String path, String what) {
		examples.add(path + ": " + what);
	}

	private static ObjectId blobId(String text) {
		try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
			return formatter.idFor(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static FileDiff onlyFile(List<FileDiff> files) {
		if (files.size() != 1)
			throw new IllegalArgumentException("a corpus patch changes one file, not " + files.size());
		return files.getFirst();
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		if (text.endsWith("\n"))
			lines.removeLast();
		return lines;
	}

	int patches() {
		return patches;
	}

	int exact() {
		return exact;
	}

	int certainLinesWrong() {
		return certainLinesWrong;
	}

	List<String> examples() {
		return examples;
	}

	/** The patches not restored, each as its hunks with the wrong lines wanted ({@code W}) and got ({@code G}). */
	List<String> failures() {
		return failures;
	}

	/** Adds another score's counts to this one's. */
	void add(RepairScore other) {
		patches += other.patches;
		exact += other.exact;
		unreadable += other.unreadable;
		addedLines += other.addedLines;
		addedLinesWrong += other.addedLinesWrong;
		certainLinesWrong += other.certainLinesWrong;
		proven += other.proven;
		provenWrong += other.provenWrong;
		nanos.addAll(other.nanos);
		examples.addAll(other.examples);
		failures.addAll(other.failures);
		other.wrongByCategory.forEach((k, v) -> wrongByCategory.merge(k, v, Integer::sum));
		other.patchesByCategory.forEach((k, v) -> patchesByCategory.merge(k, v, Integer::sum));
		other.byFolder.forEach((k, v) -> {
			int[] mine = byFolder.computeIfAbsent(k, f -> new int[2]);
			mine[0] += v[0];
			mine[1] += v[1];
		});
	}

	/**
	 * Patches restored per folder, wrong added lines by category and confidence, then patches not restored by their
	 * first wrong line.
	 */
	String breakdown() {
		StringBuilder folders = new StringBuilder();
		byFolder.forEach((folder, counts) -> folders.append(folders.isEmpty() ? "" : ", ")
				.append(String.format("%s %d of %d (%.1f%%)", folder, counts[1], counts[0],
						100.0 * counts[1] / counts[0])));
		return "byte-exact by folder: " + folders + "; wrong added lines " + wrongByCategory
				+ "; patches not restored, by first wrong line " + patchesByCategory;
	}

	int provenWrong() {
		return provenWrong;
	}

	String summary() {
		List<Long> sorted = nanos.stream().sorted().toList();
		return String.format("%d patches, %d byte-exact (%.1f%%), %d unreadable once damaged; added lines: %d, wrong: %d;"
				+ " lines of certain hunks wrong: %d; proven by the post-image id: %d (of them wrong: %d);"
				+ " read and repaired in %.1f ms median, %.1f ms max (processor time)", patches, exact,
				100.0 * exact / Math.max(1, patches), unreadable, addedLines, addedLinesWrong, certainLinesWrong,
				proven, provenWrong, sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
				sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
	}
}
