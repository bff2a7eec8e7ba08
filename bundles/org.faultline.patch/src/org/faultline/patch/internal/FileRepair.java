package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.faultline.model.patch.Confidence;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.model.patch.LineKind;
import org.faultline.patch.internal.DiffModel.Hunk;
import org.faultline.patch.internal.DiffModel.Line;

/**
 * Fits the hunks of one file diff onto the file's text. A hunk fits exactly (maybe at an offset); else its
 * old side (context and removed lines) is matched ignoring whitespace, the file's exact text is restored for
 * those lines and, when the patch lost its indentation, added lines are re-indented in the file's style: like
 * the line they replace, like an identical line the patch removes elsewhere, or by the structure above them.
 * Two equally near positions are an error naming both.
 */
public final class FileRepair {

	/** Lines shorter than this (without whitespace) say too little to borrow indentation from: "}", "", "*\/". */
	private static final int MEANINGFUL_LENGTH = 4;

	/** How much of an added line must equal a removed line's start for it to count as replacing that line. */
	private static final double REPLACED_SIMILARITY = 0.6;

	/** How many lines above a hunk the indenter looks at. */
	private static final int LOOK_BACK = 80;

	private final String path;

	private final List<String> file;

	private final List<String> squashedFile;

	/** How many intact lines around an added line its inner alignment is learnt from, on each side. */
	private static final int NEIGHBOURS = 6;

	private final Indenter indenter;

	private final Spacing spacing;

	/** Per hunk, its repair by the rules alone, once a search has run it. */
	private final Map<Integer, RulesRun> rulesRuns = new HashMap<>();

	/** How many added lines have been repaired: the measure of a search's work. */
	private int linesRepaired;

	/** Whether the comment nearest to a hunk's place puts two spaces after a sentence: a search asks often. */
	private final Map<Integer, Optional<Boolean>> sentencesNear = new HashMap<>();

	private FileRepair(String path, List<String> fileLines) {
		this.path = path;
		this.file = fileLines;
		this.squashedFile = fileLines.stream().map(FileRepair::squash).toList();
		this.indenter = Indenter.forFile(fileLines);
		this.spacing = Spacing.forFile(fileLines);
	}

	/**
	 * @param fileLines
	 *            the file's lines without line ends
	 * @return one result per hunk, in order
	 */
	public static List<HunkResult> fit(String path, List<String> fileLines, List<Hunk> hunks) {
		return fit(path, fileLines, hunks, new BlobEvidence.None());
	}

	/**
	 * As {@link #fit(String, List, List)}, and where the patch names the post-image's blob id, the repair whose
	 * result has it is looked for among the rules' alternatives: found, every hunk of the file is proven.
	 */
	public static List<HunkResult> fit(String path, List<String> fileLines, List<Hunk> hunks, BlobEvidence evidence) {
		FileRepair repair = new FileRepair(path, fileLines);
		Fitted fitted = repair.place(hunks);
		return switch (evidence) {
			case BlobEvidence.None none -> repair.results(fitted, Choices.FIRST);
			case BlobEvidence.OtherBase other -> noted(repair.results(fitted, Choices.FIRST),
					"the patch was made on blob " + other.patchBlob() + ", the tree has " + other.treeBlob()
							+ ": not provable by its index line");
			case BlobEvidence.PostImageId id -> proven(fileLines, fitted, repair, id);
		};
	}

	private static List<HunkResult> proven(List<String> fileLines, Fitted fitted, FileRepair repair,
			BlobEvidence.PostImageId id) {
		ProofSearch.Outcome outcome = new ProofSearch(choices -> repair.results(fitted, choices),
				() -> repair.linesRepaired, new PostImage(fileLines, id.endsWithNewline(), id.charset()), id).search();
		if (outcome.proven()) {
			String proof = "proven by the post-image id " + id.postBlob() + " (" + outcome.tries()
					+ (outcome.tries() == 1 ? " candidate)" : " candidates)");
			return outcome.results().stream().map(h -> h.failed() ? h : h.with(Confidence.CERTAIN, proof)).toList();
		}
		if (id.tries() < 1)
			return noted(outcome.results(), "the index line's id " + id.postBlob() + " is too short to prove a repair");
		return noted(outcome.results(), "not proven: none of " + outcome.tries()
				+ " candidates has the post-image id " + id.postBlob() + (outcome.cancelled() ? " (cancelled)" : ""));
	}

	/** The results with a note on the hunks whose lines rest on the repair's judgement. */
	private static List<HunkResult> noted(List<HunkResult> results, String note) {
		return results.stream()
				.map(h -> h.failed() || h.confidence() == Confidence.CERTAIN ? h : h.with(h.confidence(), note))
				.toList();
	}

	/** A line with all whitespace removed: what survives any whitespace damage. */
	static String squash(String line) {
		StringBuilder out = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (!Character.isWhitespace(c))
				out.append(c);
		}
		return out.toString();
	}

	private record Placement(int position, HunkOutcome outcome, int candidates, String detail) {
	}

	/** Where each hunk of a file fits, and what the file diff as a whole shows of its damage. */
	private record Fitted(List<Hunk> hunks, List<Placement> placements, Signs signs,
			Map<String, List<String>> removedLines) {
	}

	private Fitted place(List<Hunk> hunks) {
		List<Placement> placements = new ArrayList<>();
		int searchFrom = 0;
		int shift = 0;
		for (Hunk hunk : hunks) {
			int expected = Math.max(0, headerPosition(hunk) + shift);
			Placement placement = place(oldSide(hunk), expected, searchFrom, headerPosition(hunk));
			placements.add(placement);
			if (placement.outcome() != HunkOutcome.FAILED) {
				shift = placement.position() - headerPosition(hunk);
				searchFrom = placement.position() + hunk.oldCount();
			}
		}
		boolean fileDamaged = false;
		for (int i = 0; i < hunks.size(); i++) {
			fileDamaged |= placements.get(i).outcome() == HunkOutcome.WHITESPACE_REPAIRED
					&& lostIndentation(hunks.get(i), placements.get(i).position()) != Boolean.FALSE
					|| placements.get(i).outcome() != HunkOutcome.FAILED && collapsedAdded(hunks.get(i));
		}
		boolean intact = hunks.stream().flatMap(h -> h.lines().stream()).map(Line::text)
				.anyMatch(t -> t.indexOf('\t') >= 0 || t.contains("  "));
		// a web archive keeps a line's leading blanks as one space: with that seen, a line without one had none
		boolean collapsed = !intact && hunks.stream().anyMatch(this::collapsedAdded)
				&& !removedLostAllIndentation(hunks, placements);
		return new Fitted(hunks, placements, new Signs(fileDamaged, intact, collapsed),
				removedLines(hunks, placements));
	}

	private List<HunkResult> results(Fitted fitted, Choices choices) {
		List<HunkResult> results = new ArrayList<>();
		for (int i = 0; i < fitted.hunks().size(); i++) {
			if (!(choices instanceof ChoiceScript script)) {
				results.add(result(i + 1, fitted.hunks().get(i), fitted.placements().get(i), fitted.signs(),
						fitted.removedLines(), choices, new Checkpoints()));
				continue;
			}
			// a hunk is repaired apart from the others: where a search departs from the rules elsewhere, the
			// rules' own run of it stands
			int start = script.decisions();
			RulesRun rules = rulesRuns.get(i);
			if (rules != null && !script.departsIn(i)) {
				script.replay(rules.met());
				results.add(rules.result());
				continue;
			}
			Checkpoints checkpoints = rules != null ? rules.checkpoints() : new Checkpoints();
			HunkResult result = result(i + 1, fitted.hunks().get(i), fitted.placements().get(i), fitted.signs(),
					fitted.removedLines(), script, checkpoints);
			if (!script.departsIn(i)) {
				ChoiceScript.Met met = script.since(start);
				rulesRuns.put(i, new RulesRun(result, met, checkpoints.complete(met)));
			}
			results.add(result);
		}
		return results;
	}

	/** A hunk as the rules alone repair it, the decisions they met, and where a candidate may take it up. */
	private record RulesRun(HunkResult result, ChoiceScript.Met met, Checkpoints checkpoints) {
	}

	/**
	 * The 0-based line where the header puts the hunk's old side; a hunk without old lines names the line
	 * after which it inserts.
	 */
	private static int headerPosition(Hunk hunk) {
		return Math.max(0, hunk.oldCount() == 0 ? hunk.oldStart() : hunk.oldStart() - 1);
	}

	private static List<String> oldSide(Hunk hunk) {
		return hunk.lines().stream().filter(Line::onOldSide).map(Line::text).toList();
	}

	private Placement place(List<String> old, int expected, int searchFrom, int headerPosition) {
		if (old.isEmpty()) {
			int position = Math.min(Math.max(expected, searchFrom), file.size());
			return new Placement(position, position == headerPosition ? HunkOutcome.EXACT : HunkOutcome.OFFSET, 1, "");
		}
		List<Integer> exact = candidates(old, searchFrom, false);
		if (!exact.isEmpty())
			return choose(exact, expected, headerPosition, false);
		List<Integer> loose = candidates(old, searchFrom, true);
		if (!loose.isEmpty())
			return choose(loose, expected, headerPosition, true);
		return bestFailure(old, expected, searchFrom);
	}

	private List<Integer> candidates(List<String> old, int searchFrom, boolean ignoreWhitespace) {
		List<String> wanted = ignoreWhitespace ? old.stream().map(FileRepair::squash).toList() : old;
		List<String> haystack = ignoreWhitespace ? squashedFile : file;
		List<Integer> found = new ArrayList<>();
		for (int p = searchFrom; p + wanted.size() <= haystack.size(); p++) {
			if (matchesAt(haystack, wanted, p))
				found.add(p);
		}
		return found;
	}

	private static boolean matchesAt(List<String> haystack, List<String> wanted, int position) {
		for (int i = 0; i < wanted.size(); i++) {
			if (!haystack.get(position + i).equals(wanted.get(i)))
				return false;
		}
		return true;
	}

	private Placement choose(List<Integer> positions, int expected, int headerPosition, boolean repaired) {
		int best = positions.getFirst();
		for (int p : positions) {
			if (Math.abs(p - expected) < Math.abs(best - expected))
				best = p;
		}
		for (int p : positions) {
			if (p != best && Math.abs(p - expected) == Math.abs(best - expected)) {
				return new Placement(Math.min(p, best), HunkOutcome.FAILED, positions.size(),
						"fits equally well at lines " + (Math.min(p, best) + 1) + " and " + (Math.max(p, best) + 1));
			}
		}
		HunkOutcome outcome = repaired ? HunkOutcome.WHITESPACE_REPAIRED
				: best == headerPosition ? HunkOutcome.EXACT : HunkOutcome.OFFSET;
		return new Placement(best, outcome, positions.size(), positions.size() == 1 ? "" : otherPositions(positions, best));
	}

	private static String otherPositions(List<Integer> positions, int chosen) {
		StringBuilder text = new StringBuilder("nearest of ").append(positions.size()).append(" places; also fits at line");
		positions.stream().filter(p -> p != chosen).limit(5).forEach(p -> text.append(' ').append(p + 1));
		return text.toString();
	}

	/** The position where most of the old side matches ignoring whitespace, and where it first differs. */
	private Placement bestFailure(List<String> old, int expected, int searchFrom) {
		List<String> wanted = old.stream().map(FileRepair::squash).toList();
		int bestPosition = Math.min(Math.max(searchFrom, expected), Math.max(0, file.size() - 1));
		int bestScore = -1;
		for (int p = searchFrom; p < file.size(); p++) {
			int score = 0;
			for (int i = 0; i < wanted.size() && p + i < file.size(); i++)
				score += squashedFile.get(p + i).equals(wanted.get(i)) ? 1 : 0;
			if (score > bestScore || score == bestScore && Math.abs(p - expected) < Math.abs(bestPosition - expected)) {
				bestScore = score;
				bestPosition = p;
			}
		}
		String detail;
		if (file.isEmpty() || bestScore <= 0) {
			detail = "no place in the file matches any of its " + old.size() + " old lines; first: '" + old.getFirst() + "'";
		} else {
			int differs = 0;
			while (differs < wanted.size() && bestPosition + differs < file.size()
					&& squashedFile.get(bestPosition + differs).equals(wanted.get(differs))) {
				differs++;
			}
			String fileLine = bestPosition + differs < file.size() ? "'" + file.get(bestPosition + differs).strip() + "'"
					: "end of file";
			detail = "best candidate at line " + (bestPosition + 1) + " (" + bestScore + " of " + old.size()
					+ " old lines match); first difference at line " + (bestPosition + differs + 1) + ": patch has '"
					+ old.get(differs).strip() + "', file has " + fileLine;
		}
		return new Placement(bestPosition, HunkOutcome.FAILED, 0, detail);
	}

	/**
	 * Whether the patch's old side lost leading whitespace against the file at this position: true or false
	 * when a non-blank line indented by more than one blank tells, null when none does.
	 */
	private Boolean lostIndentation(Hunk hunk, int position) {
		int at = position;
		Boolean lost = null;
		for (Line line : hunk.lines()) {
			if (!line.onOldSide())
				continue;
			String actual = file.get(at++);
			String leading = Indenter.leading(actual);
			// one blank is what an archive leaves of any indentation: such a line shows nothing either way
			if (!leading.isEmpty() && !leading.equals(" ") && !actual.isBlank()) {
				if (!leading.equals(Indenter.leading(line.text())))
					return true;
				lost = false;
			}
		}
		return lost;
	}

	/**
	 * Whether added lines show the collapse of a web archive where the old side cannot tell: in a file indented
	 * with tabs, an added line indented by a single space (a comment's " *" aside).
	 */
	private boolean collapsedAdded(Hunk hunk) {
		return indenter.indentsWithTabs() && hunk.lines().stream().filter(l -> !l.onOldSide()).map(Line::text)
				.anyMatch(t -> t.startsWith(" ") && t.length() > 1 && t.charAt(1) != ' ' && t.charAt(1) != '\t'
						&& t.charAt(1) != '*');
	}

	/**
	 * Whether a removed line that the file indents shows no leading blank at all: whitespace was stripped, not
	 * collapsed, and a line without a blank may have had any indentation.
	 */
	private boolean removedLostAllIndentation(List<Hunk> hunks, List<Placement> placements) {
		for (int i = 0; i < hunks.size(); i++) {
			if (placements.get(i).outcome() == HunkOutcome.FAILED)
				continue;
			int at = placements.get(i).position();
			for (Line line : hunks.get(i).lines()) {
				if (line.kind() == LineKind.REMOVED && !Indenter.leading(file.get(at)).isEmpty()
						&& !file.get(at).isBlank() && Indenter.leading(line.text()).isEmpty()) {
					return true;
				}
				at += line.onOldSide() ? 1 : 0;
			}
		}
		return false;
	}

	/** The restored text of every line the file diff removes, by its squashed form: lines it may move. */
	private Map<String, List<String>> removedLines(List<Hunk> hunks, List<Placement> placements) {
		Map<String, List<String>> removed = new HashMap<>();
		for (int i = 0; i < hunks.size(); i++) {
			if (placements.get(i).outcome() == HunkOutcome.FAILED)
				continue;
			int at = placements.get(i).position();
			for (Line line : hunks.get(i).lines()) {
				if (line.kind() == LineKind.REMOVED)
					removed.computeIfAbsent(squashedFile.get(at), k -> new ArrayList<>()).add(file.get(at));
				at += line.onOldSide() ? 1 : 0;
			}
		}
		return removed;
	}

	/**
	 * What the whole file diff shows of its damage.
	 *
	 * @param damaged
	 *            some hunk lost indentation
	 * @param intact
	 *            some line shows whitespace no web archive leaves (a tab, two blanks)
	 * @param collapsed
	 *            the added lines show a web archive's collapse: a line that starts without a blank stood at
	 *            column 0
	 */
	private record Signs(boolean damaged, boolean intact, boolean collapsed) {
	}

	private HunkResult result(int index, Hunk hunk, Placement placement, Signs signs,
			Map<String, List<String>> removedLines, Choices choices, Checkpoints checkpoints) {
		int offset = placement.position() - headerPosition(hunk);
		if (placement.outcome() == HunkOutcome.FAILED) {
			return new HunkResult(path, index, HunkOutcome.FAILED, offset, placement.position() + 1, 0, 0,
					Confidence.LOW, placement.detail(), hunk, null);
		}
		boolean adds = hunk.count(LineKind.ADDED) > 0;
		if (placement.outcome() != HunkOutcome.WHITESPACE_REPAIRED && signs.damaged() && adds) {
			// the old side fitted as it is (blank lines, column 0), but the added lines lost their whitespace
			return repair(index, hunk, placement, offset, true, signs.collapsed(), removedLines, choices, checkpoints);
		}
		if (placement.outcome() != HunkOutcome.WHITESPACE_REPAIRED) {
			// without a sign either way, added lines with blanks in them may have been collapsed unseen
			boolean unproven = !signs.intact()
					&& hunk.lines().stream().anyMatch(l -> !l.onOldSide() && l.text().contains(" "));
			Confidence confidence = placement.candidates() == 1 && !unproven ? Confidence.CERTAIN : Confidence.HIGH;
			List<Line> lines = hunk.lines();
			if (unproven) {
				lines = new ArrayList<>();
				for (int l = 0; l < hunk.lines().size(); l++) {
					if (choices instanceof ChoiceScript script)
						script.at(index - 1, l);
					lines.add(respaced(hunk.lines().get(l), choices));
				}
			}
			return new HunkResult(path, index, placement.outcome(), offset, placement.position() + 1, 0, 0, confidence,
					placement.detail(), hunk, at(hunk, placement.position(), lines));
		}
		Boolean lost = lostIndentation(hunk, placement.position());
		boolean reindent = lost == null ? signs.damaged() || collapsedAdded(hunk) : lost;
		return repair(index, hunk, placement, offset, reindent, signs.collapsed(), removedLines, choices,
				checkpoints);
	}

	/** An added line whose blanks inside may have been collapsed unseen: each a decision, one blank first. */
	private static Line respaced(Line line, Choices choices) {
		String text = line.text();
		int first = Indenter.leading(text).length();
		if (line.kind() != LineKind.ADDED || text.indexOf(' ', first) < 0)
			return line;
		StringBuilder out = new StringBuilder(text.substring(0, first));
		String[] words = text.substring(first).split(" ", -1);
		out.append(words[0]);
		for (int w = 1; w < words.length; w++)
			out.append(choices.pick(Choices.Kind.RESPACED, " ", () -> Spacing.GAP_ALTERNATIVES)).append(words[w]);
		return line.withText(out.toString());
	}

	/** The hunk with these lines where it fitted. */
	private static Hunk at(Hunk hunk, int position, List<Line> lines) {
		int oldStart = hunk.oldCount() == 0 ? position : position + 1;
		return new Hunk(oldStart, hunk.oldCount(), hunk.newStart(), hunk.newCount(), hunk.section(), lines,
				hunk.sourceLine());
	}

	private HunkResult repair(int index, Hunk hunk, Placement placement, int offset, boolean reindent,
			boolean collapsed, Map<String, List<String>> removedLines, Choices choices, Checkpoints checkpoints) {
		int position = placement.position();
		Boolean nearSentences = sentencesNear.computeIfAbsent(position, p -> Optional
				.ofNullable(Spacing.sentencesDoubleNear(file, p))).orElse(null);
		List<String> above = file.subList(Math.max(0, position - LOOK_BACK), position);
		Progress progress = checkpoints.start(choices, index - 1, above, position);
		List<Line> hunkLines = hunk.lines();
		Map<Integer, AlignedBlock> blocks = reindent ? AlignedBlock.of(hunkLines, indenter.unit()) : Map.of();
		for (int l = progress.lines.size(); l < hunkLines.size(); l++) {
			Line line = hunkLines.get(l);
			if (line.onOldSide()) {
				String actual = file.get(progress.at++);
				progress.repaired += actual.equals(line.text()) ? 0 : 1;
				progress.lines.add(line.withText(actual));
				progress.habits = Spacing.CommentHabits.NONE;
				if (line.kind() == LineKind.CONTEXT) {
					progress.above.add(actual);
					progress.change.removed().clear();
					progress.change.unclaimed().clear();
				} else {
					progress.change.removed().add(actual);
					progress.change.unclaimed().add(actual);
				}
				continue;
			}
			checkpoints.record(progress, choices);
			if (choices instanceof ChoiceScript script)
				script.at(index - 1, l);
			String text = line.text();
			linesRepaired++;
			if (reindent) {
				AlignedBlock block = blocks.get(l);
				Reindented placed = reindent(progress.above, line.text(), collapsed, progress.change, removedLines,
						neighbours(progress.above, progress.change.removed(), progress.at), nearSentences, block,
						block == null ? null : progress.columns.get(block.first()), progress.habits, choices);
				if (placed.column() != null)
					progress.columns.put(block.first(), placed.column());
				progress.habits = placed.habits();
				text = placed.text();
				progress.guessed += placed.basis() == Basis.GUESS ? 1 : 0;
				progress.likely += placed.basis() == Basis.LIKELY ? 1 : 0;
				progress.reindented += text.equals(line.text()) ? 0 : 1;
			}
			progress.above.add(text);
			progress.lines.add(line.withText(text));
		}
		Confidence confidence = placement.candidates() > 1 || progress.guessed > 0 ? Confidence.LOW
				: progress.likely > 0 ? Confidence.HIGH : Confidence.CERTAIN;
		long added = hunk.count(LineKind.ADDED);
		String detail = progress.repaired + " old lines restored from the file"
				+ (reindent && added > 0 ? "; " + progress.reindented + " of " + added + " added lines re-indented"
						: "")
				+ (progress.guessed > 0 ? " (" + progress.guessed + " lines guessed)" : "")
				+ (placement.detail().isEmpty() ? "" : "; " + placement.detail());
		HunkOutcome outcome = progress.repaired + progress.reindented > 0 ? HunkOutcome.WHITESPACE_REPAIRED
				: placement.outcome();
		return new HunkResult(path, index, outcome, offset, position + 1, progress.repaired, progress.reindented,
				confidence, detail, hunk, at(hunk, position, List.copyOf(progress.lines)));
	}

	/**
	 * How far a hunk's repair has come: the lines done, what the next added line is indented after, and what the
	 * hunk's confidence will rest on.
	 */
	private static final class Progress {

		private final List<Line> lines;

		private final List<String> above;

		private final Change change;

		private int at;

		private int repaired;

		private int reindented;

		private int guessed;

		private int likely;

		/** What the added lines of the current comment decided: the gap after a sentence, a list item's indent. */
		private Spacing.CommentHabits habits = Spacing.CommentHabits.NONE;

		/** The columns the hunk's aligned blocks decided, by their first line. */
		private final Map<Integer, AlignedBlock.Column> columns = new HashMap<>();

		Progress(List<Line> lines, List<String> above, Change change, int at) {
			this.lines = lines;
			this.above = above;
			this.change = change;
			this.at = at;
		}

		Progress copy() {
			Progress copy = new Progress(new ArrayList<>(lines), new ArrayList<>(above),
					new Change(new ArrayList<>(change.removed()), new ArrayList<>(change.unclaimed())), at);
			copy.repaired = repaired;
			copy.reindented = reindented;
			copy.guessed = guessed;
			copy.likely = likely;
			copy.habits = habits;
			copy.columns.putAll(columns);
			return copy;
		}
	}

	/**
	 * The rules' run of a hunk as a search's candidate may take it up: how far the rules had come before each
	 * added line, and how many decisions they had met. A candidate departing first on a line repeats what the
	 * rules did before that line, so it starts there instead of at the hunk's first line.
	 */
	private static final class Checkpoints {

		/** The added lines' places in the hunk, in order. */
		private final List<Integer> lines = new ArrayList<>();

		/** The rules' progress before each of those lines. */
		private final List<Progress> before = new ArrayList<>();

		/** The decisions met before each of those lines, counted from the hunk's first. */
		private final List<Integer> decisionsBefore = new ArrayList<>();

		/** The decisions the recording run had met before the hunk. */
		private int start;

		/** Set once the rules' run of the hunk is complete: then taken up, no longer recorded. */
		private ChoiceScript.Met met;

		/** The progress to start from: the rules' before the line of the first departure in the hunk, if any. */
		Progress start(Choices choices, int hunk, List<String> above, int position) {
			if (choices instanceof ChoiceScript script) {
				if (met == null)
					start = script.decisions();
				long departure = script.firstDeparture(hunk);
				int checkpoint = departure < 0 ? -1 : lines.indexOf(ChoiceScript.lineOf(departure));
				if (met != null && checkpoint > 0) {
					script.replay(met.first(decisionsBefore.get(checkpoint)));
					return before.get(checkpoint).copy();
				}
			}
			return new Progress(new ArrayList<>(), new ArrayList<>(above),
					new Change(new ArrayList<>(), new ArrayList<>()), position);
		}

		/** Before an added line of the recording run: the rules' progress so far. */
		void record(Progress progress, Choices choices) {
			if (met == null && choices instanceof ChoiceScript script) {
				lines.add(progress.lines.size());
				before.add(progress.copy());
				decisionsBefore.add(script.decisions() - start);
			}
		}

		/** Ends the recording with the decisions the hunk met. */
		Checkpoints complete(ChoiceScript.Met met) {
			this.met = met;
			return this;
		}
	}

	/** What an added line's whitespace rests on, and so how sure the hunk can be. */
	private enum Basis {
		/** proven: a removed line it replaces or moves, confirmed by the structure; column 0 the archive shows */
		SURE,
		/** the structure alone, sure of itself; or a borrowed indent the structure cannot check (continuations) */
		LIKELY,
		/** an alignment or a gap chosen among several the file allows */
		GUESS
	}

	/**
	 * {@code column}: the column of the line's aligned block when this line decided it, else null;
	 * {@code habits}: what its comment's added lines decided so far.
	 */
	private record Reindented(String text, Basis basis, AlignedBlock.Column column, Spacing.CommentHabits habits) {
	}

	/**
	 * The removed lines of the change an added line is part of (since the last context line): all of them, and
	 * those no added line has claimed yet as the line it replaces.
	 */
	private record Change(List<String> removed, List<String> unclaimed) {
	}

	/**
	 * Indents an added line of a patch that lost its indentation. The structure above decides the depth when
	 * it is sure; otherwise the removed line it replaces, or the identical line the patch moves, says it (for
	 * continuation lines, how they are aligned). A moved line also keeps its inner spacing.
	 */
	private Reindented reindent(List<String> above, String patchText, boolean collapsed, Change change,
			Map<String, List<String>> removedLines, List<String> neighbours, Boolean nearSentences, AlignedBlock block,
			AlignedBlock.Column decided, Spacing.CommentHabits habits, Choices choices) {
		String stripped = patchText.strip();
		Indenter.Guess guess = indenter.guess(above, stripped, change.removed());
		List<String> replaceable = change.unclaimed();
		// a line the change removes and adds back reading the same: only its whitespace changed, so the removed
		// line's is the one thing it is known not to have
		String respaced = replaceable.stream().filter(r -> Spacing.collapse(r.strip()).equals(stripped)).findFirst()
				.orElse(null);
		if (respaced != null)
			replaceable.remove(respaced);
		String replaced = respaced != null ? null : mostSimilar(replaceable, stripped);
		List<String> movedLines = removedLines.get(squash(stripped));
		// a moved line, unless its blanks show it was edited on the way (collapsed, it must read the same)
		String moved = respaced != null || movedLines == null || squash(stripped).length() < MEANINGFUL_LENGTH ? null
				: movedLines.stream().filter(m -> Spacing.collapse(m.strip()).equals(stripped)).findFirst()
						.orElse(null);
		if (replaced != null)
			replaceable.remove(replaced);
		String indent;
		Basis basis;
		if (replaced == null && moved == null) {
			indent = guess.indent();
			basis = guess.strong() && respaced == null ? Basis.LIKELY : Basis.GUESS;
		} else {
			// the structure confirms a borrowed indent, or overrules it; a continuation line's it cannot check
			String borrowedIndent = Indenter.leading(replaced != null ? replaced : moved);
			indent = guess.strong() ? guess.indent() : borrowedIndent;
			basis = !guess.strong() ? Basis.LIKELY : guess.indent().equals(borrowedIndent) ? Basis.SURE : Basis.LIKELY;
		}
		boolean shownIndented = !Indenter.leading(patchText).isEmpty();
		if (collapsed && shownIndented == indent.isEmpty()) {
			// the archive shows whether the line was indented at all
			indent = shownIndented ? indenter.unit() : "";
			basis = indent.isEmpty() ? Basis.SURE : Basis.GUESS;
		}
		if (basis != Basis.SURE) {
			String borrowed = replaced != null ? replaced : moved;
			indent = choices.pick(guess.strong() ? Choices.Kind.INDENT : Choices.Kind.CONTINUATION, indent, () -> {
				List<String> others = new ArrayList<>();
				others.add(guess.indent());
				if (borrowed != null)
					others.add(Indenter.leading(borrowed));
				others.addAll(indenter.alternatives(above));
				// what the archive shows of the indentation holds for every alternative
				return others.stream().filter(i -> !collapsed || i.isEmpty() != shownIndented).toList();
			});
		}
		if (moved != null)
			return new Reindented(indent + moved.strip(), basis, null, Spacing.CommentHabits.NONE);
		// a removed line that reads the same but for a few words (a value edited, one edit made to several words),
		// or goes on where the added line ends (split in two), keeps its gaps between the words both have, even
		// when too little of it is the same to be the line replaced
		String gapsFrom = replaced != null || respaced != null ? replaced
				: lendingGaps(change.removed(), stripped);
		Spacing.Restored restored = spacing.restore(indent, stripped, gapsFrom, neighbours, nearSentences, block,
				decided, habits, choices);
		boolean commentLine = stripped.startsWith("*") || stripped.startsWith("/*");
		return new Reindented(restored.text(), restored.guessed() ? Basis.GUESS : basis, restored.column(),
				commentLine ? restored.habits() : Spacing.CommentHabits.NONE);
	}

	/**
	 * The intact non-blank lines nearest to an added line: above it, the lines its change removes (they stood where
	 * it goes), then below it from the file's next line on the hunk's old side (the context and removed lines under
	 * it say as much of the alignment there as those above).
	 */
	private List<String> neighbours(List<String> above, List<String> removed, int below) {
		List<String> near = new ArrayList<>();
		for (int i = above.size() - 1; i >= 0 && near.size() < NEIGHBOURS; i--) {
			if (!above.get(i).isBlank())
				near.add(above.get(i));
		}
		removed.stream().filter(r -> !r.isBlank()).forEach(near::add);
		int seen = 0;
		for (int i = below; i < file.size() && seen < NEIGHBOURS; i++) {
			if (!file.get(i).isBlank()) {
				near.add(file.get(i));
				seen++;
			}
		}
		return near;
	}

	/**
	 * The removed line that, collapsed, starts with all the added line's words, or else has as many words and
	 * differs in the fewest of them, at most one in four (one at least); null when none does.
	 */
	private static String lendingGaps(List<String> removed, String added) {
		String[] ours = added.split(" ");
		if (ours.length < 3)
			return null;
		String best = null;
		int fewest = Math.max(1, ours.length / 4) + 1;
		for (String candidate : removed) {
			String[] theirs = Spacing.collapse(candidate.strip()).split(" ");
			if (theirs.length > ours.length && Arrays.equals(ours, 0, ours.length, theirs, 0, ours.length))
				return candidate;
			if (theirs.length != ours.length)
				continue;
			int differing = 0;
			for (int i = 0; i < ours.length; i++)
				differing += ours[i].equals(theirs[i]) ? 0 : 1;
			if (differing > 0 && differing < fewest) {
				best = candidate;
				fewest = differing;
			}
		}
		return best;
	}

	/**
	 * The removed line of the current change block that an added line most likely replaces: one that starts
	 * the same way for most of its length (an edited call or condition), or null.
	 */
	private static String mostSimilar(List<String> removed, String added) {
		String squashedAdded = squash(added);
		String best = null;
		double bestSimilarity = REPLACED_SIMILARITY;
		for (String candidate : removed) {
			String squashed = squash(candidate);
			int common = 0;
			while (common < squashed.length() && common < squashedAdded.length()
					&& squashed.charAt(common) == squashedAdded.charAt(common)) {
				common++;
			}
			double similarity = (double) common / Math.max(1, Math.max(squashed.length(), squashedAdded.length()));
			if (similarity >= bestSimilarity && squashedAdded.length() >= MEANINGFUL_LENGTH) {
				best = candidate;
				bestSimilarity = similarity;
			}
		}
		return best;
	}
}
