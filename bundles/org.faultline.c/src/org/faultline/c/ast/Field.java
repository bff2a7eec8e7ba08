package org.faultline.c.ast;

/** A member of a struct or union; {@code bitWidth} is null unless it is a bit-field. */
public record Field(String name, Type type, Expression bitWidth, SourceRange range) implements Node {
}
