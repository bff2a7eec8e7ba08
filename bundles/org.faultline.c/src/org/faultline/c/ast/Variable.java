package org.faultline.c.ast;

import java.util.Set;

/**
 * One declarator of a declaration: a local or global variable, or a prototype (its {@code type} is a
 * {@link Type.Function}). {@code initializer} is null when there is none.
 */
public record Variable(String name, Type type, Expression initializer, Set<StorageClass> storage,
		SourceRange range) implements Node {

	public Variable {
		storage = Set.copyOf(storage);
	}

	/** @return whether this declares a function rather than an object. */
	public boolean isPrototype() {
		return type instanceof Type.Function;
	}
}
