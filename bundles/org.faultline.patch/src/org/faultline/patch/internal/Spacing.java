package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.faultline.patch.internal.AlignedBlock.Column.Reach;

/**
 * Restores the whitespace inside an added line whose blanks a web archive collapsed to single spaces. A gap
 * is copied from the removed line the added line replaces where both agree on the words around it; an
 * alignment gap (before a {@code #define}'s value, an enum's {@code =}, a member's name, a macro's closing
 * backslash) reaches the column the neighbouring lines align to; after a sentence in a comment two spaces
 * only when the file never uses one. Every gap not copied is a guess when the neighbourhood aligns
 * with tabs or runs of blanks, since one space may then be wrong.
 */
final class Spacing {

	/**
	 * The line with its gaps restored; guessed when any gap rests on less than a copied one. {@code column} is
	 * the column its block aligns to when this line decided it, else null; {@code habits} what its comment's added
	 * lines decided so far.
	 */
	record Restored(String text, boolean guessed, AlignedBlock.Column column, CommentHabits habits) {
	}

	/**
	 * What the added lines of one comment decided, for its later lines: an author writes one comment alike. The gap
	 * after a sentence, the text indent of the present tagged line's further lines and how it was chosen (null until
	 * decided), and whether the line above is a tagged line or one of its further lines.
	 */
	record CommentHabits(String sentence, String hanging, Hang hang, boolean inItem) {

		static final CommentHabits NONE = new CommentHabits(null, null, null, false);
	}

	/**
	 * How the further lines of a comment's tagged lines stand: at one gap chosen for all, or each under its own
	 * tag's text, reached with spaces or with tabs and then spaces (tags differ in width: {@code @p:} and
	 * {@code @nr_pages:}).
	 */
	enum Hang {
		GAP, UNDER_TEXT_WITH_SPACES, UNDER_TEXT_WITH_TABS
	}

	static final int TAB_WIDTH = 8;

	/** What else an unsure gap may have been, most likely first: what the archive shows, tabs, two spaces. */
	static final List<String> GAP_ALTERNATIVES = List.of(" ", "\t", "\t\t", "  ", "\t\t\t");

	/** Where macros of the kernel put their closing backslashes, most often first. */
	private static final int[] BACKSLASH_COLUMNS = { 72, 64, 56, 80 };

	/**
	 * A backslash after one blank short of this column, the usual one of aligned backslashes, is the author's
	 * habit, not a line too long to align.
	 */
	private static final int SHORT_OF_ALIGNED = 72;

	/** How many tab stops ahead a trailing comment may be aligned to with blanks. */
	private static final int TRAILING_COMMENT_STOPS = 3;

	/** After a sentence in a comment an author puts one space or two, nothing else. */
	private static final List<String> SENTENCE_ALTERNATIVES = List.of(" ", "  ");

	private static final Pattern INNER_ALIGNMENT = Pattern.compile("\\S(\\t| {2,})\\S");

	/** A comment line whose text stands more than one blank after its star. */
	private static final Pattern COMMENT_TEXT = Pattern.compile("\\s*\\*([ \\t]+)\\S");

	/**
	 * A comment line whose text follows a tag that its further lines may stand under: a list item's dash or number,
	 * a kernel-doc parameter ({@code @name:}) or headline ({@code name - }, {@code name() - }, {@code struct name - }).
	 */
	private static final Pattern TAGGED = Pattern.compile("\\s*\\*([ \\t]+)(?:-|\\d+[.)]|@[\\w.]+:"
			+ "|(?:(?:struct|union|enum|typedef)[ \\t]+)?\\w+(?:\\(\\))?[ \\t]+-)[ \\t]+(?=\\S)");

	private static final Pattern SENTENCE_DOUBLE = Pattern.compile("[a-z)][.?!]  [A-Z]");

	private static final Pattern SENTENCE_SINGLE = Pattern.compile("[a-z)][.?!] [A-Z]");

	private static final Pattern DEFINE_VALUE_GAP = Pattern.compile("#define\\s+\\w+(\\([^)]*\\))?([ \\t]+)\\S");

	private static final Pattern BACKSLASH_GAP = Pattern.compile("\\S([ \\t]+)\\\\$");

	private final boolean sentencesDouble;

	private final boolean sentencesMixed;

	/** Whether the file aligns its {@code #define}s' values with tabs at least as often as it puts one blank. */
	private final boolean definesAligned;

	/** Whether the file aligns its macros' backslashes with tabs at least as often as it puts one blank. */
	private final boolean backslashesAligned;

	/** Whether a line aligns parts of itself with tabs or runs of blanks, by line: asked again and again. */
	private final Map<String, Boolean> aligns = new HashMap<>();

	/** Neighbours split into words and gaps, by line: the same few lines are asked for every added line near. */
	private final Map<String, Split> splits = new HashMap<>();

	private Spacing(boolean sentencesDouble, boolean sentencesMixed, boolean definesAligned,
			boolean backslashesAligned) {
		this.sentencesDouble = sentencesDouble;
		this.sentencesMixed = sentencesMixed;
		this.definesAligned = definesAligned;
		this.backslashesAligned = backslashesAligned;
	}

	/** The file's habits: after a sentence in its comments, before a {@code #define}'s value and a backslash. */
	static Spacing forFile(List<String> lines) {
		int doubled = 0;
		int single = 0;
		int[] defines = new int[2];
		int[] backslashes = new int[2];
		for (String line : lines) {
			String text = line.strip();
			if (text.startsWith("*") || text.startsWith("/*")) {
				doubled += SENTENCE_DOUBLE.matcher(text).results().count();
				single += SENTENCE_SINGLE.matcher(text).results().count();
			}
			count(DEFINE_VALUE_GAP.matcher(text), 2, defines);
			count(BACKSLASH_GAP.matcher(text), 1, backslashes);
		}
		// with both habits in the file, the single space the page shows is as likely as any: kept, but a guess
		return new Spacing(doubled > 0 && single == 0, doubled > 0 && single > 0, defines[0] >= defines[1],
				backslashes[0] >= backslashes[1]);
	}

	/** Counts a gap a line shows: [0] with a tab in it, [1] of one blank. */
	private static void count(Matcher gap, int group, int[] counts) {
		if (gap.find()) {
			String found = gap.group(group);
			counts[0] += found.contains("\t") ? 1 : 0;
			counts[1] += found.equals(" ") ? 1 : 0;
		}
	}

	/**
	 * @param indent
	 *            the line's leading whitespace, already decided
	 * @param body
	 *            the line without leading whitespace, its gaps single spaces
	 * @param replaced
	 *            the intact removed line it replaces, or null
	 * @param neighbours
	 *            intact lines around where it goes, nearest first
	 * @param nearSentences
	 *            whether the nearest comment of the file puts two spaces after a sentence, or null
	 * @param habits
	 *            what the earlier added lines of the same comment decided: the gap after a sentence and the indent
	 *            under a list item, each decided once
	 */
	Restored restore(String indent, String body, String replaced, List<String> neighbours, Boolean nearSentences,
			AlignedBlock block, AlignedBlock.Column decided, CommentHabits habits, Choices choices) {
		String[] words = body.split(" ", -1);
		if (words.length == 1) {
			// a macro's line that holds only its backslash stands at its block's column
			boolean alone = block != null && decided != null && decided.column() >= 0 && body.equals("\\");
			// an empty comment line ends a list item
			return new Restored(alone ? decided.gap(0) + body : indent + body, alone, null,
					new CommentHabits(habits.sentence(), habits.hanging(), habits.hang(), false));
		}
		int blockGap = block == null ? -1 : switch (block.shape()) {
			case DEFINE_VALUE -> AlignedBlock.valueGap(words);
			case BACKSLASH -> words[words.length - 1].equals("\\") ? words.length - 2 : -1;
			case DECLARATOR -> Role.DECLARATOR.gap(List.of(words));
		};
		AlignedBlock.Column column = null;
		String sentenceGap = habits.sentence();
		String hangingGap = habits.hanging();
		Hang hang = habits.hang();
		// a tagged line's further lines may stand under its text: where a tagged or such a line is right above
		boolean item = TAGGED.matcher(body).lookingAt();
		Map<Hang, String> underTag = neighbours.isEmpty() ? Map.of()
				: underText(neighbours.getFirst(), column(indent + "*", 0));
		boolean furtherLine = !item && words[0].equals("*") && (!underTag.isEmpty() || habits.inItem());
		String tagGap = item ? tagGap(neighbours) : null;
		int parameters = AlignedBlock.parametersEnd(words);
		String[] gaps = new String[words.length - 1];
		boolean[] copiedUnsure = new boolean[gaps.length];
		if (replaced != null)
			copyAgreeing(words, gaps, copiedUnsure, replaced.strip());
		boolean guessed = false;
		boolean comment = body.startsWith("*") || body.startsWith("/*");
		// a preprocessor line or macro body aligns its parts even where its neighbours do not
		boolean aligning = body.startsWith("#") || body.endsWith("\\")
				|| neighbours.stream().anyMatch(this::alignsInside) || replaced != null && alignsInside(replaced);
		List<String> hanging = words[0].equals("*") ? hanging(neighbours) : List.of();
		List<String> wordList = List.of(words);
		int trailingCommentGap = Role.TRAILING_COMMENT.gap(wordList);
		int declaratorGap = Role.DECLARATOR.gap(wordList);
		List<Split> candidates = new ArrayList<>();
		if (replaced != null)
			candidates.add(splits.computeIfAbsent(replaced, Split::of));
		neighbours.forEach(n -> candidates.add(splits.computeIfAbsent(n, Split::of)));
		StringBuilder text = new StringBuilder(indent).append(words[0]);
		for (int g = 0; g < gaps.length; g++) {
			String gap = gaps[g];
			boolean unsure = copiedUnsure[g];
			Choices.Kind kind = Choices.Kind.COPIED;
			if (gap == null && g == blockGap) {
				int from = column(text.toString(), 0);
				if (decided != null) {
					gap = decided.gap(from);
				} else {
					boolean head = block.shape() == AlignedBlock.Shape.BACKSLASH && words[0].equals("#define");
					boolean declarator = block.shape() == AlignedBlock.Shape.DECLARATOR;
					int widest = block.widest() + (declarator ? column(indent, 0) : 0);
					// a macro whose nearest line puts one blank before its backslash puts one blank in every line
					boolean oneBlank = block.shape() == AlignedBlock.Shape.BACKSLASH && oneBlankBackslash(candidates);
					column = blockColumn(block, from, widest, head, oneBlank ? null
							: aligned(text.toString(), words, g, declarator ? Role.DECLARATOR : null, candidates),
							oneBlank, choices);
					gap = column.gap(from);
					// a macro's head short of the block's column is not aligned with it: its body decides
					column = head && column.column() < Math.max(block.widest(), from + 1) ? null : column;
				}
				guessed = true;
				text.append(gap).append(words[g + 1]);
				continue;
			}
			if (gap == null && (g > 0 && g < parameters || !comment && g < declaratorGap)) {
				// inside a macro's parameter list one blank after each comma; inside a declaration's type one
				// blank, whatever the neighbours align there (their type may be one word where this has two)
				text.append(' ').append(words[g + 1]);
				continue;
			}
			if (gap == null && g == 0 && item && tagGap != null) {
				// the tags of one list or one kernel-doc comment start alike, whatever the further lines between
				text.append(tagGap).append(words[1]);
				guessed |= !tagGap.equals(" ");
				continue;
			}
			if (gap == null && g == 0 && furtherLine) {
				// decided at the comment's first further line, then taken by the others: under their own tag's text
				// where that was the choice. Before any neighbour's alignment: a further line above, restored so,
				// would align this one with the wrong tag
				if (hang == null) {
					List<String> under = new ArrayList<>(new LinkedHashSet<>(underTag.values()));
					under.addAll(hanging(neighbours));
					hangingGap = choices.pick(Choices.Kind.HANGING, " ", () -> under);
					String picked = hangingGap;
					hang = underTag.entrySet().stream().filter(e -> e.getValue().equals(picked))
							.map(Map.Entry::getKey).findFirst().orElse(Hang.GAP);
				} else if (underTag.containsKey(hang)) {
					hangingGap = underTag.get(hang);
				}
				text.append(hangingGap).append(words[1]);
				guessed = true;
				continue;
			}
			if (gap == null) {
				Role role = g == trailingCommentGap ? Role.TRAILING_COMMENT
						: g == declaratorGap ? Role.DECLARATOR : null;
				String aligned = aligned(text.toString(), words, g, role, candidates);
				kind = Choices.Kind.GAP;
				if (aligned != null) {
					gap = aligned;
					unsure = true;
					kind = Choices.Kind.ALIGNED;
				} else if (comment && words[g].matches(".*[a-z)][.?!]") && words[g + 1].matches("[A-Z].*")) {
					unsure = sentencesMixed || sentencesDouble;
					if (sentenceGap != null) {
						guessed |= unsure;
						text.append(sentenceGap).append(words[g + 1]);
						continue;
					}
					gap = (nearSentences != null ? nearSentences : sentencesDouble) ? "  " : " ";
					kind = Choices.Kind.SENTENCE;
				} else if (g == 0 && !hanging.isEmpty()) {
					// a comment's text indented under a list item or a heading, as its neighbours have it
					text.append(choices.pick(Choices.Kind.HANGING, " ", () -> hanging)).append(words[1]);
					guessed = true;
					continue;
				} else {
					gap = " ";
					unsure = aligning;
				}
			}
			// a trailing comment is aligned by many authors where no neighbour shows it, and a sentence may end
			// against the file's habit: alternatives, not guesses
			if (unsure || kind == Choices.Kind.SENTENCE || !comment && words[g + 1].startsWith("/*")) {
				boolean backslash = words[g + 1].equals("\\") && g == gaps.length - 1;
				if (!unsure)
					kind = kind == Choices.Kind.SENTENCE ? Choices.Kind.SETTLED_SENTENCE
							: Choices.Kind.TRAILING_COMMENT;
				else if (backslash && kind == Choices.Kind.GAP)
					kind = Choices.Kind.BACKSLASH;
				int from = column(text.toString(), 0);
				int to = column(gap, from);
				gap = choices.pick(kind, gap, switch (kind) {
					case SENTENCE, SETTLED_SENTENCE -> () -> SENTENCE_ALTERNATIVES;
					case ALIGNED -> () -> alignedGaps(from, to);
					case TRAILING_COMMENT -> () -> trailingCommentGaps(from);
					default -> backslash ? () -> backslashGaps(from) : () -> GAP_ALTERNATIVES;
				});
				if (kind == Choices.Kind.SENTENCE || kind == Choices.Kind.SETTLED_SENTENCE)
					sentenceGap = gap;
			}
			guessed |= unsure;
			text.append(gap).append(words[g + 1]);
		}
		return new Restored(text.toString(), guessed, column,
				new CommentHabits(sentenceGap, hangingGap, hang, item || furtherLine));
	}

	/** The gap after the star of the nearest tagged comment line among the neighbours, or null. */
	private static String tagGap(List<String> neighbours) {
		for (String line : neighbours) {
			Matcher tag = TAGGED.matcher(line);
			if (tag.lookingAt())
				return tag.group(1);
		}
		return null;
	}

	/**
	 * The gaps after a comment line's star that put its text under the text of a tagged line: with spaces, and with
	 * tabs and then spaces; none when the line is not tagged.
	 *
	 * @param from
	 *            the column right after the star
	 */
	private static Map<Hang, String> underText(String tagged, int from) {
		Matcher tag = TAGGED.matcher(tagged);
		if (!tag.lookingAt())
			return Map.of();
		int to = column(tagged.substring(0, tag.end()), 0);
		if (to <= from + 1)
			return Map.of();
		Map<Hang, String> gaps = new EnumMap<>(Hang.class);
		gaps.put(Hang.UNDER_TEXT_WITH_SPACES, " ".repeat(to - from));
		gaps.put(Hang.UNDER_TEXT_WITH_TABS, fill(from, to, true));
		return gaps;
	}

	/**
	 * The column a block of added lines aligns to, decided at its first line: one blank where the macro's nearest
	 * line puts one before its backslash; where a neighbour aligns the same thing when the whole block fits before
	 * it; else, as the file aligns (for declarations: where a neighbour aligns its name), the first tab stop past
	 * the block's longest line, or one blank. The alternatives: one tab after each declaration's type, further tab
	 * stops, the usual columns of a macro's backslashes, the neighbour's column, one blank past the longest line,
	 * one blank everywhere; for a macro's head line also one blank or one tab before its own backslash.
	 *
	 * @param blockWidest
	 *            the column where the block's longest part before the aligned column ends
	 * @param neighbour
	 *            the gap that reaches a neighbour's column, or null
	 * @param oneBlank
	 *            whether the macro's nearest line puts one blank before its backslash
	 */
	private AlignedBlock.Column blockColumn(AlignedBlock block, int from, int blockWidest, boolean head,
			String neighbour, boolean oneBlank, Choices choices) {
		boolean backslash = block.shape() == AlignedBlock.Shape.BACKSLASH;
		int widest = Math.max(blockWidest, from + 1);
		int stop = (widest + TAB_WIDTH - 1) / TAB_WIDTH * TAB_WIDTH;
		// a neighbour's column the first line already passes is none to align to
		AlignedBlock.Column theirs = neighbour == null || neighbour.equals(" ") ? null
				: new AlignedBlock.Column(column(neighbour, from), !neighbour.contains("\t") ? Reach.BLANKS
						: neighbour.contains(" ") ? Reach.TABS_THEN_BLANKS : Reach.TABS);
		List<AlignedBlock.Column> columns = new ArrayList<>();
		if (oneBlank)
			columns.add(AlignedBlock.Column.UNALIGNED);
		if (theirs != null && theirs.column() >= widest)
			columns.add(theirs);
		boolean fileAligns = switch (block.shape()) {
			case BACKSLASH -> backslashesAligned;
			case DEFINE_VALUE -> definesAligned;
			// a declaration's name aligned where a neighbour aligns its own
			case DECLARATOR -> neighbour != null;
		};
		columns.add(fileAligns ? new AlignedBlock.Column(stop, Reach.TABS) : AlignedBlock.Column.UNALIGNED);
		if (block.shape() == AlignedBlock.Shape.DECLARATOR)
			columns.add(AlignedBlock.Column.ONE_TAB);
		columns.add(new AlignedBlock.Column(stop, Reach.TABS));
		columns.add(new AlignedBlock.Column(stop + TAB_WIDTH, Reach.TABS));
		if (backslash) {
			for (int at : BACKSLASH_COLUMNS)
				if (at >= widest)
					columns.add(new AlignedBlock.Column(at, Reach.TABS));
		}
		if (head) {
			// a macro's head often keeps one blank or one tab before its backslash, whatever its body does
			columns.add(AlignedBlock.Column.UNALIGNED);
			columns.add(new AlignedBlock.Column((from / TAB_WIDTH + 1) * TAB_WIDTH, Reach.TABS));
		}
		columns.add(new AlignedBlock.Column(stop + 2 * TAB_WIDTH, Reach.TABS));
		columns.add(new AlignedBlock.Column(widest, Reach.BLANKS));
		columns.add(AlignedBlock.Column.UNALIGNED);
		// named by column, not by the first line's gap: two columns that line reaches alike differ further down
		Map<String, AlignedBlock.Column> byName = new LinkedHashMap<>();
		for (AlignedBlock.Column column : columns)
			byName.putIfAbsent(column.toString(), column);
		List<String> names = List.copyOf(byName.keySet());
		String picked = choices.pick(backslash ? Choices.Kind.BACKSLASH : Choices.Kind.ALIGNED, names.getFirst(),
				() -> names.subList(1, names.size()));
		return byName.get(picked);
	}

	/**
	 * Whether the nearest line ending in a backslash (the replaced line first) puts one blank before it, well
	 * short of the columns where aligned backslashes stand: its macro's author does not align them.
	 */
	private static boolean oneBlankBackslash(List<Split> candidates) {
		for (Split neighbour : candidates) {
			if (!neighbour.line().endsWith("\\") || neighbour.gaps().isEmpty())
				continue;
			int last = neighbour.gaps().size() - 1;
			return neighbour.gaps().get(last).equals(" ") && columnAfterGap(neighbour.line(), last) < SHORT_OF_ALIGNED;
		}
		return false;
	}

	/**
	 * What else a gap aligned to a neighbour's column may have been: as any gap, or the same column reached with
	 * blanks only, or a tab stop either side of it.
	 */
	private static List<String> alignedGaps(int from, int to) {
		List<String> gaps = new ArrayList<>(GAP_ALTERNATIVES);
		gaps.add(" ".repeat(Math.max(1, to - from)));
		gaps.add(fill(from, to + TAB_WIDTH, false));
		if (to - TAB_WIDTH > from)
			gaps.add(fill(from, to - TAB_WIDTH, false));
		return gaps;
	}

	/**
	 * What else the gap before a trailing comment no neighbour aligns may have been: as any gap, or blanks to the
	 * next tab stops (authors who align with spaces).
	 */
	private static List<String> trailingCommentGaps(int from) {
		List<String> gaps = new ArrayList<>(GAP_ALTERNATIVES);
		int stop = (from / TAB_WIDTH + 1) * TAB_WIDTH;
		for (int stops = 0; stops < TRAILING_COMMENT_STOPS; stops++)
			gaps.add(" ".repeat(stop + stops * TAB_WIDTH - from));
		return gaps;
	}

	/**
	 * What else the gap before a macro line's closing backslash may have been: tabs to the columns where kernel
	 * macros put their backslashes, or as any gap.
	 */
	private static List<String> backslashGaps(int from) {
		List<String> gaps = new ArrayList<>();
		for (int column : BACKSLASH_COLUMNS)
			if (column > from)
				gaps.add(fill(from, column, false));
		gaps.addAll(GAP_ALTERNATIVES);
		return gaps;
	}

	/** The indents wider than one blank that comment lines among the neighbours give their text, nearest first. */
	private static List<String> hanging(List<String> neighbours) {
		List<String> gaps = new ArrayList<>();
		for (String line : neighbours) {
			Matcher text = COMMENT_TEXT.matcher(line);
			if (text.lookingAt() && !text.group(1).equals(" ") && !gaps.contains(text.group(1)))
				gaps.add(text.group(1));
		}
		if (!gaps.isEmpty())
			gaps.add("\t");
		return gaps;
	}

	private boolean alignsInside(String line) {
		return aligns.computeIfAbsent(line, l -> INNER_ALIGNMENT.matcher(l.strip()).find());
	}

	/**
	 * Whether the comment line of the file nearest to a line that ends a sentence inside it puts two spaces
	 * after it: in a file that mixes both habits, the nearest comment is most likely the same author's.
	 *
	 * @return null when no comment of the file ends a sentence inside a line
	 */
	static Boolean sentencesDoubleNear(List<String> file, int line) {
		for (int distance = 0; distance < file.size(); distance++) {
			for (int at : new int[] { line - distance - 1, line + distance }) {
				if (at < 0 || at >= file.size())
					continue;
				String text = file.get(at).strip();
				if (!text.startsWith("*") && !text.startsWith("/*"))
					continue;
				if (SENTENCE_DOUBLE.matcher(text).find())
					return true;
				if (SENTENCE_SINGLE.matcher(text).find())
					return false;
			}
		}
		return null;
	}

	/**
	 * Copies the gaps between the words the replaced line starts with too, and those between the words it ends with
	 * too (an edit of a value keeps the comment after it). The gap before the first word that differs is copied as
	 * well, but as a guess: an edit may have realigned it; the gap after the last one is left to the rules. Where
	 * both lines have as many words, a gap between two words both have at the same places is copied too, as a
	 * guess: the same edit made to several words of a line ({@code 1 << PG_lru} to {@code 1UL << PG_lru}) keeps
	 * the blanks between the others.
	 *
	 * @param unsure
	 *            set for each gap copied as a guess
	 */
	private static void copyAgreeing(String[] words, String[] gaps, boolean[] unsure, String replaced) {
		List<String> theirWords = new ArrayList<>();
		List<String> theirGaps = new ArrayList<>();
		split(replaced, theirWords, theirGaps);
		int same = 0;
		while (same < words.length && same < theirWords.size() && words[same].equals(theirWords.get(same)))
			same++;
		for (int g = 0; g < Math.min(same, Math.min(gaps.length, theirGaps.size())); g++) {
			// the gap before a backslash depends on the length before it: aligned, not copied
			if (!words[g + 1].equals("\\")) {
				gaps[g] = theirGaps.get(g);
				unsure[g] = g + 1 >= same;
			}
		}
		int ending = 0;
		while (same + ending < Math.min(words.length, theirWords.size()) && words[words.length - 1 - ending]
				.equals(theirWords.get(theirWords.size() - 1 - ending)))
			ending++;
		for (int back = 2; back <= ending; back++) {
			int g = words.length - back;
			if (!words[g + 1].equals("\\"))
				gaps[g] = theirGaps.get(theirGaps.size() - back + 1);
		}
		if (words.length != theirWords.size() || theirGaps.size() != gaps.length)
			return;
		for (int g = 0; g < gaps.length; g++) {
			if (gaps[g] == null && words[g].equals(theirWords.get(g)) && words[g + 1].equals(theirWords.get(g + 1))
					&& !words[g + 1].equals("\\")) {
				gaps[g] = theirGaps.get(g);
				unsure[g] = true;
			}
		}
	}

	private static void split(String text, List<String> words, List<String> gaps) {
		int i = 0;
		while (i < text.length()) {
			int start = i;
			while (i < text.length() && !isBlank(text.charAt(i)))
				i++;
			words.add(text.substring(start, i));
			start = i;
			while (i < text.length() && isBlank(text.charAt(i)))
				i++;
			if (i > start && i < text.length())
				gaps.add(text.substring(start, i));
		}
	}

	/**
	 * A line split into its words and the gaps between them, and the gap before what each {@link Role} names in
	 * it (-1 for none).
	 */
	private record Split(String line, List<String> words, List<String> gaps, int declarator, int trailingComment) {

		static Split of(String line) {
			List<String> words = new ArrayList<>();
			List<String> gaps = new ArrayList<>();
			split(line.strip(), words, gaps);
			return new Split(line, words, gaps, Role.DECLARATOR.gap(words), Role.TRAILING_COMMENT.gap(words));
		}

		int gap(Role role) {
			return role == Role.DECLARATOR ? declarator : trailingComment;
		}
	}

	/**
	 * The gap before the end of a comment after code that reaches the column where a neighbour's comment after code
	 * ends, when that neighbour aligns its end; else null.
	 */
	private static String commentEnd(String before, List<Split> candidates) {
		for (Split neighbour : candidates) {
			List<String> theirGaps = neighbour.gaps();
			if (neighbour.trailingComment() < 0 || !neighbour.words().getLast().equals("*/"))
				continue;
			String theirs = theirGaps.getLast();
			if (aligns(theirs))
				return reach(column(before, 0), columnAfterGap(neighbour.line(), theirGaps.size() - 1),
						theirs.contains(" "));
		}
		return null;
	}

	/**
	 * The gap after word {@code g} that reaches the column a neighbour aligns the same place to: its closing
	 * backslash, or for a line that starts with the same word (or is an enum/initializer entry) the word after
	 * its {@code g}-th gap when that gap holds a tab. Null when no neighbour aligns there.
	 *
	 * @param role
	 *            what the gap separates, or null
	 * @param candidates
	 *            the replaced line, if any, and the neighbours
	 */
	private static String aligned(String before, String[] words, int g, Role role, List<Split> candidates) {
		boolean backslash = g == words.length - 2 && words[g + 1].equals("\\");
		int comment = Role.TRAILING_COMMENT.gap(List.of(words));
		if (comment >= 0 && g > comment) {
			// inside a comment after code only its end aligns, with the ends of the neighbours' comments: its words
			// are not the neighbours' words at the same place
			return g == words.length - 2 && words[g + 1].equals("*/") ? commentEnd(before, candidates) : null;
		}
		if (!backslash && role != null) {
			for (Split neighbour : candidates) {
				List<String> theirGaps = neighbour.gaps();
				int gap = neighbour.gap(role);
				if (gap >= 0 && gap < theirGaps.size() && theirGaps.get(gap).contains("\t")
						&& (role == Role.TRAILING_COMMENT || leadingOf(neighbour.line()).equals(leadingOf(before)))) {
					// a comment past its neighbours' column still stands a tab after the code
					int from = column(before, 0);
					int to = columnAfterGap(neighbour.line(), gap);
					boolean spaces = theirGaps.get(gap).contains(" ");
					return role == Role.TRAILING_COMMENT ? fill(from, to, spaces) : reach(from, to, spaces);
				}
			}
		}
		for (Split neighbour : candidates) {
			List<String> theirWords = neighbour.words();
			List<String> theirGaps = neighbour.gaps();
			int gap;
			if (backslash) {
				if (!neighbour.line().endsWith("\\") || theirGaps.isEmpty())
					continue;
				gap = theirGaps.size() - 1;
			} else {
				// the same place of a line of another shape may be another thing: a comment where this has a name
				// blanks alone align code, not a comment's text, where two follow a sentence
				boolean prose = words[0].startsWith("*") || words[0].startsWith("/*");
				if (g >= theirGaps.size() || !(prose ? theirGaps.get(g).contains("\t") : aligns(theirGaps.get(g)))
						|| theirWords.get(g + 1).equals("\\")
						|| theirWords.get(g + 1).startsWith("/*") != words[g + 1].startsWith("/*")
						|| !leadingOf(neighbour.line()).equals(leadingOf(before)) || !sameShape(words, theirWords, g)) {
					continue;
				}
				gap = g;
			}
			String theirs = theirGaps.get(gap);
			int from = column(before, 0);
			int to = columnAfterGap(neighbour.line(), gap);
			// a column reached with blanks alone is reached so again
			return theirs.contains("\t") ? reach(from, to, theirs.contains(" ")) : " ".repeat(Math.max(1, to - from));
		}
		return null;
	}

	/** Whether a gap aligns what follows it: a tab, or more than one blank. */
	private static boolean aligns(String gap) {
		return gap.contains("\t") || gap.length() > 1;
	}

	/**
	 * The gap to a neighbour's aligned column; one blank where the line already reaches or passes it, as authors
	 * leave a name too long for the column their neighbours align to.
	 */
	private static String reach(int from, int to, boolean spaces) {
		return to <= from ? " " : fill(from, to, spaces);
	}

	/**
	 * What a gap inside a line separates, where lines of different shapes still align the same thing: the name
	 * a declaration declares (a struct's members, a block's locals), a comment after the code.
	 */
	enum Role {
		DECLARATOR, TRAILING_COMMENT;

		private static final Pattern IDENTIFIER = Pattern.compile("\\**[A-Za-z_]\\w*");

		/** A declarator followed by what ends it: an array size, the end of the declaration, a bit-field. */
		private static final Pattern DECLARATOR_END = Pattern.compile("\\**[A-Za-z_]\\w*(\\[.*|[;,:].*)");

		private static final Set<String> STATEMENT_WORDS = Set.of("return", "goto", "case", "else", "if", "while",
				"for", "do", "switch", "sizeof");

		/** The index of the gap before what this role names in a line's words, or -1. */
		int gap(List<String> words) {
			if (this == TRAILING_COMMENT) {
				for (int i = 1; i < words.size(); i++) {
					if (words.get(i).startsWith("/*"))
						return words.getFirst().startsWith("/*") || words.getFirst().startsWith("*") ? -1 : i - 1;
				}
				return -1;
			}
			if (words.isEmpty() || STATEMENT_WORDS.contains(words.getFirst()) || words.getFirst().startsWith("#"))
				return -1;
			for (int i = 0; i < words.size(); i++) {
				String word = words.get(i);
				boolean initialised = i + 1 < words.size() && words.get(i + 1).equals("=");
				if (DECLARATOR_END.matcher(word).matches() || IDENTIFIER.matcher(word).matches() && initialised)
					return i - 1;
				if (!IDENTIFIER.matcher(word).matches())
					return -1;
			}
			return -1;
		}
	}

	private static boolean sameShape(String[] words, List<String> theirWords, int g) {
		if (g == 0) {
			return words.length > 1 && theirWords.size() > 1
					&& (words[0].equals(theirWords.get(0)) || words[1].equals(theirWords.get(1)));
		}
		return words[0].equals(theirWords.get(0));
	}

	/** The visual column where the word after a line's g-th inner gap starts. */
	private static int columnAfterGap(String line, int g) {
		int i = leadingOf(line).length();
		int gapsSeen = -1;
		while (i < line.length()) {
			while (i < line.length() && !isBlank(line.charAt(i)))
				i++;
			while (i < line.length() && isBlank(line.charAt(i)))
				i++;
			if (++gapsSeen == g)
				return column(line.substring(0, i), 0);
		}
		return column(line, 0);
	}

	/** Tabs (and spaces when the neighbour used them to reach an odd column) from one column to another. */
	static String fill(int from, int to, boolean spaces) {
		if (to <= from)
			return spaces ? " " : "\t";
		StringBuilder gap = new StringBuilder();
		int at = from;
		while ((at / TAB_WIDTH + 1) * TAB_WIDTH <= to) {
			gap.append('\t');
			at = (at / TAB_WIDTH + 1) * TAB_WIDTH;
		}
		if (at < to)
			gap.append(spaces ? " ".repeat(to - at) : "\t");
		return gap.toString();
	}

	static int column(String text, int start) {
		int visual = start;
		for (int i = 0; i < text.length(); i++)
			visual = text.charAt(i) == '\t' ? (visual / TAB_WIDTH + 1) * TAB_WIDTH : visual + 1;
		return visual;
	}

	private static String leadingOf(String line) {
		return Indenter.leading(line);
	}

	/** A text with every run of blanks made one space, as a web page shows it. */
	static String collapse(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			boolean blank = isBlank(text.charAt(i));
			if (!blank || i == 0 || !isBlank(text.charAt(i - 1)))
				out.append(blank ? ' ' : text.charAt(i));
		}
		return out.toString();
	}

	static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}
}
