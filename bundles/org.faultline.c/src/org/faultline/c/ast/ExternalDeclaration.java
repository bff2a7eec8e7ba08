package org.faultline.c.ast;

import java.util.List;
import java.util.Set;

/** What a translation unit holds at file scope. */
public sealed interface ExternalDeclaration extends Node {

	/**
	 * A function with a body. {@code leadingComment} is the comment right above it (null if none);
	 * annotations after the parameter list such as {@code __releases(ptl)} are not part of the model.
	 */
	record FunctionDefinition(String name, Type returnType, List<Parameter> parameters, boolean variadic,
			Set<StorageClass> storage, String leadingComment, Statement.Compound body, SourceRange range)
			implements ExternalDeclaration {

		public FunctionDefinition {
			parameters = List.copyOf(parameters);
			storage = Set.copyOf(storage);
		}

		/** @return the parameter called {@code name}, or null. */
		public Parameter parameter(String parameterName) {
			return parameters.stream().filter(p -> parameterName.equals(p.name())).findFirst().orElse(null);
		}
	}

	/** Global variables and prototypes; one {@link Variable} per declarator. */
	record Declaration(List<Variable> variables, SourceRange range) implements ExternalDeclaration {
		public Declaration {
			variables = List.copyOf(variables);
		}
	}

	/** A struct or union with a body; an anonymous one that a typedef names gets the typedef's name as tag. */
	record StructDefinition(Type.TagKind kind, String tag, List<Field> fields, SourceRange range)
			implements ExternalDeclaration {
		public StructDefinition {
			fields = List.copyOf(fields);
		}

		public Field field(String fieldName) {
			return fields.stream().filter(f -> fieldName.equals(f.name())).findFirst().orElse(null);
		}
	}

	/** {@code tag} is null for an anonymous enum. */
	record EnumDefinition(String tag, List<Enumerator> enumerators, SourceRange range)
			implements ExternalDeclaration {
		public EnumDefinition {
			enumerators = List.copyOf(enumerators);
		}
	}

	/** An enumeration constant: {@code value} is the written expression (null if none), {@code ordinal} its value. */
	record Enumerator(String name, Expression value, long ordinal, SourceRange range) implements Node {
	}

	record Typedef(String name, Type type, SourceRange range) implements ExternalDeclaration {
	}

	/**
	 * {@code #define NAME body}; {@code value} is the body parsed as an expression, null if it is empty or is
	 * not an expression.
	 */
	record ObjectMacro(String name, String body, Expression value, SourceRange range) implements ExternalDeclaration {
	}

	/**
	 * {@code #define NAME(params) body}: the body as text; as an expression over the parameters in
	 * {@code value} (null if it is empty or not an expression); and for an iteration macro, whose body is the
	 * head of a for statement ({@code list_for_each_entry}), as that for statement with an empty body in
	 * {@code loop} (else null).
	 */
	record FunctionMacro(String name, List<String> parameters, String variableArguments, String body,
			Expression value, Statement.For loop, SourceRange range) implements ExternalDeclaration {
		/** The name the body gives the variable arguments: {@code __VA_ARGS__}, or GNU's {@code args} of {@code args...}. */
		public static final String VA_ARGS = "__VA_ARGS__";

		public FunctionMacro {
			parameters = List.copyOf(parameters);
		}

		/** Whether it takes variable arguments, named {@link #variableArguments} in its body (else null). */
		public boolean variadic() {
			return variableArguments != null;
		}
	}

	/** {@code #undef NAME}: the macro is not defined from here on, until defined again. */
	record Undef(String name, SourceRange range) implements ExternalDeclaration {
	}

	/** {@code #include <path>} ({@code system}) or {@code #include "path"}. */
	record Include(String path, boolean system, SourceRange range) implements ExternalDeclaration {
	}

	/** An {@code #if} group at file scope. */
	record Conditional(List<ConditionalBranch<ExternalDeclaration>> branches, SourceRange range)
			implements ExternalDeclaration {
		public Conditional {
			branches = List.copyOf(branches);
		}
	}

	/** A macro used as a statement at file scope, e.g. {@code EXPORT_SYMBOL(filemap_fault);}. */
	record MacroInvocation(Expression.Call call, SourceRange range) implements ExternalDeclaration {
	}

	/** File-scope source the front end could not model (reported as a problem). */
	record Unknown(String kind, String text, SourceRange range) implements ExternalDeclaration {
	}
}
