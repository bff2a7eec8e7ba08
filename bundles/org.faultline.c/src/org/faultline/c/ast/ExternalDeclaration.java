package org.faultline.c.ast;

import java.util.List;
import java.util.Set;

/** What a translation unit holds at file scope. */
public sealed interface ExternalDeclaration extends Node {

	/**
	 * A function with a body. {@code leadingComment} is the comment right above it (null if none);
	 * annotations after the parameter list such as {@code __releases(ptl)} are not part of the model. The body
	 * ({@link #body()}) of a function in a {@code .c} file is made when first read: a review reads the fault
	 * path's functions, a few dozen of the hundreds a file defines.
	 */
	record FunctionDefinition(String name, Type returnType, List<Parameter> parameters, boolean variadic,
			Set<StorageClass> storage, String leadingComment, Deferred<Statement.Compound> code, SourceRange range)
			implements ExternalDeclaration {

		public FunctionDefinition {
			parameters = List.copyOf(parameters);
			storage = Set.copyOf(storage);
		}

		public FunctionDefinition(String name, Type returnType, List<Parameter> parameters, boolean variadic,
				Set<StorageClass> storage, String leadingComment, Statement.Compound body, SourceRange range) {
			this(name, returnType, parameters, variadic, storage, leadingComment, Deferred.of(body), range);
		}

		/** @return the body, made now if not yet */
		public Statement.Compound body() {
			return code.get();
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
	 * {@code #define NAME body}; {@code code} is the body parsed as an expression when first read
	 * ({@link #value()}).
	 */
	record ObjectMacro(String name, String body, Deferred<Expression> code, SourceRange range)
			implements ExternalDeclaration {

		public ObjectMacro(String name, String body, Expression value, SourceRange range) {
			this(name, body, Deferred.of(value), range);
		}

		/** @return the body as an expression, null if it is empty or is not one; parsed now if not yet */
		public Expression value() {
			return code.get();
		}
	}

	/**
	 * {@code #define NAME(params) body}: the body as text, and in {@code code} as C, parsed when first read: an
	 * expression over the parameters ({@link #value()}), or for an iteration macro, whose body is the head of a
	 * for statement ({@code list_for_each_entry}), that for statement with an empty body ({@link #loop()}).
	 */
	record FunctionMacro(String name, List<String> parameters, String variableArguments, String body,
			Deferred<? extends Node> code, SourceRange range) implements ExternalDeclaration {
		/** The name the body gives the variable arguments: {@code __VA_ARGS__}, or GNU's {@code args} of {@code args...}. */
		public static final String VA_ARGS = "__VA_ARGS__";

		public FunctionMacro {
			parameters = List.copyOf(parameters);
		}

		/** @return the body as an expression, null if it is empty or not one; parsed now if not yet */
		public Expression value() {
			return code.get() instanceof Expression e ? e : null;
		}

		/** @return the body as the for statement of an iteration macro, else null; parsed now if not yet */
		public Statement.For loop() {
			return code.get() instanceof Statement.For f ? f : null;
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
