package org.faultline.exec.internal.interp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.faultline.c.ast.CPrinter;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.ExternalDeclaration.FunctionMacro;
import org.faultline.c.ast.ExternalDeclaration.ObjectMacro;
import org.faultline.c.ast.ExternalDeclaration.StructDefinition;
import org.faultline.c.ast.Field;
import org.faultline.c.ast.Parameter;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.ast.Statement;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.ast.Type;
import org.faultline.c.ast.Variable;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.MacroText;
import org.faultline.c.parse.Program;
import org.faultline.exec.internal.interp.Expr.Arith.Op;
import org.faultline.exec.internal.prim.Linux46;

/**
 * Turns a parsed version (the C front end's {@link Program}) into its executable form, once: names become
 * cell indexes, constants, globals, interpreted functions or primitives; operators get their signed or
 * unsigned variant from the operands' C types; labels become block positions. Constructs it cannot run are
 * recorded as problems with their file:line and fail only if a run reaches them.
 */
public final class Lowering {

	/** Typedef names of the kernel that real sources use without the headers that define them. */
	private static final Map<String, CType> KERNEL_TYPEDEFS = Map.ofEntries(Map.entry("pgoff_t", CType.ULONG),
			Map.entry("loff_t", CType.LONG), Map.entry("gfp_t", CType.UINT), Map.entry("size_t", CType.ULONG),
			Map.entry("ssize_t", CType.LONG), Map.entry("u64", CType.ULONG), Map.entry("u32", CType.UINT),
			Map.entry("u8", new CType.Int(8, false)), Map.entry("s64", CType.LONG), Map.entry("int32_t", CType.INT),
			Map.entry("vm_fault_t", CType.INT), Map.entry("fmode_t", CType.UINT), Map.entry("bool", CType.BOOL),
			Map.entry("_Bool", CType.BOOL));
	private static final Set<String> ENTRY_TYPES = Set.of("pte_t", "pmd_t", "pud_t", "pgd_t", "pgprot_t", "swp_entry_t");
	private static final Set<String> IDENTITY_MACROS = Set.of("likely", "unlikely", "READ_ONCE", "ACCESS_ONCE");
	/** gcc's typeof, which the kernel's macros cast with: {@code (__typeof__(x))(a)} parses as a call. */
	private static final Set<String> STATIC_BRANCHES = Set.of("static_branch_likely", "static_branch_unlikely");
	private static final Set<String> TYPEOF = Set.of("typeof", "__typeof__", "__typeof");

	private final Program ast;
	private final CompiledVersion out;
	private final Predicate<FunctionDefinition> interpreted;
	private final Set<String> declaredStructs = new HashSet<>();
	private final Map<String, Object> constants = new HashMap<>();
	private final Set<String> folding = new HashSet<>();
	/** The parsed bodies of macro uses expanded on text ({@link MacroText}), by macro and text. */
	private final Map<String, Statement> expansions = new HashMap<>();
	/** Parses those texts; opened at the first one. */
	private CParser expansionParser;
	private Map<String, String> declaredByMacro;

	private Lowering(Program ast, PrimitiveTable primitives, Predicate<FunctionDefinition> interpreted) {
		this.ast = ast;
		this.out = new CompiledVersion(new Types(), primitives);
		this.interpreted = interpreted;
	}

	/**
	 * @param interpreted the boundary: which function definitions run as C; the others (header inlines of a
	 *                    real kernel, stopped helpers) are primitives when the table has them
	 */
	public static CompiledVersion lower(Program ast, PrimitiveTable primitives, Predicate<FunctionDefinition> interpreted) {
		Lowering l = new Lowering(ast, primitives, interpreted);
		try {
			l.declareAll();
			// the constants the engine reads, whether or not the version's code uses them
			l.constant(CompiledVersion.DIRECT_RECLAIM);
			primitives.constantsRead().forEach(l::constant);
		} finally {
			if (l.expansionParser != null)
				l.expansionParser.close();
		}
		l.constants.forEach((name, v) -> {
			if (v instanceof Long n)
				l.out.constants.put(name, n);
		});
		return l.out;
	}

	private void declareAll() {
		List<Variable> aggregates = new ArrayList<>();
		for (Variable g : ast.globals()) {
			CType t = type(g.type());
			if (g.type() instanceof Type.Array a && a.size() == null
					&& g.initializer() instanceof Expression.InitializerList list)
				t = new CType.Array(CType.pointee(t), length(list));
			Object init = null;
			if (g.initializer() instanceof Expression.InitializerList
					&& (t instanceof CType.Struct || t instanceof CType.Array))
				aggregates.add(g);
			else if (g.initializer() != null)
				init = fold(g.initializer(), g.range());
			out.globals.put(g.name(), out.globalInit.size());
			out.globalTypes.add(t);
			out.globalInit.add(Expr.wrap(t, init == null && t instanceof CType.Int ? Values.box(0) : init));
		}
		List<FunctionDefinition> defs = new ArrayList<>();
		for (FunctionDefinition f : ast.functions())
			if (interpreted.test(f) || out.primitives().get(f.name()) == null
					|| out.primitives().defersToDefinition(f.name())) {
				out.functions.put(f.name(), new CompiledFunction(f.name(), f.range().file(), f.range().line(),
						type(f.returnType())));
				defs.add(f);
			}
		// after the functions, which tables of operations name
		for (Variable g : aggregates)
			aggregate(g);
		for (FunctionDefinition f : defs)
			new FunctionLowering(f, out.functions.get(f.name())).lower();
	}

	/**
	 * The initialiser of a global struct or array, which each run evaluates for globals of its own; one that is
	 * not constant (the address of another global) is a problem, and the global starts zeroed.
	 */
	private void aggregate(Variable g) {
		int index = out.globals.get(g.name());
		try {
			Expr init = new FunctionLowering(null, null).initializer(out.globalTypes.get(index), g.initializer());
			init.eval(null);
			out.globalAggregates.put(index, init);
		} catch (RuntimeException notConstant) {
			out.problems.add(g.range() + ": initialiser of " + g.name() + " that is not constant (starts zeroed)");
		}
	}

	/** The length an array declared {@code []} takes from its initializer: one past the last index. */
	private int length(Expression.InitializerList list) {
		int next = 0, length = 0;
		for (Expression.Initializer i : list.elements()) {
			if (!i.designators().isEmpty() && i.designators().get(0) instanceof Expression.Designator.Index d
					&& fold(d.index(), i.range()) instanceof Long n)
				next = n.intValue();
			length = Math.max(length, ++next);
		}
		return length;
	}

	/**
	 * The names that file-scope macro invocations declare, by name, with the macro: static keys
	 * ({@code DECLARE_STATIC_KEY_FALSE(key)}) and tracepoints ({@code TRACE_EVENT(event, ...)} and
	 * {@code DEFINE_EVENT(class, event, ...)} declare {@code trace_event}).
	 */
	private Map<String, String> declaredByMacro() {
		if (declaredByMacro == null) {
			declaredByMacro = new HashMap<>();
			for (var unit : ast.units())
				for (var d : ast.configuration().active(unit.declarations()))
					if (d instanceof ExternalDeclaration.MacroInvocation m && m.call().calleeName() instanceof String macro) {
						List<Expression> args = m.call().arguments();
						if (macro.matches("(DECLARE|DEFINE)_STATIC_KEY_(TRUE|FALSE)") && args.size() == 1
								&& args.get(0) instanceof Expression.Identifier key)
							declaredByMacro.put(key.name(), macro);
						else if (macro.equals("TRACE_EVENT") && !args.isEmpty()
								&& args.get(0) instanceof Expression.Identifier event)
							declaredByMacro.put("trace_" + event.name(), macro);
						else if (macro.equals("DEFINE_EVENT") && args.size() > 1
								&& args.get(1) instanceof Expression.Identifier event)
							declaredByMacro.put("trace_" + event.name(), macro);
					}
		}
		return declaredByMacro;
	}

	// ---- types

	CType type(Type t) {
		return switch (t) {
		case Type.Named n -> named(n.name());
		case Type.Tagged tag -> switch (tag.kind()) {
			case ENUM -> CType.INT;
			case STRUCT, UNION -> struct(tag.tag() == null ? "anonymous" : tag.tag(), tag.kind(), tag.fields());
		};
		case Type.Pointer p -> new CType.Pointer(type(p.target()));
		case Type.Array a -> array(type(a.element()), a.size() == null ? null : fold(a.size(), null));
		case Type.Function f -> new CType.Function(type(f.returnType()));
		};
	}

	private CType named(String name) {
		switch (name.replace(" int", "").trim()) {
		case "int", "signed", "signed int":
			return CType.INT;
		case "unsigned", "unsigned int":
			return CType.UINT;
		case "long", "signed long", "long long", "signed long long":
			return CType.LONG;
		case "unsigned long", "unsigned long long":
			return CType.ULONG;
		case "short", "signed short":
			return new CType.Int(16, true);
		case "unsigned short":
			return new CType.Int(16, false);
		case "char", "signed char":
			return CType.CHAR;
		case "unsigned char":
			return new CType.Int(8, false);
		case "void":
			return new CType.Void();
		default:
			break;
		}
		if (ENTRY_TYPES.contains(name))
			return new CType.EntryValue(name);
		var typedef = ast.typedef(name);
		if (typedef != null) {
			if (typedef.type() instanceof Type.Tagged tag && tag.kind() != Type.TagKind.ENUM)
				return struct(tag.tag() == null ? name : tag.tag(), tag.kind(), tag.fields());
			return type(typedef.type());
		}
		CType known = KERNEL_TYPEDEFS.get(name);
		if (known != null)
			return known;
		if (name.equals("pgtable_t"))
			return new CType.Pointer(struct("page", Type.TagKind.STRUCT, List.of()));
		if (name.endsWith("_t"))
			return struct(name, Type.TagKind.STRUCT, List.of());
		return CType.UNKNOWN;
	}

	/** An array of a constant length; of unknown length (a parameter, a flexible member), a pointer. */
	private static CType array(CType element, Object length) {
		return length instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE ? new CType.Array(element, n.intValue())
				: new CType.Pointer(element);
	}

	private CType struct(String tag, Type.TagKind kind, List<Field> inline) {
		StructType s = out.types().struct(tag);
		if (declaredStructs.add(tag)) {
			List<Field> fields = inline;
			if (fields.isEmpty()) {
				StructDefinition def = ast.struct(tag);
				fields = def == null ? List.of() : def.fields();
				kind = def == null ? kind : def.kind();
			}
			// slots in declaration order first, then the types, which may name this struct again
			members(s, fields, kind == Type.TagKind.UNION, false);
			members(s, fields, kind == Type.TagKind.UNION, true);
		}
		return new CType.Struct(s);
	}

	/**
	 * Declares the members of a struct or union in {@code s}: those of a union share the slot of its first
	 * member; those of an anonymous struct or union inside are members of {@code s} itself, as C names them.
	 */
	private void members(StructType s, List<Field> fields, boolean union, boolean typed) {
		int shared = -1;
		for (Field f : fields) {
			if (f.name() == null) {
				if (f.type() instanceof Type.Tagged t && t.kind() != Type.TagKind.ENUM)
					members(s, t.fields(), t.kind() == Type.TagKind.UNION, typed);
				continue;
			}
			CType type = typed ? type(f.type()) : CType.UNKNOWN;
			if (union && shared >= 0)
				s.share(f.name(), type, shared);
			else
				shared = s.declare(f.name(), type);
			if (typed && f.bitWidth() != null && fold(f.bitWidth(), f.range()) instanceof Long width)
				s.bitField(f.name(), width.intValue());
		}
	}

	// ---- constants

	/** The value of a constant expression (a macro body, a global's initialiser), or null. */
	private Object fold(Expression e, SourceRange where) {
		try {
			Expr x = new FunctionLowering(null, null).expr(e);
			return x instanceof Expr.Const c ? c.value : x.eval(null);
		} catch (RuntimeException notConstant) {
			return null;
		}
	}

	private Expr.Const constant(String name) {
		if (constants.containsKey(name)) {
			Object v = constants.get(name);
			return v == null ? null : new Expr.Const(typeOfConstant(v), v);
		}
		Object v = null;
		ObjectMacro m = ast.objectMacro(name);
		if (m != null && m.value() != null && folding.add(name)) {
			v = fold(m.value(), m.range());
			folding.remove(name);
		}
		if (v == null && ast.enumerator(name) != null)
			v = Values.box(ast.enumerator(name).ordinal());
		if (v == null)
			v = Linux46.value(name);
		constants.put(name, v);
		return v == null ? null : new Expr.Const(typeOfConstant(v), v);
	}

	private static CType typeOfConstant(Object v) {
		if (v instanceof Long l)
			return l.longValue() == (int) l.longValue() ? CType.INT : CType.ULONG;
		return CType.UNKNOWN;
	}

	// ---- functions

	private final class FunctionLowering {
		private final FunctionDefinition def;
		private final CompiledFunction target;
		private final List<String> cellNames = new ArrayList<>();
		private final List<CType> cellTypes = new ArrayList<>();
		private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();
		private final Map<String, Integer> labels = new HashMap<>();
		/** The arguments of the macros being expanded, innermost first: a parameter stands for its argument. */
		private final Deque<Map<String, Expression>> macroArguments = new ArrayDeque<>();
		/** The line of the outermost macro use being expanded, which its code runs as; 0 outside expansions. */
		private int expansionLine;

		FunctionLowering(FunctionDefinition def, CompiledFunction target) {
			this.def = def;
			this.target = target;
			scopes.push(new HashMap<>());
		}

		void lower() {
			for (Parameter p : def.parameters())
				if (p.name() != null || !(type(p.type()) instanceof CType.Void))
					cell(p.name() == null ? "?" : p.name(), CType.decay(type(p.type())));
			int params = cellNames.size();
			Stmt body = block(def.body());
			target.define(cellNames, cellTypes, params, body);
		}

		private int cell(String name, CType t) {
			cellNames.add(name);
			cellTypes.add(t);
			scopes.peek().put(name, cellNames.size() - 1);
			return cellNames.size() - 1;
		}

		private Integer local(String name) {
			for (Map<String, Integer> s : scopes) {
				Integer i = s.get(name);
				if (i != null)
					return i;
			}
			return null;
		}

		private int label(String name) {
			return labels.computeIfAbsent(name, k -> labels.size());
		}

		private void problem(SourceRange r, String what) {
			out.problems.add(r + ": " + what);
		}

		// statements

		private Stmt.Block block(Statement.Compound c) {
			scopes.push(new HashMap<>());
			try {
				return items(c.range().line(), ast.configuration().activeStatements(c.items()), null);
			} finally {
				scopes.pop();
			}
		}

		/** Lowers a list of statements into one block; case starts are recorded for a switch. */
		private Stmt.Block items(int line, List<Statement> statements, List<Integer> caseStarts) {
			List<Stmt> items = new ArrayList<>();
			List<Integer> labelIds = new ArrayList<>(), targets = new ArrayList<>();
			for (Statement s : statements)
				item(s, items, labelIds, targets, caseStarts);
			return new Stmt.Block(line, items.toArray(Stmt[]::new), labelIds.stream().mapToInt(i -> i).toArray(),
					targets.stream().mapToInt(i -> i).toArray());
		}

		private void item(Statement s, List<Stmt> items, List<Integer> labelIds, List<Integer> targets,
				List<Integer> caseStarts) {
			switch (s) {
			case Statement.Labeled l -> {
				labelIds.add(label(l.label()));
				targets.add(items.size());
				item(l.statement(), items, labelIds, targets, caseStarts);
			}
			case Statement.Declaration d -> {
				for (Variable v : d.variables())
					items.add(declare(v));
			}
			case Statement.Case c when caseStarts != null -> {
				caseStarts.add(items.size());
				for (Statement inner : c.body())
					item(inner, items, labelIds, targets, caseStarts);
			}
			case Statement.Conditional c -> {
				for (Statement inner : ast.configuration().activeStatements(List.of(c)))
					item(inner, items, labelIds, targets, caseStarts);
			}
			case Statement.Empty e -> {
			}
			case Statement.ExpressionStatement e when declaringMacro(e) instanceof List<Stmt> declarations ->
				items.addAll(declarations);
			default -> items.add(stmt(s));
			}
		}

		/**
		 * A statement that is a use of a macro expanding to a declaration ({@code XA_STATE(xas, ...)},
		 * {@code DECLARE_WAITQUEUE(wait, current)}): its variables declared in the enclosing block, as cpp's
		 * text puts them there, under the names the arguments give; null for any other statement.
		 */
		private List<Stmt> declaringMacro(Statement.ExpressionStatement s) {
			if (!(s.expression() instanceof Expression.Call c) || c.calleeName() == null
					|| local(c.calleeName()) != null || macroArgument(c.calleeName()) != null)
				return null;
			FunctionMacro m = expandable(c.calleeName(), c.arguments().size());
			if (m == null || m.value() != null || m.loop() != null)
				return null;
			String text = MacroText.expand(m, c.arguments().stream().map(a -> CPrinter.print(bound(a))).toList());
			if (!(expansion(m, text) instanceof Statement.Declaration d))
				return null;
			return expanding(m.name(), parameters(m, c.arguments().size()), c.arguments(), c.range().line(),
					() -> d.variables().stream().map(this::declare).toList());
		}

		/** A macro's parameters, with a name for each variable argument beyond them. */
		private List<String> parameters(FunctionMacro m, int arguments) {
			List<String> parameters = new ArrayList<>(m.parameters());
			while (parameters.size() < arguments)
				parameters.add(MacroText.variadicName(parameters.size() - m.parameters().size()));
			return parameters;
		}

		private Stmt declare(Variable v) {
			CType t = type(v.type());
			if (v.type() instanceof Type.Array a && a.size() == null
					&& v.initializer() instanceof Expression.InitializerList list)
				t = new CType.Array(CType.pointee(t), length(list));
			Expr init = v.initializer() == null ? null : initializer(t, v.initializer());
			// a declarator that is a macro parameter declares the argument's name
			int cell = cell(Objects.requireNonNullElse(name(new Expression.Identifier(v.name(), v.range())), v.name()),
					t);
			return new Stmt.Declare(expansionLine > 0 ? expansionLine : v.range().line(), cell, t, init);
		}

		private Expr initializer(CType t, Expression e) {
			if (e instanceof Expression.Call c && initializerMacro(c) instanceof FunctionMacro m)
				return expanding(m.name(), m.parameters(), c.arguments(),
						expansionLine > 0 ? expansionLine : c.range().line(), () -> initializer(t, m.value()));
			if (e instanceof Expression.InitializerList list)
				return switch (t) {
				case CType.Struct s -> structInit(t, s.struct(), list);
				case CType.Array a -> arrayInit(a, list);
				case CType.EntryValue v when list.elements().size() == 1 -> new Expr.EntryInit(t,
						expr(list.elements().get(0).value()));
				default -> unsupportedExpr(list.range(), "initializer list for " + t);
				};
			return expr(e);
		}

		/**
		 * The macro a call in an initialiser uses whose body is an initializer list
		 * ({@code __XA_STATE(array, index, 0, 0)}, {@code __WAITQUEUE_INITIALIZER(name, tsk)}); else null.
		 */
		private FunctionMacro initializerMacro(Expression.Call c) {
			String name = c.calleeName();
			if (name == null || local(name) != null || macroArgument(name) != null)
				return null;
			FunctionMacro m = expandable(name, c.arguments().size());
			return m != null && !m.variadic() && m.value() instanceof Expression.InitializerList ? m : null;
		}

		private Expr arrayInit(CType.Array t, Expression.InitializerList list) {
			List<Integer> indexes = new ArrayList<>();
			List<Expr> values = new ArrayList<>();
			int next = 0;
			for (Expression.Initializer i : list.elements()) {
				if (!i.designators().isEmpty()) {
					if (!(i.designators().get(0) instanceof Expression.Designator.Index d
							&& fold(d.index(), i.range()) instanceof Long n)) {
						problem(i.range(), "array initializer element the model cannot place");
						continue;
					}
					next = n.intValue();
				}
				if (next < 0 || next >= t.length()) {
					problem(i.range(), "array initializer element outside the array");
					continue;
				}
				indexes.add(next++);
				values.add(initializer(t.element(), i.value()));
			}
			return new Expr.ArrayInit(t, indexes.stream().mapToInt(x -> x).toArray(), values.toArray(Expr[]::new));
		}

		private Expr structInit(CType t, StructType s, Expression.InitializerList list) {
			List<String> fields = new ArrayList<>();
			List<Expr> values = new ArrayList<>();
			int position = 0;
			for (Expression.Initializer i : list.elements()) {
				String field = i.designators().isEmpty() ? (position < s.size() ? s.fieldName(position) : null)
						: i.designators().get(0) instanceof Expression.Designator.FieldName f ? f.name() : null;
				position++;
				if (field == null) {
					problem(i.range(), "initializer element the model cannot place");
					continue;
				}
				fields.add(field);
				values.add(initializer(s.fieldType(field), i.value()));
			}
			return new Expr.StructInit(t, s, fields.toArray(String[]::new), values.toArray(Expr[]::new));
		}

		private Stmt stmt(Statement s) {
			int line = s.range().line();
			return switch (s) {
			case Statement.Compound c -> block(c);
			case Statement.ExpressionStatement e -> new Stmt.Eval(line, expr(e.expression()));
			case Statement.If i -> new Stmt.If(line, expr(i.condition()), body(i.then()),
					i.otherwise() == null ? null : body(i.otherwise()));
			case Statement.While w -> new Stmt.Loop(line, null, expr(w.condition()), null, body(w.body()), true);
			case Statement.DoWhile d -> new Stmt.Loop(line, null, expr(d.condition()), null, body(d.body()), false);
			case Statement.For f -> forLoop(f);
			case Statement.IteratorLoop it -> iterator(it);
			case Statement.Return r -> new Stmt.Return(line, r.value() == null ? null : expr(r.value()));
			case Statement.Goto g -> new Stmt.Goto(line, label(g.label()));
			case Statement.Break b -> new Stmt.Jump(line, Stmt.BREAK);
			case Statement.Continue c -> new Stmt.Jump(line, Stmt.CONTINUE);
			case Statement.Switch sw -> switchStmt(sw);
			case Statement.Labeled l -> body(s);
			case Statement.Declaration d -> body(s);
			case Statement.Conditional c -> body(s);
			case Statement.Empty e -> new Stmt.Block(line, new Stmt[0], new int[0], new int[0]);
			case Statement.Case c -> unsupported(c.range(), "case outside a switch");
			case Statement.Unknown u -> unsupported(u.range(), "unparsed " + u.kind() + ": " + u.text());
			};
		}

		/** A statement as a block of its own, so that every statement is a step with its line. */
		private Stmt.Block body(Statement s) {
			if (s instanceof Statement.Compound c)
				return block(c);
			scopes.push(new HashMap<>());
			try {
				return items(s.range().line(), List.of(s), null);
			} finally {
				scopes.pop();
			}
		}

		private Stmt forLoop(Statement.For f) {
			scopes.push(new HashMap<>());
			try {
				List<Stmt> before = new ArrayList<>();
				Expr init = null;
				if (f.initializer() instanceof Statement.Declaration d)
					for (Variable v : d.variables())
						before.add(declare(v));
				else if (f.initializer() instanceof Statement.ExpressionStatement e)
					init = expr(e.expression());
				Stmt loop = new Stmt.Loop(f.range().line(), init, f.condition() == null ? null : expr(f.condition()),
						f.update() == null ? null : expr(f.update()), body(f.body()), true);
				before.add(loop);
				return new Stmt.Block(f.range().line(), before.toArray(Stmt[]::new), new int[0], new int[0]);
			} finally {
				scopes.pop();
			}
		}

		/**
		 * An iteration macro ({@code radix_tree_for_each_slot(slot, root, iter, start) { ... }}), by expanding
		 * the version's own definition: its for head with the arguments in place, and the body as written.
		 */
		private Stmt iterator(Statement.IteratorLoop it) {
			int line = it.range().line();
			FunctionMacro m = expandable(it.macro(), it.arguments().size());
			if (m == null || m.loop() == null)
				return unsupported(it.range(), "loop macro " + it.macro()
						+ (m == null ? " (no definition of that many parameters)" : " (its body is not a for head)"));
			Statement.For head = m.loop();
			scopes.push(new HashMap<>());
			try {
				Expr[] parts = expanding(m.name(), m.parameters(), it.arguments(), line, () -> {
					if (head.initializer() != null && !(head.initializer() instanceof Statement.ExpressionStatement))
						return null;
					return new Expr[] {
							head.initializer() instanceof Statement.ExpressionStatement e ? expr(e.expression()) : null,
							head.condition() == null ? null : expr(head.condition()),
							head.update() == null ? null : expr(head.update()) };
				});
				if (parts == null)
					return unsupported(it.range(), "loop macro " + it.macro() + " that declares its cursor");
				return new Stmt.Loop(line, parts[0], parts[1], parts[2], body(it.body()), true);
			} finally {
				scopes.pop();
			}
		}

		/**
		 * A function-like macro that code uses where no function, primitive or variable of the name is known:
		 * its definition when it takes {@code arguments} and is not being expanded already; else null.
		 */
		private FunctionMacro expandable(String name, int arguments) {
			if (out.functions.containsKey(name) || out.primitives().get(name) != null || out.globals.containsKey(name)
					|| folding.contains(name))
				return null;
			FunctionMacro m = ast.functionMacro(name);
			int fixed = m == null ? -1 : m.parameters().size();
			return m != null && (m.variadic() ? arguments >= fixed : arguments == fixed) ? m : null;
		}

		/** Lowers part of a macro's expansion with its parameters bound to the arguments' source. */
		private <T> T expanding(String macro, List<String> parameters, List<Expression> arguments, int line,
				Supplier<T> lower) {
			Map<String, Expression> bound = new HashMap<>();
			for (int i = 0; i < arguments.size(); i++)
				bound.put(parameters.get(i), arguments.get(i));
			int outer = expansionLine;
			if (outer == 0)
				expansionLine = line;
			macroArguments.push(bound);
			folding.add(macro);
			try {
				return lower.get();
			} finally {
				folding.remove(macro);
				macroArguments.pop();
				expansionLine = outer;
			}
		}

		/**
		 * A use of a macro whose body is no expression over its parameters (it stringifies, pastes, takes
		 * variable arguments, or is a statement such as {@code do ... while (0)}): its text as cpp would make it,
		 * parsed, and lowered with the parameters still bound to the arguments; a body that is not an expression
		 * becomes an expression of no value. Null when the text is not C the front end reads, so that the use
		 * stays an unknown name as before.
		 */
		private Expr textual(FunctionMacro m, List<Expression> arguments, int line) {
			String text = MacroText.expand(m, arguments.stream().map(a -> CPrinter.print(bound(a))).toList());
			Statement parsed = expansion(m, text);
			if (parsed == null)
				return null;
			return expanding(m.name(), parameters(m, arguments.size()), arguments, line,
					() -> parsed instanceof Statement.ExpressionStatement e ? expr(e.expression())
							: new Expr.StatementExpression(body(parsed), null));
		}

		/**
		 * The expansion's text parsed as the statement it makes (a block for none or several), placed at the
		 * macro's definition; null when it does not parse.
		 */
		private Statement expansion(FunctionMacro m, String text) {
			return expansions.computeIfAbsent(m.name() + "\n" + text, k -> {
				if (expansionParser == null)
					expansionParser = new CParser();
				String source = "\n".repeat(Math.max(0, m.range().line() - 1)) + "void __faultline_expansion(void) { "
						+ text + "\n; }\n";
				TranslationUnit unit = expansionParser.parse(m.range().file() + " (" + m.name() + ")", source);
				if (!unit.problems().isEmpty() || unit.declarations().size() != 1
						|| !(unit.declarations().get(0) instanceof ExternalDeclaration.FunctionDefinition f))
					return null;
				List<Statement> items = f.body().items().stream().filter(s -> !(s instanceof Statement.Empty)).toList();
				return items.size() == 1 ? items.get(0) : f.body();
			});
		}

		/**
		 * {@code container_of(ptr, type, member)}, the one macro not run by expansion: its body computes with
		 * byte offsets, and the machine's structs are objects (ADR 0007).
		 */
		private Expr containerOf(List<Expression> arguments) {
			String member = name(arguments.get(2));
			if (member == null)
				return unsupportedExpr(arguments.get(2).range(), "container_of with a member that is not a name");
			CType type = bound(arguments.get(1)) instanceof Expression.TypeName t ? new CType.Pointer(type(t.type()))
					: CType.UNKNOWN;
			return new Expr.ContainerOf(type, expr(arguments.get(0)), member);
		}

		/** What a macro parameter stands for through the expansions under way, innermost first; else itself. */
		private Expression bound(Expression e) {
			for (Map<String, Expression> arguments : macroArguments)
				if (e instanceof Expression.Identifier id && arguments.containsKey(id.name()))
					e = arguments.get(id.name());
				else
					break;
			return e;
		}

		/** The name an identifier stands for through the expansions under way, or null for another expression. */
		private String name(Expression e) {
			return bound(e) instanceof Expression.Identifier id ? id.name() : null;
		}

		/** The argument a macro parameter of the innermost expansion stands for, or null. */
		private Expression macroArgument(String name) {
			Map<String, Expression> bound = macroArguments.peek();
			return bound == null ? null : bound.get(name);
		}

		/** An argument lowered where it was written: outside the expansion that names it. */
		private Expr argument(Expression argument) {
			Map<String, Expression> bound = macroArguments.pop();
			try {
				return expr(argument);
			} finally {
				macroArguments.push(bound);
			}
		}

		private Stmt switchStmt(Statement.Switch sw) {
			List<Expr> values = new ArrayList<>();
			List<Integer> starts = new ArrayList<>();
			int defaultStart = -1;
			List<Statement> items = sw.body() instanceof Statement.Compound c ? c.items() : List.of(sw.body());
			List<Integer> caseStarts = new ArrayList<>();
			scopes.push(new HashMap<>());
			Stmt.Block body;
			try {
				body = items(sw.range().line(), items, caseStarts);
			} finally {
				scopes.pop();
			}
			int k = 0;
			for (Statement s : items)
				if (s instanceof Statement.Case c) {
					if (c.isDefault())
						defaultStart = caseStarts.get(k);
					else {
						values.add(expr(c.value()));
						starts.add(caseStarts.get(k));
					}
					k++;
				}
			return new Stmt.Switch(sw.range().line(), expr(sw.selector()), values.toArray(Expr[]::new),
					starts.stream().mapToInt(i -> i).toArray(), defaultStart, body);
		}

		private Stmt unsupported(SourceRange r, String what) {
			problem(r, what);
			String message = r + ": the model cannot run " + what;
			return new Stmt.Eval(r.line(), new Expr(CType.UNKNOWN) {
				@Override
				Object eval(Frame f) {
					throw new InterpreterError(message);
				}
			});
		}

		// expressions

		Expr expr(Expression e) {
			return switch (e) {
			case Expression.Identifier id -> identifier(id);
			case Expression.IntegerLiteral i -> integer(i);
			case Expression.CharLiteral c -> new Expr.Const(CType.CHAR, Values.box(c.value()));
			case Expression.BoolLiteral b -> new Expr.Const(CType.BOOL, Values.box(b.value() ? 1 : 0));
			case Expression.NullLiteral n -> new Expr.Const(new CType.Pointer(new CType.Void()), null);
			case Expression.StringLiteral s -> new Expr.Const(CType.UNKNOWN, s.value());
			case Expression.FloatLiteral f -> unsupportedExpr(f.range(), "floating point");
			case Expression.Parenthesized p -> expr(p.inner());
			case Expression.Unary u -> unary(u);
			case Expression.Binary b -> binary(b);
			case Expression.Assignment a -> assignment(a);
			case Expression.Conditional c -> {
				Expr cond = expr(c.condition());
				Expr t = c.whenTrue() == null ? cond : expr(c.whenTrue());
				Expr f = expr(c.whenFalse());
				yield new Expr.Conditional(CType.common(t.type, f.type), cond, t, f);
			}
			case Expression.Comma c -> new Expr.Comma(expr(c.left()), expr(c.right()));
			case Expression.Call c -> call(c);
			case Expression.FieldAccess f -> member(f);
			case Expression.Subscript s -> {
				Expr base = expr(s.array());
				Expr sum = new Expr.Arith(CType.decay(base.type), Op.ADD, base, expr(s.index()), false);
				yield new Expr.Deref(CType.pointee(base.type), sum);
			}
			case Expression.Cast c -> cast(c);
			case Expression.SizeofType s -> new Expr.Const(CType.ULONG, Values.box(sizeOf(type(s.type()))));
			case Expression.SizeofExpression s -> new Expr.Const(CType.ULONG, Values.box(sizeOf(expr(s.operand()).type)));
			case Expression.InitializerList l -> unsupportedExpr(l.range(), "initializer list outside a declaration");
			case Expression.CompoundLiteral c -> {
				CType t = type(c.type());
				if (c.type() instanceof Type.Array a && a.size() == null)
					t = new CType.Array(CType.pointee(t), length(c.value()));
				yield initializer(t, c.value());
			}
			case Expression.StatementExpression s -> statementExpression(s);
			case Expression.TypeName t -> new Expr.Const(type(t.type()), null);
			case Expression.Unknown u -> unsupportedExpr(u.range(), "unparsed " + u.kind() + ": " + u.text());
			default -> unsupportedExpr(e.range(), "expression " + e.getClass().getSimpleName());
			};
		}

		/**
		 * A cast, or what the parser could only read as one inside a macro body, where it cannot know which
		 * names are types: {@code (y)-1} with {@code y} a parameter is a subtraction, and
		 * {@code (__typeof__(x))v} a cast to the type of {@code x}.
		 */
		private Expr cast(Expression.Cast c) {
			if (c.type() instanceof Type.Named n && macroArgument(n.name()) != null) {
				Expr left = expr(new Expression.Identifier(n.name(), c.range()));
				return switch (c.operand()) {
				case Expression.IntegerLiteral i when i.value().signum() < 0 -> arith(Op.SUB, left,
						integer(new Expression.IntegerLiteral(i.text().substring(1), i.value().negate(), i.unsigned(),
								i.longs(), i.range())));
				case Expression.Unary u when u.operator() == Expression.UnaryOperator.MINUS -> arith(Op.SUB, left,
						expr(u.operand()));
				case Expression.Unary u when u.operator() == Expression.UnaryOperator.PLUS -> arith(Op.ADD, left,
						expr(u.operand()));
				default -> unsupportedExpr(c.range(), "cast to macro parameter " + n.name());
				};
			}
			CType t;
			if (c.type() instanceof Type.Function f && f.returnType() instanceof Type.Named r
					&& TYPEOF.contains(r.name()) && f.parameters().size() == 1
					&& f.parameters().get(0).type() instanceof Type.Named of)
				t = expr(new Expression.Identifier(of.name(), c.range())).type;
			else
				t = type(c.type());
			Expr operand = expr(c.operand());
			return t instanceof CType.Void ? operand : new Expr.Cast(t, operand);
		}

		private long sizeOf(CType t) {
			return switch (t) {
			case CType.Int i -> Math.max(1, i.bits() / 8);
			case CType.Struct s -> 8L * Math.max(1, s.struct().size());
			case CType.Array a -> a.length() * sizeOf(a.element());
			default -> 8;
			};
		}

		private Expr unsupportedExpr(SourceRange r, String what) {
			problem(r, what);
			String message = r + ": the model cannot run " + what;
			return new Expr(CType.UNKNOWN) {
				@Override
				Object eval(Frame f) {
					throw new InterpreterError(message);
				}
			};
		}

		private Expr integer(Expression.IntegerLiteral i) {
			long v = i.value().longValue();
			boolean wide = i.longs() > 0 || v != (int) v && !(i.unsigned() && v == (v & 0xffffffffL));
			CType t = new CType.Int(wide ? 64 : 32, !i.unsigned() && !(wide && v < 0));
			return new Expr.Const(t, Values.box(v));
		}

		private Expr identifier(Expression.Identifier id) {
			String name = id.name();
			Expression argument = macroArgument(name);
			if (argument != null)
				return argument(argument);
			if (def != null) {
				Integer cell = local(name);
				if (cell != null)
					return new Expr.Local(cellTypes.get(cell), cell);
			}
			Integer g = out.globals.get(name);
			if (g != null)
				return new Expr.Global(out.globalTypes.get(g), g, name);
			Expr.Const c = constant(name);
			if (c != null)
				return c;
			ObjectMacro macro = ast.objectMacro(name);
			if (macro != null && macro.value() != null && folding.add(name)) {
				// A macro that is not a constant (e.g. "current"): its body, lowered where it is used.
				try {
					return expr(macro.value());
				} finally {
					folding.remove(name);
				}
			}
			CompiledFunction fn = out.functions.get(name);
			if (fn != null)
				return new Expr.Const(new CType.Pointer(new CType.Function(fn.result())), fn);
			Primitive p = out.primitives().get(name);
			if (p != null)
				return new Expr.Const(CType.UNKNOWN, p);
			// the compiler's own macros: where the code is written, and the line of the outermost macro use
			if (name.equals("__FILE__"))
				return new Expr.Const(CType.UNKNOWN, (def == null ? id.range() : def.range()).file());
			if (name.equals("__LINE__"))
				return new Expr.Const(new CType.Int(32, true),
						Values.box(expansionLine > 0 ? expansionLine : id.range().line()));
			if (def == null)
				throw new InterpreterError("not a constant: " + name);
			problem(id.range(), "unknown name " + name);
			return new Expr.Unknown(name, null);
		}

		private Expr unary(Expression.Unary u) {
			if (u.operator() == Expression.UnaryOperator.ADDRESS_OF && folioPage(u.operand()) instanceof Expr folio)
				return folio;
			Expr x = expr(u.operand());
			return switch (u.operator()) {
			case PLUS -> x;
			case MINUS -> new Expr.Negate(promote(x.type), x, false);
			case BIT_NOT -> new Expr.Negate(promote(x.type), x, true);
			case NOT -> new Expr.Not(x);
			case DEREFERENCE -> new Expr.Deref(CType.pointee(x.type), x);
			case ADDRESS_OF -> x instanceof Expr.Const c && c.value instanceof FunctionRef ? x
					: new Expr.AddressOf(new CType.Pointer(x.type), x);
			case PRE_INCREMENT -> new Expr.Step(x, 1, false);
			case PRE_DECREMENT -> new Expr.Step(x, -1, false);
			case POST_INCREMENT -> new Expr.Step(x, 1, true);
			case POST_DECREMENT -> new Expr.Step(x, -1, true);
			};
		}

		/**
		 * {@code &folio->page}: the folio's head page, which the machine's folio is (a folio begins with its
		 * head page, and the model's folios have one page); null for any other operand.
		 */
		private Expr folioPage(Expression operand) {
			while (operand instanceof Expression.Parenthesized p)
				operand = p.inner();
			if (!(operand instanceof Expression.FieldAccess f && f.arrow() && f.field().equals("page")))
				return null;
			Expr folio = expr(f.object());
			if (!(CType.pointee(folio.type) instanceof CType.Struct s && s.struct().tag().equals("folio")))
				return null;
			return new Expr.Cast(new CType.Pointer(struct("page", Type.TagKind.STRUCT, List.of())), folio);
		}

		private CType promote(CType t) {
			return t instanceof CType.Int i && i.bits() < 32 ? CType.INT : t;
		}

		private Expr binary(Expression.Binary b) {
			Expr l = expr(b.left()), r = expr(b.right());
			return switch (b.operator()) {
			case LOGICAL_AND -> new Expr.And(l, r);
			case LOGICAL_OR -> new Expr.Or(l, r);
			default -> arith(op(b.operator()), l, r);
			};
		}

		private Expr arith(Op op, Expr l, Expr r) {
			CType lt = CType.decay(l.type), rt = CType.decay(r.type);
			CType common = CType.common(lt, rt);
			boolean comparison = op.ordinal() >= Op.LT.ordinal();
			boolean unsigned = op == Op.SHR ? CType.isUnsigned64(lt) || lt == CType.UINT
					: CType.isUnsigned64(common) || common == CType.UINT;
			CType result;
			if (comparison)
				result = CType.INT;
			else if (op == Op.SHL || op == Op.SHR)
				result = promote(lt);
			else if (lt instanceof CType.Pointer && (op == Op.ADD || op == Op.SUB))
				result = rt instanceof CType.Pointer ? CType.LONG : lt;
			else if (rt instanceof CType.Pointer && op == Op.ADD)
				result = rt;
			else
				result = common;
			return new Expr.Arith(result, op, l, r, unsigned);
		}

		private Op op(Expression.BinaryOperator o) {
			return switch (o) {
			case MULTIPLY -> Op.MUL;
			case DIVIDE -> Op.DIV;
			case REMAINDER -> Op.REM;
			case ADD -> Op.ADD;
			case SUBTRACT -> Op.SUB;
			case SHIFT_LEFT -> Op.SHL;
			case SHIFT_RIGHT -> Op.SHR;
			case LESS -> Op.LT;
			case LESS_EQUAL -> Op.LE;
			case GREATER -> Op.GT;
			case GREATER_EQUAL -> Op.GE;
			case EQUAL -> Op.EQ;
			case NOT_EQUAL -> Op.NE;
			case BIT_AND -> Op.AND;
			case BIT_XOR -> Op.XOR;
			case BIT_OR -> Op.OR;
			case LOGICAL_AND, LOGICAL_OR -> throw new AssertionError(o);
			};
		}

		private Expr assignment(Expression.Assignment a) {
			Expr target = expr(a.target());
			Expr value = expr(a.value());
			if (a.operator().arithmetic() == null)
				return new Expr.Assign(target, value, null, false);
			Expr.Arith shape = (Expr.Arith) arith(op(a.operator().arithmetic()), target, value);
			return new Expr.Assign(target, value, shape.op, shape.unsigned);
		}

		private Expr member(Expression.FieldAccess f) {
			Expr object = expr(f.object());
			// a macro parameter used as a member name (list_entry's "member") stands for its argument's name
			String field = Objects.requireNonNullElse(name(new Expression.Identifier(f.field(), f.range())), f.field());
			CType base = object.type;
			if (f.arrow() && (base instanceof CType.Pointer || base instanceof CType.Array))
				base = CType.pointee(base);
			if (base instanceof CType.EntryValue)
				return new Expr.EntryWord(f.arrow() ? new Expr.Deref(base, object) : object);
			if (!(base instanceof CType.Struct s))
				return new Expr.Member(CType.UNKNOWN, object, field, f.arrow(), 0);
			return new Expr.Member(s.struct().fieldType(field), object, field, f.arrow(),
					s.struct().bitWidth(field));
		}

		private Expr call(Expression.Call c) {
			int line = expansionLine > 0 ? expansionLine : c.range().line();
			String name = c.calleeName();
			boolean named = name != null && local(name) == null && macroArgument(name) == null;
			if (named)
				name = macroAlias(name);
			if (named && IDENTITY_MACROS.contains(name) && c.arguments().size() == 1)
				return expr(c.arguments().get(0));
			Expr compileTime = named ? compileTime(name, c.arguments()) : null;
			if (compileTime != null)
				return compileTime;
			Expression callee = c.callee();
			while (callee instanceof Expression.Parenthesized p)
				callee = p.inner();
			// "(phys_addr_t)(x)" in a macro body, which the parser cannot tell from a call without the typedefs;
			// or "(T)(X)" whose parameter T stands for a typedef's name (_AT(pteval_t, 1))
			if (c.callee() instanceof Expression.Parenthesized && callee instanceof Expression.Identifier t
					&& name(t) instanceof String type && local(type) == null
					&& (ast.typedef(type) != null || KERNEL_TYPEDEFS.containsKey(type))
					&& c.arguments().size() == 1)
				return new Expr.Cast(named(type), expr(c.arguments().get(0)));
			if (callee instanceof Expression.Call typeOf && typeOf.calleeName() != null
					&& TYPEOF.contains(typeOf.calleeName())
					&& typeOf.arguments().size() == 1 && c.arguments().size() == 1)
				return new Expr.Cast(expr(typeOf.arguments().get(0)).type, expr(c.arguments().get(0)));
			if (named && name.equals("container_of") && c.arguments().size() == 3 && expandable(name, 3) != null)
				return containerOf(c.arguments());
			FunctionMacro macro = named ? expandable(name, c.arguments().size()) : null;
			Expr expanded = macro != null && (MacroText.needed(macro) || macro.value() == null && macro.loop() == null)
					? textual(macro, c.arguments(), line) : null;
			if (expanded != null)
				return expanded;
			if (macro != null && macro.value() != null)
				return expanding(macro.name(), macro.parameters(), c.arguments(), line, () -> expr(macro.value()));
			Expr[] args = c.arguments().stream().map(this::expr).toArray(Expr[]::new);
			if (!named)
				return indirect(expr(c.callee()), args, line);
			return call(name, args, line);
		}

		/**
		 * The function-like macro an object-like one names ({@code #define DIV_ROUND_UP __KERNEL_DIV_ROUND_UP}):
		 * cpp rescans the replacement with the arguments that follow; else {@code name} itself.
		 */
		private String macroAlias(String name) {
			for (int hops = 0; hops < 8 && !out.functions.containsKey(name) && out.primitives().get(name) == null
					&& ast.functionMacro(name) == null; hops++) {
				ObjectMacro m = ast.objectMacro(name);
				if (m == null || !(m.value() instanceof Expression.Identifier id))
					break;
				name = id.name();
			}
			return name;
		}

		/**
		 * What the compiler, not the running code, decides: kconfig.h's tests of a configuration symbol (whose
		 * definitions paste tokens), and gcc's builtins that the kernel's headers branch on:
		 * {@code __builtin_constant_p} is true only of what lowers to a constant, {@code __builtin_expect} is its
		 * first argument, {@code compiletime_assert} holds; and the static keys and tracepoints declared by
		 * macro. Null for any other call.
		 */
		private Expr compileTime(String name, List<Expression> arguments) {
			if (Configuration.isKconfigTest(name) && arguments.size() == 1 && name(arguments.get(0)) != null)
				return new Expr.Const(CType.INT,
						Values.box(ast.configuration().test(name, name(arguments.get(0))) ? 1 : 0));
			// a tracepoint is off until tracing enables its static key; its arguments are then not evaluated
			if (name.startsWith("trace_") && !out.functions.containsKey(name) && out.primitives().get(name) == null
					&& declaredByMacro().get(name) != null)
				return new Expr.Const(new CType.Void(), null);
			if (STATIC_BRANCHES.contains(name) && arguments.size() == 1
					&& staticKey(arguments.get(0)) instanceof Boolean on)
				return new Expr.Const(CType.INT, Values.box(on ? 1 : 0));
			return switch (name) {
			case "__builtin_constant_p" -> arguments.size() != 1 ? null
					: new Expr.Const(CType.INT, Values.box(expr(arguments.get(0)) instanceof Expr.Const ? 1 : 0));
			case "__builtin_expect" -> arguments.size() != 2 ? null : expr(arguments.get(0));
			// sparse's lock-context annotation; a build without __CHECKER__ reads the condition alone
			case "__cond_lock" -> arguments.size() != 2 ? null : expr(arguments.get(1));
			// compiler_types.h's build-time check (READ_ONCE's access size): a kernel that was built passed it
			case "compiletime_assert" -> arguments.size() != 2 ? null : new Expr.Const(new CType.Void(), null);
			default -> null;
			};
		}

		/**
		 * The state of a static key the version declares by macro ({@code DECLARE_STATIC_KEY_FALSE(name)}),
		 * which the front end sees as an invocation, not a variable: its default, as the jump label is patched
		 * at boot (keys a boot option or the running system enables are left out); null for a key the version
		 * declares as a variable, which the primitive reads.
		 */
		private Boolean staticKey(Expression key) {
			while (key instanceof Expression.Parenthesized p)
				key = p.inner();
			if (!(key instanceof Expression.Unary u && u.operator() == Expression.UnaryOperator.ADDRESS_OF
					&& name(u.operand()) instanceof String var) || out.globals.containsKey(var))
				return null;
			String macro = declaredByMacro().get(var);
			return macro == null || !macro.contains("STATIC_KEY") ? null : macro.endsWith("TRUE");
		}

		private Expr indirect(Expr callee, Expr[] args, int line) {
			CType t = callee.type instanceof CType.Pointer p ? p.to() : callee.type;
			CType result = t instanceof CType.Function fn ? fn.result() : CType.UNKNOWN;
			return new Expr.IndirectCall(result, callee, args, line);
		}

		private Expr call(String name, Expr[] args, int line) {
			CompiledFunction fn = out.functions.get(name);
			if (fn != null)
				return new Expr.Call(fn.result(), fn, args, line);
			Primitive p = out.primitives().get(name);
			if (p != null) {
				Variable proto = ast.prototype(name);
				CType result = proto != null && proto.type() instanceof Type.Function f ? type(f.returnType())
						: CType.UNKNOWN;
				return new Expr.Call(result, p, args, line);
			}
			Integer g = out.globals.get(name);
			if (g != null)
				return indirect(identifier(new Expression.Identifier(name, null)), args, line);
			problem(new SourceRange(def == null ? "?" : def.range().file(), line, 0, line, 0, 0, 0),
					"unknown external " + name + "()");
			return new Expr.Unknown(name, args);
		}

		private Expr statementExpression(Expression.StatementExpression s) {
			List<Statement> items = s.body().items();
			scopes.push(new HashMap<>());
			try {
				if (!items.isEmpty() && items.get(items.size() - 1) instanceof Statement.ExpressionStatement last) {
					Stmt.Block before = items(s.range().line(), items.subList(0, items.size() - 1), null);
					return new Expr.StatementExpression(before, expr(last.expression()));
				}
				return new Expr.StatementExpression(items(s.range().line(), items, null), null);
			} finally {
				scopes.pop();
			}
		}
	}
}
