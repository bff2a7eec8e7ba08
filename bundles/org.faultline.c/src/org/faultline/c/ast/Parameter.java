package org.faultline.c.ast;

/** A function parameter; {@code name} is null in an abstract declarator such as {@code int (*)(char *)}. */
public record Parameter(String name, Type type, SourceRange range) implements Node {
}
