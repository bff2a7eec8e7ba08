package org.faultline.patch.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.faultline.model.patch.LineKind;
import org.faultline.patch.internal.DiffModel.Line;

/**
 * A run of consecutive added lines that align one column together: the values of a block of {@code #define}s, the
 * closing backslashes of a macro's lines, or the names its declarations declare (a new struct's members). Its
 * author chose that column once for the whole block, from its longest line, so the repair decides it once, at the
 * block's first line, and the later lines follow.
 *
 * @param first
 *            the block's first line, its place in the hunk
 * @param shape
 *            what the block aligns
 * @param widest
 *            the column where the longest part before the aligned column ends, as far as the damaged lines tell
 *            (a macro's indents are estimated from the braces open in the block; a declaration's type is measured
 *            from its line's indent, added where the block is decided)
 */
record AlignedBlock(int first, Shape shape, int widest) {

	/** What a block aligns. */
	enum Shape {
		/** the values of {@code #define NAME value} lines */
		DEFINE_VALUE,
		/** the backslashes that end a macro's lines */
		BACKSLASH,
		/** the names that declarations declare: a struct's members, a block's locals */
		DECLARATOR
	}

	/**
	 * The column a block's lines align to and how they reach it; {@link #UNALIGNED} where each line has one blank,
	 * {@link #ONE_TAB} where each has one tab.
	 */
	record Column(int column, Reach reach) {

		static final Column UNALIGNED = new Column(-1, Reach.BLANKS);

		static final Column ONE_TAB = new Column(-1, Reach.TABS);

		/** How a line reaches its block's column. */
		enum Reach {
			TABS,
			BLANKS,
			/** tabs as far as they go, then blanks: a column between tab stops */
			TABS_THEN_BLANKS
		}

		/** The gap from a column to this one; one blank (or one tab) where the text already reaches it. */
		String gap(int from) {
			if (column < 0 || column <= from)
				return reach == Reach.TABS ? "\t" : " ";
			return switch (reach) {
				case BLANKS -> " ".repeat(column - from);
				case TABS -> Spacing.fill(from, column, false);
				case TABS_THEN_BLANKS -> Spacing.fill(from, column, true);
			};
		}
	}

	/**
	 * The blocks of a damaged hunk's added lines, by the place in the hunk of each line they hold. A block of
	 * values holds at least two lines (a single new {@code #define} aligns as its neighbours do); a macro's block
	 * may be one line.
	 *
	 * @param unit
	 *            the file's indent unit, for the estimated indents of a macro's lines
	 */
	static Map<Integer, AlignedBlock> of(List<Line> lines, String unit) {
		Map<Integer, AlignedBlock> blocks = new HashMap<>();
		int unitWidth = Math.max(1, Spacing.column(unit, 0));
		int l = 0;
		while (l < lines.size()) {
			Shape shape = shape(lines.get(l));
			if (shape == null) {
				l++;
				continue;
			}
			int first = l;
			int widest = 0;
			int depth = 0;
			int members = 0;
			while (l < lines.size()
					&& (shape(lines.get(l)) == shape || shape == Shape.DECLARATOR && between(lines.get(l)))) {
				String shown = lines.get(l).text();
				String body = shown.strip();
				if (shape(lines.get(l)) != shape) {
					l++;
					continue;
				}
				members++;
				if (shape == Shape.DECLARATOR) {
					// the type before the name, past the line's indent: the indent is added where it is decided
					List<String> words = List.of(body.split(" "));
					int gap = Spacing.Role.DECLARATOR.gap(words);
					widest = Math.max(widest, String.join(" ", words.subList(0, gap + 1)).length() + 1);
				} else if (shape == Shape.DEFINE_VALUE) {
					widest = Math.max(widest, nameEnd(body.split(" ")) + 1);
				} else {
					String code = body.substring(0, body.length() - 1).strip();
					int level = depth - (code.startsWith("}") ? 1 : 0);
					int indent = shown.isEmpty() || shown.charAt(0) != ' ' && shown.charAt(0) != '\t' ? 0
							: unitWidth * Math.max(1, level);
					widest = Math.max(widest, code.isEmpty() ? 0 : indent + code.length() + 1);
					depth += (int) (code.chars().filter(c -> c == '{').count()
							- code.chars().filter(c -> c == '}').count());
				}
				l++;
			}
			if (shape == Shape.BACKSLASH || members > 1) {
				AlignedBlock block = new AlignedBlock(first, shape, widest);
				for (int i = first; i < l; i++)
					blocks.put(i, block);
			}
		}
		return blocks;
	}

	private static Shape shape(Line line) {
		if (line.kind() != LineKind.ADDED)
			return null;
		String body = line.text().strip();
		if (body.equals("\\") || body.endsWith(" \\"))
			return Shape.BACKSLASH;
		if (valueGap(body.split(" ")) >= 0)
			return Shape.DEFINE_VALUE;
		return !comment(body) && Spacing.Role.DECLARATOR.gap(List.of(body.split(" "))) >= 0 ? Shape.DECLARATOR : null;
	}

	/** Whether a stripped line opens or goes on with a comment. */
	private static boolean comment(String body) {
		return body.startsWith("/*") || body.startsWith("*");
	}

	/** An added blank or comment line: between a block's declarations, it does not end the block. */
	private static boolean between(Line line) {
		String body = line.text().strip();
		return line.kind() == LineKind.ADDED && (body.isEmpty() || comment(body));
	}

	/**
	 * The gap before the value of a {@code #define NAME value} line, its words split at single blanks: after the
	 * name and its parameters. -1 for another line.
	 */
	static int valueGap(String[] words) {
		if (words.length < 3 || !words[0].equals("#define") || words[words.length - 1].equals("\\"))
			return -1;
		int name = words[1].contains("(") ? parametersEnd(words) : 1;
		return name > 0 && name < words.length - 1 ? name : -1;
	}

	/**
	 * The word that closes a {@code #define}'s parameter list, its words split at single blanks; -1 for another
	 * line.
	 */
	static int parametersEnd(String[] words) {
		if (words.length < 2 || !words[0].equals("#define") || !words[1].contains("("))
			return -1;
		int open = 0;
		for (int w = 1; w < words.length; w++) {
			for (char c : words[w].toCharArray())
				open += c == '(' ? 1 : c == ')' ? -1 : 0;
			if (open <= 0)
				return w;
		}
		return -1;
	}

	/** The column where a {@code #define}'s name and parameters end, its words split at single blanks. */
	private static int nameEnd(String[] words) {
		int gap = valueGap(words);
		int end = 0;
		for (int w = 0; w <= gap; w++)
			end += words[w].length() + (w > 0 ? 1 : 0);
		return end;
	}
}
