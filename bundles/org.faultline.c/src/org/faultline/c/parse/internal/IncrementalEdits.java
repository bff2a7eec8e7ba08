package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.treesitter.TSInputEdit;
import org.treesitter.TSNode;
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

	/** The bytes [from, to) of the new text, which replaced other text (none, for a deletion: from == to). */
	record Changed(int from, int to) {
	}

	/**
	 * @param tree the tree parsed from {@code oldText}; edited in place, unless this returns empty
	 * @param declarations the top-level children of that tree, in order
	 * @return where the text changed, in order, if the tree now describes {@code newText} and is worth reparsing:
	 *         not when the declarations found again cover less than half of the new text (a file replaced, or one
	 *         large declaration changed), as tree-sitter then reparses nearly everything, and editing the tree and
	 *         reusing it cost more than a fresh parse (CFuzzTest's main file, docs/reliability.md); the tree is then
	 *         left as it was
	 */
	static Optional<List<Changed>> apply(TSTree tree, String oldText, List<SyntaxNode> declarations, String newText) {
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
			return Optional.empty();
		LineTable newLines = new LineTable(newText.getBytes(StandardCharsets.ISO_8859_1));
		List<Changed> changed = new ArrayList<>();
		int oldFrom = 0;
		newFrom = 0;
		for (int i = 0; i < found.length; i++) {
			if (found[i] < 0)
				continue;
			SyntaxNode d = declarations.get(i);
			edit(tree, oldText, oldFrom, d.startByte(), newText, newFrom, found[i], newLines, changed);
			oldFrom = d.endByte();
			newFrom = found[i] + d.endByte() - d.startByte();
		}
		edit(tree, oldText, oldFrom, oldText.length(), newText, newFrom, newText.length(), newLines, changed);
		return Optional.of(changed);
	}

	/**
	 * Whether a tree reparsed through the edits holds an error or a missing token near a change: in a top-level
	 * item that a changed range overlaps or touches, or in the nearest item before or after those that is not a
	 * comment. Such a tree is to be parsed fresh, as tree-sitter's error recovery through an edited tree can end
	 * where a fresh parse's does not (CFuzzTest, seeds 20261262 and 20261272). An error farther away is kept: the
	 * clean, unchanged item between it and the change ends the parse of everything before the item and starts
	 * that of everything after it at file scope, as in a fresh parse (ADR 0045).
	 *
	 * @param changed the ranges {@link #apply} gave for the text {@code tree} was parsed from
	 */
	static boolean errorNearChange(TSTree tree, List<Changed> changed) {
		TSNode root = tree.getRootNode();
		if (changed.isEmpty() || !NativeTree.hasError(root))
			return false;
		if (!NativeTree.type(root).equals("translation_unit"))
			return true;
		int count = NativeTree.childCount(root);
		for (Changed c : changed) {
			// the first item that reaches the change: a binary search, as a file has hundreds of items
			int low = 0, high = count;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (NativeTree.endByte(NativeTree.child(root, middle)) < c.from())
					low = middle + 1;
				else
					high = middle;
			}
			int next = low;
			for (; next < count; next++) {
				TSNode item = NativeTree.child(root, next);
				if (NativeTree.startByte(item) > c.to())
					break;
				if (NativeTree.hasError(item))
					return true;
			}
			if (errorInNeighbour(root, low - 1, -1, count) || errorInNeighbour(root, next, 1, count))
				return true;
		}
		return false;
	}

	/**
	 * @return whether the first top-level item from index {@code from} on in direction {@code step} that is not a
	 *         comment holds an error (a comment is an extra: it leaves the parser's state as it was)
	 */
	private static boolean errorInNeighbour(TSNode root, int from, int step, int count) {
		for (int i = from; i >= 0 && i < count; i += step) {
			TSNode item = NativeTree.child(root, i);
			if (NativeTree.hasError(item))
				return true;
			if (!NativeTree.extra(item))
				return false;
		}
		return false;
	}

	/**
	 * Replaces old [oldFrom, oldTo) by new [newFrom, newTo), and adds that to {@code changed} unless the text is the
	 * same. Edits go in text order, so the tree's offsets before this gap are already those of the new text.
	 */
	private static void edit(TSTree tree, String oldText, int oldFrom, int oldTo, String newText, int newFrom,
			int newTo, LineTable newLines, List<Changed> changed) {
		if (oldTo - oldFrom == newTo - newFrom && oldText.regionMatches(oldFrom, newText, newFrom, oldTo - oldFrom))
			return;
		TSPoint start = point(newLines, newFrom);
		tree.edit(new TSInputEdit(newFrom, newFrom + oldTo - oldFrom, newTo, start,
				advance(start, oldText, oldFrom, oldTo), point(newLines, newTo)));
		changed.add(new Changed(newFrom, newTo));
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
