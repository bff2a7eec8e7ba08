package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.treesitter.TSInputEdit;
import org.treesitter.TSPoint;
import org.treesitter.TSTree;

/**
 * Tells an old syntax tree how its text became a new one, so that tree-sitter reparses only what changed. The
 * old top-level declarations found again, in order, in the new text are the unchanged stretches; each gap
 * between two of them whose text differs becomes one edit. A declaration that is not found only widens a
 * gap, so the edits always describe the change exactly. Texts are byte strings (one char per byte).
 */
final class IncrementalEdits {

	private IncrementalEdits() {
	}

	/**
	 * @param tree the tree parsed from {@code oldText}; edited in place, unless this returns false
	 * @param declarations the top-level children of that tree, in order
	 * @return whether the tree now describes {@code newText} and is worth reparsing: not when the declarations
	 *         found again cover less than half of the new text (a file replaced, or one large declaration
	 *         changed), as tree-sitter then reparses nearly everything, and editing the tree and reusing it cost
	 *         more than a fresh parse (CFuzzTest's main file, docs/reliability.md); the tree is then left as it was
	 */
	static boolean apply(TSTree tree, String oldText, List<SyntaxNode> declarations, String newText) {
		int[] found = new int[declarations.size()];
		int kept = 0;
		int newFrom = 0;
		for (int i = 0; i < found.length; i++) {
			SyntaxNode d = declarations.get(i);
			String text = oldText.substring(d.startByte(), d.endByte());
			found[i] = text.isEmpty() ? -1 : newText.indexOf(text, newFrom);
			if (found[i] >= 0) {
				kept += text.length();
				newFrom = found[i] + text.length();
			}
		}
		if (kept * 2L < newText.length())
			return false;
		LineTable newLines = new LineTable(newText.getBytes(StandardCharsets.ISO_8859_1));
		int oldFrom = 0;
		newFrom = 0;
		for (int i = 0; i < found.length; i++) {
			if (found[i] < 0)
				continue;
			SyntaxNode d = declarations.get(i);
			edit(tree, oldText, oldFrom, d.startByte(), newText, newFrom, found[i], newLines);
			oldFrom = d.endByte();
			newFrom = found[i] + d.endByte() - d.startByte();
		}
		edit(tree, oldText, oldFrom, oldText.length(), newText, newFrom, newText.length(), newLines);
		return true;
	}

	/**
	 * Replaces old [oldFrom, oldTo) by new [newFrom, newTo). Edits go in text order, so the tree's offsets
	 * before this gap are already those of the new text.
	 */
	private static void edit(TSTree tree, String oldText, int oldFrom, int oldTo, String newText, int newFrom,
			int newTo, LineTable newLines) {
		if (oldTo - oldFrom == newTo - newFrom && oldText.regionMatches(oldFrom, newText, newFrom, oldTo - oldFrom))
			return;
		TSPoint start = point(newLines, newFrom);
		tree.edit(new TSInputEdit(newFrom, newFrom + oldTo - oldFrom, newTo, start,
				advance(start, oldText, oldFrom, oldTo), point(newLines, newTo)));
	}

	private static TSPoint point(LineTable lines, int offset) {
		int row = lines.row(offset);
		return new TSPoint(row, offset - lines.start(row));
	}

	/** @return the point after the text [from, to) when it begins at {@code start}. */
	private static TSPoint advance(TSPoint start, String text, int from, int to) {
		int row = start.getRow();
		int lineStart = -1;
		for (int i = from; i < to; i++)
			if (text.charAt(i) == '\n') {
				row++;
				lineStart = i + 1;
			}
		return lineStart < 0 ? new TSPoint(row, start.getColumn() + to - from) : new TSPoint(row, to - lineStart);
	}
}
