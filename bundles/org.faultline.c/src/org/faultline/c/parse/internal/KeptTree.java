package org.faultline.c.parse.internal;

import org.faultline.c.ast.Deferred;
import org.treesitter.TSTree;

/**
 * A file's syntax tree kept open for the function bodies its copy left in it ({@link SyntaxCopier#copyLeavingBodies}),
 * each copied when first read. It holds a shallow copy of the parser's tree (tree-sitter shares the nodes and copies
 * them on write), so the parser may edit and free its own for the next version of the file. Freed when the last
 * body is copied, or by the binding's cleaner once unreachable. Thread-safe: one body is copied at a time.
 */
final class KeptTree {

	private final TSTree tree;
	private final LineTable lines;
	private final SyntaxCopier copier = new SyntaxCopier();
	private int left;

	/** @param lines the line table of the text the tree was parsed from */
	KeptTree(TSTree tree, LineTable lines) {
		this.tree = tree.copy();
		this.lines = lines;
	}

	/** @return the body that {@code span} stands for, copied when first read */
	synchronized Deferred<SyntaxNode> body(SyntaxNode span) {
		left++;
		return Deferred.later(() -> copy(span));
	}

	/** Frees the tree now if no body was left in it. */
	synchronized void freeIfUnused() {
		if (left == 0)
			tree.close();
	}

	private synchronized SyntaxNode copy(SyntaxNode span) {
		long cursor = NativeTree.cursor(tree);
		try {
			// down through the nodes holding the body's first byte: the body is the first that starts there
			int depth = 0;
			while (NativeTree.firstChildForByte(cursor, span.startByte())) {
				depth++;
				if (NativeTree.startByte(NativeTree.node(cursor)) == span.startByte() && span.field().equals(
						NativeTree.fieldName(cursor)))
					return copier.copy(cursor, lines, depth);
			}
			throw new IllegalStateException("no function body at byte " + span.startByte());
		} finally {
			NativeTree.deleteCursor(cursor);
			if (--left == 0)
				tree.close();
		}
	}
}
