package org.faultline.c.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
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

	SyntaxNode parse(String source) {
		Objects.requireNonNull(source, "source");
		try (TSTree tree = parser.parseString(null, source)) {
			if (tree == null)
				throw new IllegalStateException("tree-sitter returned no tree");
			try (TSTreeCursor cursor = new TSTreeCursor(tree.getRootNode())) {
				return copy(cursor);
			}
		}
	}

	private static SyntaxNode copy(TSTreeCursor cursor) {
		TSNode node = cursor.currentNode();
		String field = cursor.currentFieldName();
		List<SyntaxNode> children = List.of();
		if (cursor.gotoFirstChild()) {
			children = new ArrayList<>();
			do {
				children.add(copy(cursor));
			} while (cursor.gotoNextSibling());
			cursor.gotoParent();
		}
		var start = node.getStartPoint();
		var end = node.getEndPoint();
		return new SyntaxNode(node.getType(), field, node.isNamed(), node.isMissing(), node.getStartByte(),
				node.getEndByte(), start.getRow(), start.getColumn(), end.getRow(), end.getColumn(), children);
	}

	@Override
	public void close() {
		parser.close();
	}
}
