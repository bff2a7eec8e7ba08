package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.faultline.c.ast.ConditionalBranch;
import org.faultline.c.ast.ConditionalBranch.Directive;
import org.faultline.c.ast.Deferred;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.Expression.AssignmentOperator;
import org.faultline.c.ast.Expression.BinaryOperator;
import org.faultline.c.ast.Expression.Designator;
import org.faultline.c.ast.Expression.UnaryOperator;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Field;
import org.faultline.c.ast.Node;
import org.faultline.c.ast.Parameter;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.ast.Statement;
import org.faultline.c.ast.StorageClass;
import org.faultline.c.ast.Type;
import org.faultline.c.ast.Variable;

/**
 * Turns the tree-sitter syntax of one file into the immutable AST. Anything it cannot model becomes an
 * {@code Unknown} node plus a {@link Problem}; it never drops source silently.
 */
final class Converter {

	private static final String MACRO_PREFIX = "long __faultline_macro_value = ";
	private static final String LOOP_PREFIX = "void __faultline_macro_loop(void) { ";

	private final String file;
	private final byte[] source;
	private final List<Problem> problems;
	private final Function<String, SyntaxNode> reparse;
	/** Where macro bodies go to be parsed when first read; null: parsed at once through {@link #reparse}. */
	private final MacroBodies bodies;
	/** Shifts that place nodes of a re-parsed macro body at the body's position in the file. */
	private final int lineShift;
	private final int firstLineColumnShift;
	private final int byteShift;
	/** Error and missing nodes the conversion has accounted for; any other one is reported at the end. */
	private final Set<SyntaxNode> handled = Collections.newSetFromMap(new IdentityHashMap<>());
	/** Function bodies left in tree-sitter's tree: the node standing for each, and the body, copied when read. */
	private final Map<SyntaxNode, Deferred<SyntaxNode>> leftBodies;
	/** The bodies converted when first read, in source order; their problems belong in {@link #problems}. */
	private final List<LaterBody> laterBodies = new ArrayList<>();
	/** How many of {@link #problems} the conversion found; those after are of nodes nothing accounted for. */
	private int converted;

	/**
	 * A function body converted when first read: where its problems stand among the file's (before the
	 * {@code at}-th), those its conversion found and those of nodes nothing accounted for.
	 */
	private record LaterBody(int at, Deferred<Statement.Compound> body, List<Problem> found, List<Problem> unhandled) {
	}

	/** A converter that parses macro bodies at once, through {@code reparse}. */
	Converter(String file, byte[] source, List<Problem> problems, Function<String, SyntaxNode> reparse) {
		this(file, source, problems, reparse, null, 0, 0, 0, Map.of());
	}

	/** A converter that leaves macro bodies to be parsed when first read. */
	Converter(String file, byte[] source, List<Problem> problems, MacroBodies bodies) {
		this(file, source, problems, null, bodies, 0, 0, 0, Map.of());
	}

	/**
	 * @return this converter, converting the function bodies left in tree-sitter's tree when first read; their
	 *         problems are in {@link #problems()}
	 */
	Converter leavingBodies(Map<SyntaxNode, Deferred<SyntaxNode>> left) {
		return new Converter(file, source, problems, reparse, bodies, lineShift, firstLineColumnShift, byteShift, left);
	}

	private Converter(String file, byte[] source, List<Problem> problems, Function<String, SyntaxNode> reparse,
			MacroBodies bodies, int lineShift, int firstLineColumnShift, int byteShift,
			Map<SyntaxNode, Deferred<SyntaxNode>> leftBodies) {
		this.file = file;
		this.source = source;
		this.problems = problems;
		this.reparse = reparse;
		this.bodies = bodies;
		this.lineShift = lineShift;
		this.firstLineColumnShift = firstLineColumnShift;
		this.byteShift = byteShift;
		this.leftBodies = leftBodies;
	}

	// ---- file scope ----

	List<ExternalDeclaration> translationUnit(SyntaxNode root) {
		List<ExternalDeclaration> out = externals(root.children());
		converted = problems.size();
		reportUnhandled(root, problems);
		return out;
	}

	/**
	 * @return the problems of the file {@link #translationUnit} converted, in the order a conversion of every body
	 *         at once finds them (the unhandled nodes last, in source order); gathering them converts the bodies
	 *         not read yet
	 */
	Deferred<List<Problem>> problems() {
		if (laterBodies.isEmpty())
			return Deferred.of(List.copyOf(problems));
		List<LaterBody> later = List.copyOf(laterBodies);
		List<Problem> found = List.copyOf(problems);
		int end = converted;
		return Deferred.later(() -> {
			List<Problem> all = new ArrayList<>();
			List<Problem> unhandled = new ArrayList<>(found.subList(end, found.size()));
			int next = 0;
			for (LaterBody b : later) {
				all.addAll(found.subList(next, b.at()));
				next = b.at();
				b.body().get();
				all.addAll(b.found());
				unhandled.addAll(b.unhandled());
			}
			all.addAll(found.subList(next, end));
			// those of a body lie inside it, apart from the others: source order is their order in one walk
			unhandled.sort(Comparator.comparingInt(p -> p.range().startByte()));
			all.addAll(unhandled);
			return List.copyOf(all);
		});
	}

	/**
	 * tree-sitter can attach an error node where no field expects it (e.g. a loop macro without braces,
	 * {@code list_for_each_entry(p, h, m)\n p->n++;}): such a node would vanish from the AST, so it is reported.
	 */
	private void reportUnhandled(SyntaxNode n, List<Problem> into) {
		if (handled.contains(n))
			return;
		if (n.is("ERROR") || n.missing() || n.is(SyntaxNode.TOO_DEEP)) {
			into.add(new Problem(range(n), n.missing() ? "missing " + n.type()
					: n.is("ERROR") ? "syntax error: " + text(n).strip() : n.type()));
			return;
		}
		n.children().forEach(c -> reportUnhandled(c, into));
	}

	private List<ExternalDeclaration> externals(List<SyntaxNode> nodes) {
		List<ExternalDeclaration> out = new ArrayList<>();
		SyntaxNode comment = null;
		for (SyntaxNode n : nodes) {
			if (n.is("comment")) {
				comment = n;
				continue;
			}
			String leading = comment != null && comment.endRow() >= n.startRow() - 1 ? text(comment) : null;
			comment = null;
			try {
				external(n, leading, out);
			} catch (RuntimeException e) {
				// the last line of defence of "never a crash": the construct becomes a problem at its place
				handled.add(n);
				problem(n, "cannot read " + n.type() + " (" + e + ")");
				out.add(new ExternalDeclaration.Unknown(n.type(), text(n), range(n)));
			}
		}
		return out;
	}

	private void external(SyntaxNode n, String leadingComment, List<ExternalDeclaration> out) {
		switch (n.type()) {
			case "function_definition" -> out.add(function(n, leadingComment));
			case "declaration" -> declaration(n, out);
			case "type_definition" -> typedef(n, out);
			case "struct_specifier", "union_specifier", "enum_specifier" -> tagDefinition(n, null, out);
			case "preproc_include" -> out.add(include(n));
			case "preproc_def" -> out.add(objectMacro(n));
			case "preproc_function_def" -> out.add(functionMacro(n));
			case "preproc_if", "preproc_ifdef" ->
				out.add(new ExternalDeclaration.Conditional(branches(n, this::externals), range(n)));
			case "expression_statement" -> {
				// a lone ';' (after a macro invocation, or left by error recovery) carries nothing
				SyntaxNode e = first(n);
				if (e != null && expression(e) instanceof Expression.Call call)
					out.add(new ExternalDeclaration.MacroInvocation(call, range(n)));
				else if (e != null)
					out.add(unknownExternal(n));
			}
			case "ERROR" -> {
				handled.add(n);
				problem(n, "syntax error at file scope");
				out.add(new ExternalDeclaration.Unknown(n.type(), text(n), range(n)));
				for (SyntaxNode c : n.children())
					if (c.is("function_definition") || c.is("declaration"))
						external(c, null, out);
			}
			case "preproc_call" -> {
				// #pragma, #error and the like carry nothing the model keeps
				SyntaxNode directive = n.child("directive"), argument = n.child("argument");
				if (directive != null && argument != null && text(directive).replaceAll("\\s", "").equals("#undef"))
					out.add(new ExternalDeclaration.Undef(text(argument).strip(), range(n)));
			}
			case ";" -> {
				// an empty declaration
			}
			default -> out.add(unknownExternal(n));
		}
	}

	private ExternalDeclaration unknownExternal(SyntaxNode n) {
		handled.add(n);
		problem(n, "unsupported file-scope construct " + n.type());
		return new ExternalDeclaration.Unknown(n.type(), text(n), range(n));
	}

	private ExternalDeclaration.FunctionDefinition function(SyntaxNode n, String leadingComment) {
		Set<StorageClass> storage = storage(n);
		Type base = type(n.child("type"), null);
		Declared d = declarator(n.child("declarator"), base);
		if (!(d.type() instanceof Type.Function f)) {
			problem(n, "function definition without a parameter list");
			return new ExternalDeclaration.FunctionDefinition(d.name(), d.type(), List.of(), false, storage,
					leadingComment, body(n.child("body")), range(n));
		}
		return new ExternalDeclaration.FunctionDefinition(d.name(), f.returnType(), f.parameters(), f.variadic(),
				storage, leadingComment, body(n.child("body")), range(n));
	}

	/** @return a function's body converted now, or when first read if it was left in tree-sitter's tree */
	private Deferred<Statement.Compound> body(SyntaxNode n) {
		Deferred<SyntaxNode> left = n == null ? null : leftBodies.get(n);
		if (left == null)
			return Deferred.of(block(n));
		List<Problem> found = new ArrayList<>();
		List<Problem> unhandled = new ArrayList<>();
		Converter own = new Converter(file, source, found, reparse, bodies, lineShift, firstLineColumnShift, byteShift,
				Map.of());
		Deferred<Statement.Compound> body = Deferred.later(() -> {
			SyntaxNode copied = left.get();
			try {
				Statement.Compound block = own.block(copied);
				own.reportUnhandled(copied, unhandled);
				return block;
			} catch (RuntimeException e) {
				// never a crash: read at once, the whole function would have become an unknown item
				found.add(new Problem(range(copied), "cannot read " + copied.type() + " (" + e + ")"));
				return new Statement.Compound(List.of(), range(copied));
			}
		});
		laterBodies.add(new LaterBody(problems.size(), body, found, unhandled));
		return body;
	}

	private void declaration(SyntaxNode n, List<ExternalDeclaration> out) {
		SyntaxNode typeNode = n.child("type");
		tagDefinition(typeNode, null, out);
		List<Variable> variables = variables(n);
		if (!variables.isEmpty())
			out.add(new ExternalDeclaration.Declaration(variables, range(n)));
	}

	private void typedef(SyntaxNode n, List<ExternalDeclaration> out) {
		List<SyntaxNode> declarators = n.children("declarator");
		String firstName = declarators.isEmpty() ? null : declarator(declarators.get(0), null).name();
		tagDefinition(n.child("type"), firstName, out);
		for (SyntaxNode d : declarators) {
			Declared declared = declarator(d, type(n.child("type"), firstName));
			out.add(new ExternalDeclaration.Typedef(declared.name(), declared.type(), range(n)));
		}
	}

	/** Emits the definition of a struct, union or enum written with a body; anonymous ones take {@code name}. */
	private void tagDefinition(SyntaxNode typeNode, String name, List<ExternalDeclaration> out) {
		if (typeNode == null || typeNode.child("body") == null)
			return;
		SyntaxNode tagNode = typeNode.child("name");
		String tag = tagNode != null ? text(tagNode) : name;
		if (typeNode.is("enum_specifier"))
			out.add(new ExternalDeclaration.EnumDefinition(tag, enumerators(typeNode.child("body")), range(typeNode)));
		else if (type(typeNode, name) instanceof Type.Tagged t)
			out.add(new ExternalDeclaration.StructDefinition(t.kind(), tag, t.fields(), range(typeNode)));
	}

	private List<ExternalDeclaration.Enumerator> enumerators(SyntaxNode list) {
		List<ExternalDeclaration.Enumerator> out = new ArrayList<>();
		long next = 0;
		for (SyntaxNode e : flattenConditionals(list.namedChildren())) {
			if (!e.is("enumerator"))
				continue;
			SyntaxNode valueNode = e.child("value");
			Expression value = valueNode == null ? null : expression(valueNode);
			if (value != null) {
				List<ExternalDeclaration.Enumerator> known = List.copyOf(out);
				Long folded = ConstantFolder.fold(value, id -> known.stream().filter(k -> k.name().equals(id))
						.map(ExternalDeclaration.Enumerator::ordinal).findFirst().orElse(null));
				if (folded != null)
					next = folded;
			}
			out.add(new ExternalDeclaration.Enumerator(text(e.child("name")), value, next, range(e)));
			next++;
		}
		return out;
	}

	private ExternalDeclaration.Include include(SyntaxNode n) {
		SyntaxNode path = n.child("path");
		String raw = text(path);
		boolean system = path.is("system_lib_string");
		boolean quoted = system || path.is("string_literal"); // else a macro naming the file, kept as written
		return new ExternalDeclaration.Include(quoted ? raw.substring(1, raw.length() - 1) : raw, system, range(n));
	}

	private ExternalDeclaration.ObjectMacro objectMacro(SyntaxNode n) {
		String name = text(n.child("name"));
		SyntaxNode value = n.child("value");
		if (value == null)
			return new ExternalDeclaration.ObjectMacro(name, "", Deferred.of(null), range(n));
		return new ExternalDeclaration.ObjectMacro(name, text(value).strip(), code(value, c -> c.macroValue(value)),
				range(n));
	}

	/** @return a macro body converted now, or when first read if {@link #bodies} takes them */
	private <T> Deferred<T> code(SyntaxNode value, Function<Converter, T> conversion) {
		return bodies == null ? Deferred.of(conversion.apply(this)) : bodies.defer(conversion, this, range(value));
	}

	/** @return this converter reporting to {@code found} and parsing macro bodies at once through {@code parse} */
	Converter reporting(List<Problem> found, Function<String, SyntaxNode> parse) {
		return new Converter(file, source, found, parse, null, lineShift, firstLineColumnShift, byteShift, Map.of());
	}

	/**
	 * Parses a macro body as an expression by placing it in a declaration; line continuations become spaces so
	 * positions still match the file.
	 */
	private Expression macroValue(SyntaxNode value) {
		SyntaxNode root = reparse.apply(valueText(value));
		if (root.hasError() || root.namedChildren().size() != 1)
			return null;
		SyntaxNode declaration = root.namedChildren().get(0);
		SyntaxNode init = declaration.child("declarator");
		if (!declaration.is("declaration") || init == null || !init.is("init_declarator")
				|| declaration.children("declarator").size() != 1)
			return null;
		Converter shifted = new Converter(file, source, problems, reparse, null, lineShift + value.startRow(),
				value.startColumn() - MACRO_PREFIX.length(), value.startByte() - MACRO_PREFIX.length(), Map.of());
		return shifted.expression(init.child("value"));
	}

	/**
	 * Parses an iteration macro's body, the head of a for statement, as that statement with an empty body, by
	 * placing it in a function; positions still match the file.
	 */
	private Statement.For macroLoop(SyntaxNode value) {
		SyntaxNode root = reparse.apply(loopText(value));
		if (root.hasError() || root.namedChildren().size() != 1)
			return null;
		SyntaxNode function = root.namedChildren().get(0);
		SyntaxNode block = function.child("body");
		if (!function.is("function_definition") || block == null || block.namedChildren().size() != 1
				|| !block.namedChildren().get(0).is("for_statement"))
			return null;
		Converter shifted = new Converter(file, source, problems, reparse, null, lineShift + value.startRow(),
				value.startColumn() - LOOP_PREFIX.length(), value.startByte() - LOOP_PREFIX.length(), Map.of());
		return shifted.statement(block.namedChildren().get(0)) instanceof Statement.For f ? f : null;
	}

	private String valueText(SyntaxNode value) {
		return MACRO_PREFIX + joined(value) + "\n;";
	}

	private String loopText(SyntaxNode value) {
		return LOOP_PREFIX + joined(value) + "\n; }";
	}

	/**
	 * A macro body with its line continuations as spaces and its kernel annotations blanked
	 * ({@code (__force gfp_t)x} is a cast), so that positions still match the file.
	 */
	private String joined(SyntaxNode value) {
		return FrontEnd.blanks(KernelAnnotations.blank(text(value).replace("\\\n", "  ").replace("\\\r\n", "   ")));
	}

	private ExternalDeclaration.FunctionMacro functionMacro(SyntaxNode n) {
		List<String> parameters = new ArrayList<>();
		String variableArguments = null;
		for (SyntaxNode p : n.child("parameters").children()) {
			if (p.is("identifier"))
				parameters.add(text(p));
			else if (p.is("..."))
				variableArguments = ExternalDeclaration.FunctionMacro.VA_ARGS;
			else if (p.is("ERROR") && text(p).strip().equals("...") && !parameters.isEmpty()
					&& variableArguments == null) {
				// GNU's named variable arguments, "args...", which tree-sitter's grammar does not have
				variableArguments = parameters.removeLast();
				handled.add(p);
			}
		}
		SyntaxNode value = n.child("value");
		String body = value == null ? "" : text(value).strip();
		Deferred<? extends Node> code = value == null || !parsesAsCode(body) ? Deferred.of(null)
				: isLoop(body) ? code(value, c -> c.macroLoop(value)) : code(value, c -> c.macroValue(value));
		return new ExternalDeclaration.FunctionMacro(text(n.child("name")), parameters, variableArguments, body, code,
				range(n));
	}

	/** A body with {@code #} or {@code ##} is not C until expanded. */
	private static boolean parsesAsCode(String body) {
		return !body.contains("#");
	}

	private static boolean isLoop(String body) {
		return body.matches("(?s)for\\b.*");
	}

	/**
	 * @return the texts the conversion of {@code n} will re-parse, macro bodies placed in code: to be parsed in
	 *         one batch beforehand ({@link TreeSitterBridge#batch})
	 */
	List<String> reparsedTexts(SyntaxNode n) {
		List<String> out = new ArrayList<>();
		collectReparsed(n, out);
		return out;
	}

	private void collectReparsed(SyntaxNode n, List<String> out) {
		// this walks every node of a file: the type is asked first, the field only of a macro definition
		SyntaxNode value = n.is("preproc_def") || n.is("preproc_function_def") ? n.child("value") : null;
		if (value != null && n.is("preproc_def"))
			out.add(valueText(value));
		else if (value != null && parsesAsCode(text(value).strip()))
			out.add(isLoop(text(value).strip()) ? loopText(value) : valueText(value));
		else
			for (SyntaxNode c : n.children())
				collectReparsed(c, out);
	}

	// ---- preprocessor conditionals ----

	/** Flattens an {@code #if}/{@code #elif}/{@code #else} chain into its branches, in order. */
	private <T extends Node> List<ConditionalBranch<T>> branches(SyntaxNode n,
			Function<List<SyntaxNode>, List<T>> items) {
		List<ConditionalBranch<T>> out = new ArrayList<>();
		for (SyntaxNode b = n; b != null; b = b.child("alternative")) {
			Directive directive = directive(b);
			SyntaxNode name = b.child("name");
			SyntaxNode condition = b.child("condition");
			List<SyntaxNode> body = b.children().stream()
					.filter(c -> c.named() && c.field() == null)
					.toList();
			out.add(new ConditionalBranch<>(directive, name == null ? null : text(name),
					condition == null ? null : expression(condition), items.apply(body), range(b)));
		}
		return out;
	}

	private Directive directive(SyntaxNode b) {
		String token = b.children().isEmpty() ? "" : text(b.children().get(0)).replaceAll("\\s", "");
		return switch (token) {
			case "#if" -> Directive.IF;
			case "#ifdef" -> Directive.IFDEF;
			case "#ifndef" -> Directive.IFNDEF;
			case "#elif" -> Directive.ELIF;
			case "#elifdef" -> Directive.ELIFDEF;
			case "#elifndef" -> Directive.ELIFNDEF;
			default -> Directive.ELSE;
		};
	}

	/** Struct bodies and enumerator lists keep the items of every branch of an {@code #if}. */
	private static List<SyntaxNode> flattenConditionals(List<SyntaxNode> nodes) {
		List<SyntaxNode> out = new ArrayList<>();
		for (SyntaxNode n : nodes) {
			if (n.type().startsWith("preproc_if") || n.type().startsWith("preproc_el"))
				out.addAll(flattenConditionals(n.children().stream()
						.filter(c -> c.named() && (c.field() == null || c.field().equals("alternative")))
						.toList()));
			else
				out.add(n);
		}
		return out;
	}

	// ---- declarations and types ----

	private record Declared(String name, Type type) {
	}

	private Set<StorageClass> storage(SyntaxNode n) {
		Set<StorageClass> out = EnumSet.noneOf(StorageClass.class);
		for (SyntaxNode c : n.children())
			if (c.is("storage_class_specifier") || c.is("type_qualifier")) {
				StorageClass s = StorageClass.of(text(c).strip());
				if (s != null)
					out.add(s);
			}
		return out;
	}

	private List<Variable> variables(SyntaxNode n) {
		Set<StorageClass> storage = storage(n);
		Type base = type(n.child("type"), null);
		List<Variable> out = new ArrayList<>();
		for (SyntaxNode d : n.children("declarator")) {
			SyntaxNode target = d.is("init_declarator") ? d.child("declarator") : d;
			Declared declared = declarator(target, base);
			SyntaxNode value = d.is("init_declarator") ? d.child("value") : null;
			out.add(new Variable(declared.name(), declared.type(), value == null ? null : expression(value),
					storage, range(d)));
		}
		return out;
	}

	private Type type(SyntaxNode n, String anonymousName) {
		if (n == null)
			return new Type.Named("int");
		return switch (n.type()) {
			case "primitive_type", "type_identifier" -> new Type.Named(text(n));
			case "sized_type_specifier", "macro_type_specifier" -> new Type.Named(text(n).replaceAll("\\s+", " "));
			case "struct_specifier", "union_specifier", "enum_specifier" -> tagged(n);
			default -> {
				problem(n, "unsupported type " + n.type());
				yield new Type.Named(text(n));
			}
		};
	}

	private Type.Tagged tagged(SyntaxNode n) {
		Type.TagKind kind = switch (n.type()) {
			case "struct_specifier" -> Type.TagKind.STRUCT;
			case "union_specifier" -> Type.TagKind.UNION;
			default -> Type.TagKind.ENUM;
		};
		SyntaxNode name = n.child("name");
		SyntaxNode body = n.child("body");
		List<Field> fields = new ArrayList<>();
		if (body != null && kind != Type.TagKind.ENUM)
			for (SyntaxNode f : flattenConditionals(body.namedChildren()))
				fields(f, fields);
		return new Type.Tagged(kind, name == null ? null : text(name), fields);
	}

	private void fields(SyntaxNode f, List<Field> out) {
		// comments and macros defined among the members (flag values, typically) add no member
		if (f.is("comment") || f.is("preproc_def") || f.is("preproc_function_def") || f.is("preproc_call"))
			return;
		if (!f.is("field_declaration")) {
			problem(f, "unsupported struct member " + f.type());
			return;
		}
		Type base = type(f.child("type"), null);
		SyntaxNode bitfield = f.children().stream().filter(c -> c.is("bitfield_clause")).findFirst().orElse(null);
		Expression width = bitfield == null ? null : expression(bitfield.namedChildren().get(0));
		List<SyntaxNode> declarators = f.children("declarator");
		if (declarators.isEmpty())
			out.add(new Field(null, base, width, range(f)));
		for (SyntaxNode d : declarators) {
			Declared declared = declarator(d, base);
			out.add(new Field(declared.name(), declared.type(), width, range(d)));
		}
	}

	/** Applies a (possibly abstract, possibly absent) declarator to a base type. */
	private Declared declarator(SyntaxNode d, Type base) {
		if (d == null)
			return new Declared(null, base);
		return switch (d.type()) {
			case "identifier", "field_identifier", "type_identifier", "primitive_type" ->
				new Declared(text(d), base);
			case "pointer_declarator", "abstract_pointer_declarator" ->
				declarator(d.child("declarator"), new Type.Pointer(base));
			case "array_declarator", "abstract_array_declarator" -> {
				SyntaxNode size = d.child("size");
				yield declarator(d.child("declarator"),
						new Type.Array(base, size == null ? null : expression(size)));
			}
			case "function_declarator", "abstract_function_declarator" -> {
				ParameterList params = parameters(d.child("parameters"));
				yield declarator(d.child("declarator"), new Type.Function(base, params.parameters(), params.variadic()));
			}
			case "parenthesized_declarator", "abstract_parenthesized_declarator", "attributed_declarator" -> {
				List<SyntaxNode> inner = d.namedChildren().stream().filter(c -> !c.is("attribute_specifier")).toList();
				yield declarator(inner.isEmpty() ? null : inner.get(0), base);
			}
			default -> {
				problem(d, "unsupported declarator " + d.type());
				yield new Declared(text(d), base);
			}
		};
	}

	private record ParameterList(List<Parameter> parameters, boolean variadic) {
	}

	private ParameterList parameters(SyntaxNode list) {
		List<Parameter> out = new ArrayList<>();
		boolean variadic = false;
		if (list == null)
			return new ParameterList(out, false);
		for (SyntaxNode p : list.namedChildren()) {
			switch (p.type()) {
				case "parameter_declaration" -> {
					Declared declared = declarator(p.child("declarator"), type(p.child("type"), null));
					out.add(new Parameter(declared.name(), declared.type(), range(p)));
				}
				case "variadic_parameter" -> variadic = true;
				default -> problem(p, "unsupported parameter " + p.type());
			}
		}
		if (out.size() == 1 && out.get(0).name() == null && out.get(0).type() instanceof Type.Named named
				&& named.name().equals("void"))
			out.clear();
		return new ParameterList(out, variadic);
	}

	private Type typeDescriptor(SyntaxNode n) {
		return declarator(n.child("declarator"), type(n.child("type"), null)).type();
	}

	// ---- statements ----

	private Statement.Compound block(SyntaxNode n) {
		if (n == null || !n.is("compound_statement")) {
			if (n != null)
				problem(n, "expected a block, found " + n.type());
			return new Statement.Compound(List.of(), n == null ? null : range(n));
		}
		return new Statement.Compound(blockItems(n.namedChildren()), range(n));
	}

	/**
	 * Converts a sequence of block items. tree-sitter reads {@code radix_tree_for_each_slot(...) { ... }} as a
	 * call missing its semicolon followed by a statement; that pair becomes one {@link Statement.IteratorLoop}.
	 */
	private List<Statement> blockItems(List<SyntaxNode> nodes) {
		List<Statement> out = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			SyntaxNode n = nodes.get(i);
			// the items of an #if branch come with their comments (file scope keeps them as leading comments)
			if (n.is("comment"))
				continue;
			if (isLoopMacroHead(n) && i + 1 < nodes.size()) {
				SyntaxNode call = first(n);
				SyntaxNode body = nodes.get(++i);
				handled.add(n.children().get(n.children().size() - 1));
				out.add(new Statement.IteratorLoop(text(call.child("function")), arguments(call.child("arguments")),
						statement(body), rangeBetween(n, body)));
			} else {
				out.add(statement(n));
			}
		}
		return out;
	}

	private static boolean isLoopMacroHead(SyntaxNode n) {
		if (!n.is("expression_statement") || n.children().isEmpty())
			return false;
		SyntaxNode last = n.children().get(n.children().size() - 1);
		SyntaxNode call = n.children().get(0);
		return last.missing() && call.is("call_expression") && call.child("function").is("identifier");
	}

	private Statement statement(SyntaxNode n) {
		SourceRange r = range(n);
		return switch (n.type()) {
			case "compound_statement" -> block(n);
			case "declaration" -> new Statement.Declaration(variables(n), r);
			case "expression_statement" -> {
				SyntaxNode e = first(n);
				yield e == null ? new Statement.Empty(r) : new Statement.ExpressionStatement(expression(e), r);
			}
			case "if_statement" -> {
				SyntaxNode alternative = n.child("alternative");
				yield new Statement.If(condition(n.child("condition")), statement(n.child("consequence")),
						alternative == null ? null : statement(first(alternative)), r);
			}
			case "switch_statement" ->
				new Statement.Switch(condition(n.child("condition")), statement(n.child("body")), r);
			case "case_statement" -> {
				SyntaxNode value = n.child("value");
				// tree-sitter has no GNU case range: "case 1 ... 3:" leaves "... 3" in an error node
				SyntaxNode range = n.children().stream()
						.filter(c -> c.is("ERROR") && !c.children().isEmpty() && c.children().get(0).is("..."))
						.findFirst().orElse(null);
				SyntaxNode rangeEnd = range == null ? null : first(range);
				if (range != null)
					handled.add(range);
				List<SyntaxNode> body = n.namedChildren().stream().filter(c -> c != value && c != range).toList();
				yield new Statement.Case(value == null ? null : expression(value),
						rangeEnd == null ? null : expression(rangeEnd), blockItems(body), r);
			}
			case "while_statement" ->
				new Statement.While(condition(n.child("condition")), statement(n.child("body")), r);
			case "do_statement" ->
				new Statement.DoWhile(statement(n.child("body")), condition(n.child("condition")), r);
			case "for_statement" -> forStatement(n, r);
			case "goto_statement" -> new Statement.Goto(text(n.child("label")), r);
			case "labeled_statement" -> {
				List<SyntaxNode> rest = n.namedChildren().stream().filter(c -> !"label".equals(c.field())).toList();
				yield new Statement.Labeled(text(n.child("label")),
						rest.isEmpty() ? new Statement.Empty(r) : statement(rest.get(0)), r);
			}
			case "return_statement" -> {
				SyntaxNode e = first(n);
				yield new Statement.Return(e == null ? null : expression(e), r);
			}
			case "break_statement" -> new Statement.Break(r);
			case "continue_statement" -> new Statement.Continue(r);
			case "attributed_statement" -> {
				List<SyntaxNode> inner = n.namedChildren().stream().filter(c -> !c.is("attribute_declaration")).toList();
				yield inner.isEmpty() ? new Statement.Empty(r) : statement(inner.get(0));
			}
			case "preproc_if", "preproc_ifdef" -> new Statement.Conditional(branches(n, this::blockItems), r);
			default -> {
				handled.add(n);
				problem(n, n.is("ERROR") ? "syntax error in statement" : "unsupported statement " + n.type());
				yield new Statement.Unknown(n.type(), text(n), r);
			}
		};
	}

	private Statement forStatement(SyntaxNode n, SourceRange r) {
		SyntaxNode init = n.child("initializer");
		Statement initializer = null;
		if (init != null)
			initializer = init.is("declaration") ? statement(init)
					: new Statement.ExpressionStatement(expression(init), range(init));
		SyntaxNode condition = n.child("condition");
		SyntaxNode update = n.child("update");
		return new Statement.For(initializer, condition == null ? null : expression(condition),
				update == null ? null : expression(update), statement(n.child("body")), r);
	}

	/** The parentheses of {@code if}, {@code while}, {@code switch} and {@code do} are syntax, not an expression. */
	private Expression condition(SyntaxNode n) {
		if (n.is("parenthesized_expression")) {
			SyntaxNode inner = first(n);
			if (inner != null && !inner.is("compound_statement"))
				return expression(inner);
		}
		return expression(n);
	}

	// ---- expressions ----

	Expression expression(SyntaxNode n) {
		SourceRange r = range(n);
		return switch (n.type()) {
			case "identifier", "field_identifier", "statement_identifier" -> new Expression.Identifier(text(n), r);
			case "number_literal" -> number(n, r);
			case "char_literal" -> new Expression.CharLiteral(text(n), Literals.charValue(text(n)), r);
			case "string_literal" -> new Expression.StringLiteral(text(n), Literals.stringValue(text(n)), r);
			case "concatenated_string" -> {
				StringBuilder value = new StringBuilder();
				for (SyntaxNode part : n.namedChildren())
					if (part.is("string_literal"))
						value.append(Literals.stringValue(text(part)));
				yield new Expression.StringLiteral(text(n), value.toString(), r);
			}
			case "true" -> new Expression.BoolLiteral(true, r);
			case "false" -> new Expression.BoolLiteral(false, r);
			case "null" -> new Expression.NullLiteral(r);
			case "binary_expression" -> {
				BinaryOperator op = BinaryOperator.of(text(n.child("operator")));
				yield op == null ? unknown(n, "unknown binary operator")
						: new Expression.Binary(op, expression(n.child("left")), expression(n.child("right")), r);
			}
			case "unary_expression", "pointer_expression" -> unary(n, r);
			case "update_expression" -> update(n, r);
			case "assignment_expression" -> {
				AssignmentOperator op = AssignmentOperator.of(text(n.child("operator")));
				yield op == null ? unknown(n, "unknown assignment operator")
						: new Expression.Assignment(op, expression(n.child("left")), expression(n.child("right")), r);
			}
			case "conditional_expression" -> {
				SyntaxNode whenTrue = n.child("consequence");
				yield new Expression.Conditional(expression(n.child("condition")),
						whenTrue == null ? null : expression(whenTrue), expression(n.child("alternative")), r);
			}
			case "comma_expression" ->
				new Expression.Comma(expression(n.child("left")), expression(n.child("right")), r);
			case "call_expression" ->
				new Expression.Call(expression(n.child("function")), arguments(n.child("arguments")), r);
			case "field_expression" -> new Expression.FieldAccess(expression(n.child("argument")),
					text(n.child("field")), text(n.child("operator")).equals("->"), r);
			case "subscript_expression" -> subscript(n, r);
			case "cast_expression" ->
				new Expression.Cast(typeDescriptor(n.child("type")), expression(n.child("value")), r);
			case "sizeof_expression" -> {
				SyntaxNode t = n.child("type");
				yield t != null ? new Expression.SizeofType(typeDescriptor(t), r)
						: new Expression.SizeofExpression(expression(n.child("value")), r);
			}
			case "parenthesized_expression" -> {
				SyntaxNode inner = first(n);
				if (inner == null)
					yield unknown(n, "empty parentheses");
				yield inner.is("compound_statement") ? new Expression.StatementExpression(block(inner), r)
						: new Expression.Parenthesized(expression(inner), r);
			}
			case "initializer_list" -> initializerList(n);
			case "compound_literal_expression" -> new Expression.CompoundLiteral(typeDescriptor(n.child("type")),
					initializerList(n.child("value")), r);
			case "preproc_defined" -> {
				SyntaxNode name = first(n);
				yield new Expression.Call(new Expression.Identifier("defined", r),
						List.of(name == null ? unknown(n, "defined without a name") : expression(name)), r);
			}
			case "type_descriptor" -> new Expression.TypeName(typeDescriptor(n), r);
			case "gnu_asm_expression" -> new Expression.Asm(text(n), r);
			default -> unknown(n, n.is("ERROR") ? "syntax error in expression" : "unsupported expression " + n.type());
		};
	}

	private Expression unknown(SyntaxNode n, String message) {
		handled.add(n);
		problem(n, message);
		return new Expression.Unknown(n.type(), text(n), range(n));
	}

	private Expression number(SyntaxNode n, SourceRange r) {
		String t = text(n);
		Literals.IntegerValue v = Literals.integerValue(t);
		if (v != null)
			return new Expression.IntegerLiteral(t, v.value(), v.unsigned(), v.longs(), r);
		Double d = Literals.floatValue(t);
		return d != null ? new Expression.FloatLiteral(t, d, r) : unknown(n, "malformed number " + t);
	}

	private Expression unary(SyntaxNode n, SourceRange r) {
		String token = text(n.child("operator"));
		UnaryOperator op = switch (token) {
			case "+" -> UnaryOperator.PLUS;
			case "-" -> UnaryOperator.MINUS;
			case "!" -> UnaryOperator.NOT;
			case "~" -> UnaryOperator.BIT_NOT;
			case "*" -> UnaryOperator.DEREFERENCE;
			case "&" -> UnaryOperator.ADDRESS_OF;
			default -> null;
		};
		return op == null ? unknown(n, "unknown unary operator " + token)
				: new Expression.Unary(op, expression(n.child("argument")), r);
	}

	private Expression update(SyntaxNode n, SourceRange r) {
		SyntaxNode operator = n.child("operator");
		SyntaxNode argument = n.child("argument");
		boolean prefix = operator.startByte() < argument.startByte();
		boolean increment = text(operator).equals("++");
		UnaryOperator op = prefix ? (increment ? UnaryOperator.PRE_INCREMENT : UnaryOperator.PRE_DECREMENT)
				: (increment ? UnaryOperator.POST_INCREMENT : UnaryOperator.POST_DECREMENT);
		return new Expression.Unary(op, expression(argument), r);
	}

	private Expression subscript(SyntaxNode n, SourceRange r) {
		SyntaxNode index = n.child("index");
		if (index == null) {
			List<SyntaxNode> named = n.namedChildren();
			index = named.size() > 1 ? named.get(1) : null;
		}
		if (index != null && index.is("subscript_argument_list"))
			index = first(index);
		return index == null ? unknown(n, "subscript without index")
				: new Expression.Subscript(expression(n.child("argument")), expression(index), r);
	}

	/**
	 * Call arguments. A type argument such as {@code struct page} in a macro call is read by tree-sitter as the
	 * identifier {@code struct} followed by an error node holding the tag; it becomes a {@link Expression.TypeName}.
	 */
	private List<Expression> arguments(SyntaxNode list) {
		List<Expression> out = new ArrayList<>();
		List<SyntaxNode> named = list.namedChildren();
		for (int i = 0; i < named.size(); i++) {
			SyntaxNode a = named.get(i);
			String word = a.is("identifier") ? text(a) : "";
			if ((word.equals("struct") || word.equals("union") || word.equals("enum")) && i + 1 < named.size()
					&& named.get(i + 1).is("ERROR")) {
				SyntaxNode tag = named.get(++i);
				handled.add(tag);
				Type.TagKind kind = Type.TagKind.valueOf(word.toUpperCase());
				out.add(new Expression.TypeName(new Type.Tagged(kind, text(tag).strip(), List.of()), rangeBetween(a, tag)));
			} else {
				out.add(expression(a));
			}
		}
		return out;
	}

	private Expression.InitializerList initializerList(SyntaxNode n) {
		List<Expression.Initializer> elements = new ArrayList<>();
		for (SyntaxNode e : n.namedChildren()) {
			if (e.is("initializer_pair")) {
				List<Designator> designators = new ArrayList<>();
				for (SyntaxNode d : e.children("designator"))
					designators.add(d.is("field_designator") ? new Designator.FieldName(text(first(d)))
							: new Designator.Index(expression(first(d))));
				elements.add(new Expression.Initializer(designators, expression(e.child("value")), range(e)));
			} else {
				elements.add(new Expression.Initializer(List.of(), expression(e), range(e)));
			}
		}
		return new Expression.InitializerList(elements, range(n));
	}

	// ---- positions and text ----

	private static SyntaxNode first(SyntaxNode n) {
		List<SyntaxNode> named = n.namedChildren();
		return named.isEmpty() ? null : named.get(0);
	}

	String text(SyntaxNode n) {
		return new String(source, n.startByte() + byteShift, n.endByte() - n.startByte(), StandardCharsets.UTF_8);
	}

	SourceRange range(SyntaxNode n) {
		return rangeBetween(n, n);
	}

	private SourceRange rangeBetween(SyntaxNode from, SyntaxNode to) {
		int startColumn = from.startColumn() + (from.startRow() == 0 ? firstLineColumnShift : 0);
		int endColumn = to.endColumn() + (to.endRow() == 0 ? firstLineColumnShift : 0);
		return new SourceRange(file, from.startRow() + lineShift + 1, startColumn + 1, to.endRow() + lineShift + 1,
				endColumn + 1, from.startByte() + byteShift, to.endByte() + byteShift);
	}

	private void problem(SyntaxNode n, String message) {
		problems.add(new Problem(range(n), message));
	}
}
