package org.faultline.c.ast;

/** Every element of the C syntax tree knows where it came from. */
public interface Node {

	/** @return the source text this node was built from; never null. */
	SourceRange range();
}
