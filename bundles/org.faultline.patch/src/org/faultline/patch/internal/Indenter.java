package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the indentation of a C line from the lines above it, in the file's own style: one level deeper after
 * an opening brace or an unbraced if/for/while/else/for_each, one less on a closing brace, aligned after the open
 * parenthesis of a continued statement, at column 0 for labels and preprocessor lines, a switch's case labels at
 * its own indent, the next entry of an enum or initializer under the one above, inside a comment one space past
 * its opener. A macro's body reads as the code it expands to. Kernel files indent with tabs.
 */
final class Indenter {

	/** How sure a guess is: strong when the structure above decides it, weak for continuation lines. */
	record Guess(String indent, boolean strong) {
	}

	private static final Pattern LABEL = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*:(\\s.*)?$");

	/** A statement that owns the next one: if/for/while/switch/else/do, and the kernel's for_each macros. */
	private static final Pattern CONTROL = Pattern.compile(
			"^(}\\s*)?((else\\s+)?if|while|for|switch|\\w*for_each\\w*)\\s*\\(.*\\)$|^(}\\s*)?else$|^do$");

	/**
	 * How many entries ending in a comma, one under the other, make a list wherever its opener is: above the lines
	 * read (a long enum's), or above an entry split over two lines.
	 */
	private static final int LIST_ENTRIES = 4;

	/** How many unbraced statements, each the body of the one above, are looked through. */
	private static final int MAX_UNBRACED_OWNERS = 8;

	/** A switch's label alone on its line: it ends no statement a next line continues. */
	private static final Pattern CASE_LABEL = Pattern.compile("^(case\\b.*|default\\s*):$");

	private static final Pattern ENUM = Pattern.compile("\\benum\\b");

	/** A line that starts with an operator goes on with the line above: an entry's name, then {@code = VALUE,}. */
	private static final Pattern CARRIED = Pattern.compile("[=?|]|&&");

	/** A statement's start up to its first operand: a return's value, an assignment's right side. */
	private static final Pattern OPERAND = Pattern.compile("\\s*(return\\s+|[^=;(]*[^=!<>+*/%&|^-]=\\s+)");

	private static final int TAB_WIDTH = 8;

	/** How far back a statement's start is looked for. */
	private static final int MAX_STATEMENT_LINES = 12;

	private final String unit;

	/**
	 * How the file indents a line continued inside an open parenthesis, its most frequent way first: for
	 * definitions and declarations at column 0 (a function's parameters), and for statements inside them,
	 * which authors often continue differently.
	 */
	private final List<Continuation> topLevelRanking;

	private final List<Continuation> nestedRanking;

	/** How many nearby continued statements must agree on a style at most. */
	private static final int AGREEING_EXAMPLES = 3;

	/** The ways kernel code indents a line continued inside an open parenthesis. */
	enum Continuation {
		/** tabs, then spaces, to one column after the parenthesis */
		ALIGNED,
		/** tabs only, the fewest that reach past the parenthesis */
		TABS_PAST,
		/** tabs only, the most that stay short of it, but deeper than the statement's first line */
		TABS_SHORT,
		/** one unit deeper than the statement's first line */
		DEEPER,
		/** two units deeper */
		DEEPER_TWICE
	}

	/** The lines above a line being indented, as last scanned for comments: they only grow while a hunk is repaired. */
	private List<String> scanned;

	private boolean[] scannedInComment;

	private Indenter(String unit, List<Continuation> topLevelRanking, List<Continuation> nestedRanking) {
		this.unit = unit;
		this.topLevelRanking = topLevelRanking;
		this.nestedRanking = nestedRanking;
	}

	/**
	 * An indenter in the style of a file: tabs when its lines mostly start with a tab, else its space step;
	 * continuation lines as the file mostly has them.
	 */
	static Indenter forFile(List<String> lines) {
		int tabs = 0;
		int spaces = 0;
		int step = Integer.MAX_VALUE;
		for (String line : lines) {
			if (line.startsWith("\t")) {
				tabs++;
			} else if (line.startsWith(" ") && !line.isBlank() && !line.strip().startsWith("*")) {
				spaces++;
				step = Math.min(step, leading(line).length());
			}
		}
		String unit = tabs >= spaces ? "\t" : " ".repeat(Math.max(1, Math.min(step, TAB_WIDTH)));
		int[] topLevel = new int[Continuation.values().length];
		int[] nested = new int[Continuation.values().length];
		for (int i = 0; i + 1 < lines.size(); i++) {
			for (Continuation style : continuationsAt(lines, i, unit))
				(leading(lines.get(i)).isEmpty() ? topLevel : nested)[style.ordinal()]++;
		}
		return new Indenter(unit, ranking(topLevel), ranking(nested));
	}

	private static List<Continuation> ranking(int[] counts) {
		List<Continuation> ranking = new ArrayList<>(List.of(Continuation.values()));
		ranking.sort(Comparator.comparingInt((Continuation style) -> counts[style.ordinal()]).reversed());
		return ranking;
	}

	/**
	 * The styles the line after line {@code i} follows when that one opens a parenthesis it leaves open: often
	 * more than one (aligned to a column that is a tab stop is also tabs only), none for other lines.
	 */
	private static Set<Continuation> continuationsAt(List<String> lines, int i, String unit) {
		String code = code(lines.get(i));
		String next = lines.get(i + 1);
		Set<Continuation> styles = EnumSet.noneOf(Continuation.class);
		if (openParenthesis(code) <= 0 || isComment(code) || next.isBlank() || lines.get(i).isBlank())
			return styles;
		String nextIndent = leading(next);
		for (Continuation style : Continuation.values()) {
			if (nextIndent.equals(indent(style, List.of(lines.get(i)), unit)))
				styles.add(style);
		}
		return styles;
	}

	private static String indent(Continuation style, List<String> statement, String unit) {
		String first = leading(statement.getFirst());
		int column = Math.max(0, alignColumn(statement));
		return switch (style) {
			case ALIGNED -> alignAfterOpenParenthesis(statement);
			case TABS_PAST -> "\t".repeat((column + TAB_WIDTH - 1) / TAB_WIDTH);
			// at the first line's own depth a continuation would read as the next statement
			case TABS_SHORT -> "\t".repeat(Math.max(Spacing.column(first, 0) / TAB_WIDTH + 1, column / TAB_WIDTH));
			case DEEPER -> first + unit;
			case DEEPER_TWICE -> first + unit + unit;
		};
	}

	/**
	 * The indent of a continuation line among the removed lines an added statement replaces, when the removed
	 * statement it continues starts at the same indent and leaves open a parenthesis at the same column: an
	 * edited call keeps its author's alignment.
	 *
	 * @param column
	 *            the column one past the parenthesis the added statement leaves open, -1 for one continued after
	 *            an operator
	 * @return null when no removed statement is continued that way
	 */
	private static String replacedContinuation(List<String> replaced, String startIndent, int column) {
		boolean[] inComment = CommentScan.startsInside(replaced);
		for (int j = 1; j < replaced.size(); j++) {
			if (inComment[j] || replaced.get(j).isBlank() || isComment(replaced, j - 1, inComment))
				continue;
			int start = statementStart(replaced, j - 1, inComment);
			String code = code(replaced.get(j - 1));
			boolean continued = column >= 0 ? openParenthesis(joinCode(replaced, start, j - 1)) > 0
					: continues(code) && openParenthesis(joinCode(replaced, start, j - 1)) == 0;
			if (continued && leading(replaced.get(start)).equals(startIndent)
					&& (column < 0 || alignColumn(replaced.subList(start, j)) == column)) {
				return leading(replaced.get(j));
			}
		}
		return null;
	}

	/**
	 * The style the nearest continued statements agree on, nearest first: those of the lines the added line
	 * replaces (its author's habit at this very place), then those above. A statement that fits several
	 * styles narrows them with the next one, as long as some style fits all; the file's habit breaks a tie.
	 */
	private Continuation nearContinuation(List<String> replaced, List<String> above, boolean topLevel) {
		List<Continuation> ranking = topLevel ? topLevelRanking : nestedRanking;
		Set<Continuation> candidates = EnumSet.allOf(Continuation.class);
		int examples = 0;
		for (List<String> lines : List.of(replaced, above)) {
			for (int i = lines.size() - 2; i >= 0 && examples < AGREEING_EXAMPLES; i--) {
				Set<Continuation> styles = continuationsAt(lines, i, unit);
				if (styles.isEmpty() || leading(lines.get(i)).isEmpty() != topLevel)
					continue;
				Set<Continuation> both = EnumSet.copyOf(candidates);
				both.retainAll(styles);
				if (both.isEmpty())
					break;
				candidates = both;
				examples++;
			}
		}
		return ranking.stream().filter(candidates::contains).findFirst().orElseThrow();
	}

	/** One level of indentation in this file. */
	String unit() {
		return unit;
	}

	boolean indentsWithTabs() {
		return unit.equals("\t");
	}

	static String leading(String line) {
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'))
			i++;
		return line.substring(0, i);
	}

	/**
	 * @param above
	 *            the lines before the one to indent, as they will stand in the result
	 * @param text
	 *            the line to indent, without leading whitespace
	 * @param replaced
	 *            the removed lines of the change the line is part of, as the file has them
	 */
	Guess guess(List<String> above, String text, List<String> replaced) {
		if (text.isEmpty() || text.startsWith("#") || LABEL.matcher(text).matches() && !text.startsWith("default"))
			return new Guess("", true);
		if (!above.isEmpty() && above.getLast().startsWith("#") && endsMacroLine(above.getLast())
				&& openParenthesis(code(above.getLast())) <= 0) {
			// a macro's body, one level in as most are
			return new Guess(unit, false);
		}
		boolean[] inComment = inComment(above);
		int last = lastNonBlank(above);
		if (last >= 0 && inComment[last + 1]) {
			// inside a comment: under its opener one column in, else as its previous line; the opener may end a
			// #define's line
			String lastLine = above.get(last);
			String indent = inComment[last] ? leading(lastLine) : openerIndent(lastLine);
			return new Guess(indent, text.startsWith("*"));
		}
		int prev = previousCodeLine(above, above.size() - 1);
		if (prev < 0)
			return new Guess("", false);
		String prevLine = above.get(prev);
		if (isComment(above, prev, inComment)) {
			String base = leading(above.get(commentOpener(prev, inComment)));
			return new Guess(text.startsWith("}") ? dedent(base) : base, true);
		}
		int start = statementStart(above, prev, inComment);
		String statement = joinCode(above, start, prev);
		String startIndent = leading(above.get(start));
		boolean caseLabel = CASE_LABEL.matcher(text).matches();
		if (caseLabel && (statement.endsWith("{") || CASE_LABEL.matcher(statement).matches())) {
			// kernel style: a switch's labels stand at its own indent, one under the other
			return new Guess(startIndent, true);
		}
		if (text.startsWith("}")) {
			String closing = statement.endsWith("{") ? startIndent : dedent(bodyOwnerIndent(above, start, inComment));
			return new Guess(closing, true);
		}
		if (statement.endsWith("{") || CASE_LABEL.matcher(statement).matches())
			return new Guess(startIndent + unit, true);
		if (openParenthesis(statement) > 0) {
			List<String> lines = above.subList(start, prev + 1);
			if (prev > start && alignColumn(lines) == alignColumn(above.subList(start, prev))) {
				// inside the same parenthesis as the statement's previous line: as that line
				return new Guess(leading(above.get(prev)), false);
			}
			String asReplaced = replacedContinuation(replaced, startIndent, alignColumn(lines));
			if (asReplaced != null)
				return new Guess(asReplaced, false);
			Continuation style = nearContinuation(replaced, above.subList(0, start + 1), startIndent.isEmpty());
			return new Guess(indent(style, lines, unit), false);
		}
		if (statement.endsWith(",")) {
			int entry = entryStart(above, prev, inComment);
			if (inList(above, entry, inComment))
				return new Guess(leading(above.get(entry)), true);
		}
		if (continues(statement)) {
			String asReplaced = replacedContinuation(replaced, startIndent, -1);
			return new Guess(asReplaced != null ? asReplaced : startIndent + unit, false);
		}
		if (CONTROL.matcher(statement).matches())
			return new Guess(startIndent + unit, true);
		String base = bodyOwnerIndent(above, start, inComment);
		if (caseLabel)
			return new Guess(dedent(base), false);
		return new Guess(base, true);
	}

	/**
	 * Other indents the lines above allow for the next line, most likely first: inside an open parenthesis every
	 * continuation style (the file's most frequent first) and the previous line's indent; else a level deeper than
	 * the statement above, its own, one level less; inside a comment its lines' indents.
	 */
	List<String> alternatives(List<String> above) {
		int prev = previousCodeLine(above, above.size() - 1);
		if (prev < 0)
			return List.of("", unit);
		boolean[] inComment = inComment(above);
		String prevIndent = leading(above.get(prev));
		List<String> indents = new ArrayList<>();
		if (inComment[prev + 1] || isComment(above, prev, inComment)) {
			String openerLine = above.get(commentOpener(prev, inComment));
			String opener = leading(openerLine);
			indents.addAll(List.of(prevIndent, opener + " ", opener, opener + unit, openerIndent(openerLine)));
			return indents;
		}
		int start = statementStart(above, prev, inComment);
		String startIndent = leading(above.get(start));
		List<String> lines = above.subList(start, prev + 1);
		int column = alignColumn(lines);
		if (column >= 0) {
			for (Continuation style : startIndent.isEmpty() ? topLevelRanking : nestedRanking)
				indents.add(indent(style, lines, unit));
		}
		indents.addAll(List.of(prevIndent, startIndent + unit, startIndent, dedent(startIndent),
				startIndent + unit + unit, prevIndent + unit, startIndent + unit + unit + unit));
		if (column > 0) {
			// authors miss the parenthesis by a column either way
			for (int near : new int[] { column + 1, column - 1 })
				indents.add(toColumn(near));
			// or align to an outer parenthesis, or stop at any tab between the statement and the parenthesis
			int[] outer = alignColumns(lines);
			for (int i = outer.length - 2; i >= 0; i--)
				indents.add(toColumn(outer[i]));
			for (int tabs = startIndent.length() + 1; tabs <= column / TAB_WIDTH + 1; tabs++)
				indents.add("\t".repeat(tabs));
		}
		// an operand continued under the first one: after a return or an assignment
		Matcher operand = OPERAND.matcher(above.get(start));
		if (operand.lookingAt())
			indents.add(toColumn(Spacing.column(operand.group(), 0)));
		return indents;
	}

	/**
	 * Which lines above start inside a comment. A hunk's repair appends each line it indents to the same list:
	 * then only the new lines are scanned.
	 */
	private boolean[] inComment(List<String> above) {
		if (above != scanned || scannedInComment.length - 1 > above.size())
			scannedInComment = CommentScan.startsInside(above);
		else if (scannedInComment.length - 1 < above.size())
			scannedInComment = CommentScan.extended(scannedInComment, above);
		scanned = above;
		return scannedInComment;
	}

	/**
	 * Whether the entries from line {@code start} on are those of an enum or an initializer: after the comma of
	 * one comes the next, at the same indent, not a continuation. The opener is looked for above the entries
	 * before them and the comments between them.
	 */
	private static boolean inList(List<String> above, int start, boolean[] inComment) {
		int opener = previousCodeLine(above, start - 1);
		int entries = 1;
		while (opener >= 0) {
			if (isComment(above, opener, inComment)) {
				opener = previousCodeLine(above, commentOpener(opener, inComment) - 1);
			} else if (code(above.get(opener)).endsWith(",")) {
				int entry = entryStart(above, opener, inComment);
				entries += leading(above.get(entry)).equals(leading(above.get(start))) ? 1 : 0;
				opener = previousCodeLine(above, entry - 1);
			} else {
				break;
			}
		}
		if (entries >= LIST_ENTRIES)
			return true;
		if (opener < 0)
			return false;
		String code = code(above.get(opener));
		if (code.equals("{")) {
			// a brace alone opens a list unless a function's or a control statement's head ends above it
			int head = previousCodeLine(above, opener - 1);
			String headCode = head < 0 ? "" : code(above.get(head));
			return headCode.startsWith("#") || !headCode.endsWith(")");
		}
		return code.endsWith("{") && (ENUM.matcher(code).find() || code.contains("="));
	}

	/** The indent of a complete statement, or of the outermost unbraced if/for/while/else it is the body of. */
	private String bodyOwnerIndent(List<String> above, int start, boolean[] inComment) {
		int current = start;
		// an unbraced if may itself be the body of an unbraced loop: back to the outermost
		for (int owners = 0; owners < MAX_UNBRACED_OWNERS; owners++) {
			int owner = previousCodeLine(above, current - 1);
			if (owner < 0 || isComment(above, owner, inComment))
				break;
			int ownerStart = statementStart(above, owner, inComment);
			if (!CONTROL.matcher(joinCode(above, ownerStart, owner)).matches())
				break;
			current = ownerStart;
		}
		return leading(above.get(current));
	}

	private String dedent(String indent) {
		if (indent.endsWith("\t"))
			return indent.substring(0, indent.length() - 1);
		return indent.substring(0, Math.max(0, indent.length() - unit.length()));
	}

	/**
	 * The nearest line at or above {@code from} that is code: not blank, no label, no preprocessor line; a
	 * macro's body, seen from below its last line, is part of its {@code #define}.
	 */
	private static int previousCodeLine(List<String> above, int from) {
		for (int i = from; i >= 0; i--) {
			if (i > 0 && endsMacroLine(above.get(i - 1)) && !endsMacroLine(above.get(i))) {
				while (i > 0 && endsMacroLine(above.get(i - 1)))
					i--;
				continue;
			}
			String text = above.get(i).strip();
			// a macro's line holding only its backslash is as blank as an empty line
			if (text.equals("\\"))
				continue;
			// a #define whose body the line is in starts the statement that body continues
			boolean macroHead = text.startsWith("#") && endsMacroLine(text);
			if (!text.isEmpty() && (!text.startsWith("#") || macroHead) && !LABEL.matcher(text).matches())
				return i;
		}
		return -1;
	}

	/**
	 * Where the lines of a block comment opened on this line start: one column in from its opener, which for a
	 * comment after code (a member's, an entry's) stands at the column the code left it at.
	 */
	private static String openerIndent(String opener) {
		int at = opener.indexOf("/*");
		if (at < 0 || opener.substring(0, at).isBlank())
			return leading(opener) + " ";
		return toColumn(Spacing.column(opener.substring(0, at), 0) + 1);
	}

	private static int lastNonBlank(List<String> above) {
		int last = above.size() - 1;
		while (last >= 0 && above.get(last).isBlank())
			last--;
		return last;
	}

	/** Whether a line goes on with the next one, as a macro's lines do. */
	private static boolean endsMacroLine(String line) {
		return line.stripTrailing().endsWith("\\");
	}

	private static boolean isComment(String text) {
		return text.startsWith("/*") || text.startsWith("*") || text.startsWith("//");
	}

	/** Whether a line is all comment: inside a block comment, or starting one. */
	private static boolean isComment(List<String> above, int line, boolean[] inComment) {
		String text = above.get(line).strip();
		return inComment[line] || text.startsWith("/*") || text.startsWith("//");
	}

	/** The line that opens the block comment a line is part of (the line itself when it opens one or none). */
	private static int commentOpener(int line, boolean[] inComment) {
		int opener = line;
		while (opener > 0 && inComment[opener])
			opener--;
		return opener;
	}

	/** The first line of the statement that ends at {@code line}, following continuation lines up. */
	private static int statementStart(List<String> above, int line, boolean[] inComment) {
		return startOf(above, line, inComment, false);
	}

	/** The first line of the list entry that ends at {@code line}: the comma ending the entry above ends it. */
	private static int entryStart(List<String> above, int line, boolean[] inComment) {
		return startOf(above, line, inComment, true);
	}

	private static int startOf(List<String> above, int line, boolean[] inComment, boolean entry) {
		int start = line;
		for (int steps = 0; steps < MAX_STATEMENT_LINES; steps++) {
			// a closing brace or a #define's head starts a statement: "};" after "x = 1," starts anew
			if (!entry && (code(above.get(start)).startsWith("}") || code(above.get(start)).startsWith("#")))
				break;
			int before = previousCodeLine(above, start - 1);
			if (before < 0 || isComment(above, before, inComment))
				break;
			String code = code(above.get(before));
			// a statement closes no parenthesis it did not open: "< limit)" goes on a condition above
			boolean closesMore = !entry && openParenthesis(joinCode(above, start, line)) < 0;
			boolean carried = CARRIED.matcher(code(above.get(start))).lookingAt();
			if (entry && code.endsWith(",") || code.endsWith(";") || code.endsWith("{") || code.endsWith("}")
					|| !carried && !continues(code) && openParenthesis(code) <= 0 && !closesMore) {
				break;
			}
			start = before;
		}
		return start;
	}

	private static String joinCode(List<String> above, int from, int to) {
		StringBuilder joined = new StringBuilder();
		for (int i = from; i <= to; i++) {
			String code = code(above.get(i));
			if (!code.isEmpty())
				joined.append(joined.isEmpty() ? "" : " ").append(code);
		}
		return joined.toString();
	}

	/**
	 * A line without leading and trailing whitespace and without a trailing comment; a macro's line without the
	 * backslash that continues it, so that its body reads as the code it expands to.
	 */
	private static String code(String line) {
		String text = line.strip();
		if (text.endsWith("\\"))
			text = text.substring(0, text.length() - 1).strip();
		int comment = text.indexOf("/*");
		int lineComment = text.indexOf("//");
		int cut = comment < 0 ? lineComment : lineComment < 0 ? comment : Math.min(comment, lineComment);
		return (cut > 0 ? text.substring(0, cut) : text).strip();
	}

	private static boolean continues(String code) {
		return code.endsWith(",") || code.endsWith("&&") || code.endsWith("||") || code.endsWith("=")
				|| code.endsWith("+") || code.endsWith("-") || code.endsWith("?") || code.endsWith("|")
				|| code.endsWith("(") || code.endsWith(":") && !LABEL.matcher(code).matches()
						&& !CASE_LABEL.matcher(code).matches();
	}

	private static int openParenthesis(String code) {
		int open = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '(') {
				open++;
			} else if (c == ')') {
				open--;
			}
		}
		return open;
	}

	/** Kernel style: a continued call or condition lines up one column after its open parenthesis. */
	private static String alignAfterOpenParenthesis(List<String> statement) {
		int column = alignColumn(statement);
		if (column < 0)
			return leading(statement.getFirst());
		boolean tabs = statement.getFirst().startsWith("\t") || leading(statement.getFirst()).isEmpty();
		return tabs ? "\t".repeat(column / TAB_WIDTH) + " ".repeat(column % TAB_WIDTH) : " ".repeat(column);
	}

	/** Tabs, then spaces, to a visual column. */
	private static String toColumn(int column) {
		return "\t".repeat(column / TAB_WIDTH) + " ".repeat(column % TAB_WIDTH);
	}

	/** The visual column one after the innermost parenthesis the statement leaves open, or -1. */
	private static int alignColumn(List<String> statement) {
		int[] columns = alignColumns(statement);
		return columns.length == 0 ? -1 : columns[columns.length - 1];
	}

	/** The visual columns one after each parenthesis the statement leaves open, outermost first. */
	private static int[] alignColumns(List<String> statement) {
		int depth = 0;
		int[] openColumns = new int[64];
		for (String line : statement) {
			int visual = 0;
			for (int c = 0; c < line.length(); c++) {
				char ch = line.charAt(c);
				if (ch == '(' && depth < openColumns.length) {
					openColumns[depth++] = visual + 1;
				} else if (ch == ')' && depth > 0) {
					depth--;
				}
				visual = ch == '\t' ? (visual / TAB_WIDTH + 1) * TAB_WIDTH : visual + 1;
			}
		}
		return Arrays.copyOf(openColumns, depth);
	}
}
