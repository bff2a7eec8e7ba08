package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterC;

/**
 * The only class that talks to tree-sitter. It never passes null into the native library (a null reader
 * or language crashes the JVM), and copies each tree into {@link SyntaxNode}s before freeing it.
 */
final class TreeSitterBridge implements AutoCloseable {

	private final TSParser parser = new TSParser();

	TreeSitterBridge() {
		if (!parser.setLanguage(new TreeSitterC()))
			throw new IllegalStateException("tree-sitter rejected the C grammar (ABI version mismatch)");
	}

	/**
	 * Each call into the binding costs microseconds (it marshals a node object), so a copy asks each node only
	 * for its symbol (and a leaf for its byte range), and the cursor for its field id; names, named-ness and
	 * line/column positions come from caches and a table of line starts.
	 */
	private final Map<Integer, String> types = new HashMap<>();
	private final Map<Integer, Boolean> named = new HashMap<>();
	private final Map<Integer, String> fields = new HashMap<>();

	SyntaxNode parse(String source) {
		Objects.requireNonNull(source, "source");
		LineTable lines = new LineTable(source.getBytes(StandardCharsets.UTF_8));
		try (TSTree tree = parser.parseString(null, source)) {
			if (tree == null)
				throw new IllegalStateException("tree-sitter returned no tree");
			long cursor = NativeTree.cursor(tree);
			try {
				return copy(cursor, lines);
			} finally {
				NativeTree.deleteCursor(cursor);
			}
		}
	}

	private SyntaxNode copy(long cursor, LineTable lines) {
		TSNode node = NativeTree.node(cursor);
		int symbol = NativeTree.symbol(node);
		String type = types.get(symbol);
		if (type == null) {
			type = NativeTree.type(node);
			types.put(symbol, type);
			named.put(symbol, NativeTree.named(node));
		}
		boolean isNamed = named.get(symbol);
		int fieldId = NativeTree.fieldId(cursor);
		String field = fieldId == 0 ? null : fields.computeIfAbsent(fieldId, id -> NativeTree.fieldName(cursor));
		List<SyntaxNode> children = List.of();
		if (NativeTree.firstChild(cursor)) {
			children = new ArrayList<>();
			do {
				children.add(copy(cursor, lines));
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
		// a token tree-sitter inserted to recover from an error has no width
		boolean missing = !isNamed && start == end && children.isEmpty();
		return new SyntaxNode(type, field, isNamed, missing, start, end, startRow, start - lines.start(startRow),
				endRow, end - lines.start(endRow), children);
	}

	/** The source's bytes, and byte offsets to 0-based rows as tree-sitter counts them. */
	private static final class LineTable {
		private final byte[] text;
		private final int[] starts;
		private final int count;

		LineTable(byte[] text) {
			this.text = text;
			int[] s = new int[64];
			int n = 1;
			for (int i = 0; i < text.length; i++)
				if (text[i] == '\n') {
					if (n == s.length)
						s = Arrays.copyOf(s, n * 2);
					s[n++] = i + 1;
				}
			starts = s;
			count = n;
		}

		int row(int offset) {
			int r = Arrays.binarySearch(starts, 0, count, offset);
			return r >= 0 ? r : -r - 2;
		}

		int start(int row) {
			return starts[row];
		}

		/** @return whether the ASCII {@code token} is written at {@code offset}. */
		boolean textAt(int offset, String token) {
			if (token.isEmpty() || offset + token.length() > text.length)
				return false;
			for (int i = 0; i < token.length(); i++)
				if (text[offset + i] != token.charAt(i))
					return false;
			return true;
		}
	}

	@Override
	public void close() {
		parser.close();
	}
}
