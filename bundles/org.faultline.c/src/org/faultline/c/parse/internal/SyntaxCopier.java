package org.faultline.c.parse.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.treesitter.TSNode;

/**
 * Copies tree-sitter nodes into {@link SyntaxNode}s through a cursor. Each call into the binding costs microseconds
 * (it marshals a node object), so a copy asks each node only for its symbol (and a leaf for its byte range), and the
 * cursor for its field id; names, named-ness and line/column positions come from caches and a table of line starts.
 * Not thread-safe (the caches).
 */
final class SyntaxCopier {

	private final Map<Integer, String> types = new HashMap<>();
	private final Map<Integer, Boolean> named = new HashMap<>();
	private final Map<Integer, String> fields = new HashMap<>();

	/** @return a copy of the cursor's node and everything below it, {@code depth} levels below the root */
	SyntaxNode copy(long cursor, LineTable lines, int depth) {
		return copy(cursor, lines, depth, null);
	}

	/**
	 * The same, but the body of every function definition without an error or a {@code #define} in it is left in
	 * the tree: in its place stands a node of its type and span with no children, handed to {@code leftBodies}.
	 * Converting such a body needs nothing else: no error node to report, no macro body to parse with the file.
	 */
	SyntaxNode copyLeavingBodies(long cursor, LineTable lines, int depth, Consumer<SyntaxNode> leftBodies) {
		return copy(cursor, lines, depth, leftBodies);
	}

	private SyntaxNode copy(long cursor, LineTable lines, int depth, Consumer<SyntaxNode> leftBodies) {
		TSNode node = NativeTree.node(cursor);
		String field = field(cursor);
		if (depth > SyntaxNode.DEEPEST) {
			int start = NativeTree.startByte(node);
			int end = NativeTree.endByte(node);
			int startRow = lines.row(start);
			int endRow = lines.row(end);
			return new SyntaxNode(SyntaxNode.TOO_DEEP, field, true, false, start, end, startRow,
					start - lines.start(startRow), endRow, end - lines.start(endRow), List.of());
		}
		int symbol = NativeTree.symbol(node);
		String type = type(symbol, node);
		boolean isNamed = named.get(symbol);
		boolean leavesBody = leftBodies != null && type.equals("function_definition") && !NativeTree.hasError(node)
				&& !lines.definesMacro(NativeTree.startByte(node), NativeTree.endByte(node));
		List<SyntaxNode> children = List.of();
		if (NativeTree.firstChild(cursor)) {
			children = new ArrayList<>();
			do {
				if (leavesBody && "body".equals(field(cursor))) {
					SyntaxNode left = span(cursor, lines);
					leftBodies.accept(left);
					children.add(left);
				} else
					children.add(copy(cursor, lines, depth + 1, type.equals("function_definition") ? null : leftBodies));
			} while (NativeTree.nextSibling(cursor));
			NativeTree.parent(cursor);
		}
		// a node spans exactly its children, so only leaves need to be asked for their range; a keyword or
		// punctuation token whose text is there in the source ends where that text ends
		int start = children.isEmpty() ? NativeTree.startByte(node) : children.get(0).startByte();
		int end = !children.isEmpty() ? children.get(children.size() - 1).endByte()
				: !isNamed && lines.textAt(start, type) ? start + type.length() : NativeTree.endByte(node);
		int startRow = lines.row(start);
		int endRow = lines.row(end);
		// a token tree-sitter inserted to recover from an error has no width; a named one (an identifier) is asked,
		// as only such a leaf can be both: it had been read as a name of no text (found by CFuzzTest, seed 20261372)
		boolean missing = start == end && children.isEmpty() && (!isNamed || NativeTree.missing(node));
		return new SyntaxNode(type, field, isNamed, missing, start, end, startRow, start - lines.start(startRow),
				endRow, end - lines.start(endRow), children);
	}

	/** @return the cursor's node with its type, field and span but no children */
	private SyntaxNode span(long cursor, LineTable lines) {
		TSNode node = NativeTree.node(cursor);
		int symbol = NativeTree.symbol(node);
		String type = type(symbol, node);
		int start = NativeTree.startByte(node);
		int end = NativeTree.endByte(node);
		int startRow = lines.row(start);
		int endRow = lines.row(end);
		return new SyntaxNode(type, field(cursor), named.get(symbol), false, start, end, startRow,
				start - lines.start(startRow), endRow, end - lines.start(endRow), List.of());
	}

	String type(int symbol, TSNode node) {
		String type = types.get(symbol);
		if (type == null) {
			type = NativeTree.type(node);
			types.put(symbol, type);
			named.put(symbol, NativeTree.named(node));
		}
		return type;
	}

	private String field(long cursor) {
		int fieldId = NativeTree.fieldId(cursor);
		return fieldId == 0 ? null : fields.computeIfAbsent(fieldId, id -> NativeTree.fieldName(cursor));
	}
}
