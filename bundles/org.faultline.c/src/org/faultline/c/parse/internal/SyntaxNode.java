package org.faultline.c.parse.internal;

import java.util.List;

/**
 * A plain-Java copy of one tree-sitter node, so that conversion never touches native memory and the native
 * tree can be freed right after parsing. Rows and columns are 0-based as tree-sitter gives them.
 */
record SyntaxNode(String type, String field, boolean named, boolean missing, int startByte, int endByte,
		int startRow, int startColumn, int endRow, int endColumn, List<SyntaxNode> children) {

	/**
	 * How deep a tree is copied. Every step after parsing (conversion, preprocessing, analysis, the interpreter)
	 * recurses over the tree, and 10,000 nested blocks, parentheses, {@code #if}s or a sum of 10,000 terms overflowed
	 * the stack; none of 1,679 files of the kernel's mm/, include/linux/, kernel/, fs/ and x86 headers reaches it.
	 */
	static final int DEEPEST = 512;

	/** The type of a node that stands for a subtree deeper than {@link #DEEPEST}: read as unsupported, a problem. */
	static final String TOO_DEEP = "construct nested deeper than " + DEEPEST + " levels";

	SyntaxNode child(String fieldName) {
		for (SyntaxNode c : children)
			if (fieldName.equals(c.field))
				return c;
		return null;
	}

	List<SyntaxNode> children(String fieldName) {
		return children.stream().filter(c -> fieldName.equals(c.field)).toList();
	}

	List<SyntaxNode> namedChildren() {
		return children.stream().filter(c -> c.named && !c.type.equals("comment")).toList();
	}

	boolean hasChild(String childType) {
		return children.stream().anyMatch(c -> c.type.equals(childType));
	}

	/** @return whether it or a node below is an error or a token tree-sitter inserted */
	boolean hasError() {
		if (type.equals("ERROR") || missing)
			return true;
		for (SyntaxNode c : children)
			if (c.hasError())
				return true;
		return false;
	}

	boolean is(String t) {
		return type.equals(t);
	}
}
