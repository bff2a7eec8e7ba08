package org.faultline.c.ast;

import java.util.List;

/**
 * One branch of an {@code #if}/{@code #ifdef} group. All branches are kept in the tree; a
 * {@link org.faultline.c.parse.Configuration} chooses the active one. {@code symbol} is set for the
 * {@code ifdef} forms, {@code condition} for {@code #if}/{@code #elif}; both are null for {@code #else}.
 */
public record ConditionalBranch<T extends Node>(Directive directive, String symbol, Expression condition,
		List<T> items, SourceRange range) implements Node {

	public ConditionalBranch {
		items = List.copyOf(items);
	}

	public enum Directive {
		IF, IFDEF, IFNDEF, ELIF, ELIFDEF, ELIFNDEF, ELSE
	}
}
