package org.faultline.c.ast;

import java.util.List;
import java.util.stream.Collectors;

/** The type of a declaration, parameter, field or cast; qualifiers such as {@code const} are dropped. */
public sealed interface Type {

	/** A primitive or typedef name: {@code int}, {@code unsigned long}, {@code pte_t}, {@code bool}. */
	record Named(String name) implements Type {
	}

	/**
	 * {@code struct}, {@code union} or {@code enum} with a tag; {@code fields} is non-empty only where the
	 * body is written at this place (an anonymous {@code typedef struct { ... } pte_t} has a null tag).
	 */
	record Tagged(TagKind kind, String tag, List<Field> fields) implements Type {
		public Tagged {
			fields = List.copyOf(fields);
		}
	}

	record Pointer(Type target) implements Type {
	}

	/** {@code size} is null for {@code []}. */
	record Array(Type element, Expression size) implements Type {
	}

	/** The type of a function or, behind a {@link Pointer}, of a function pointer. */
	record Function(Type returnType, List<Parameter> parameters, boolean variadic) implements Type {
		public Function {
			parameters = List.copyOf(parameters);
		}
	}

	enum TagKind {
		STRUCT, UNION, ENUM;

		public String keyword() {
			return name().toLowerCase();
		}
	}

	/** @return the type as C spells it without a declarator, e.g. {@code struct page *}. */
	default String spelling() {
		return switch (this) {
			case Named n -> n.name();
			case Tagged t -> t.kind().keyword() + (t.tag() == null ? " {...}" : " " + t.tag());
			case Pointer p -> p.target() instanceof Function f
					? f.returnType().spelling() + " (*)(" + parameterSpelling(f) + ")"
					: p.target().spelling() + (p.target() instanceof Pointer ? "*" : " *");
			case Array a -> a.element().spelling() + "[]";
			case Function f -> f.returnType().spelling() + " (" + parameterSpelling(f) + ")";
		};
	}

	private static String parameterSpelling(Function f) {
		String fixed = f.parameters().stream().map(p -> p.type().spelling()).collect(Collectors.joining(", "));
		return f.variadic() ? fixed + ", ..." : fixed;
	}
}
