package org.faultline.exec.internal.interp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.ExternalDeclaration.ObjectMacro;
import org.faultline.c.ast.ExternalDeclaration.StructDefinition;
import org.faultline.c.ast.Field;
import org.faultline.c.ast.Parameter;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.ast.Statement;
import org.faultline.c.ast.Type;
import org.faultline.c.ast.Variable;
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

	private final Program ast;
	private final CompiledVersion out;
	private final Predicate<FunctionDefinition> interpreted;
	private final Set<String> declaredStructs = new HashSet<>();
	private final Map<String, Object> constants = new HashMap<>();
	private final Set<String> folding = new HashSet<>();

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
		l.declareAll();
		l.constants.forEach((name, v) -> {
			if (v instanceof Long n)
				l.out.constants.put(name, n);
		});
		return l.out;
	}

	private void declareAll() {
		for (Variable g : ast.globals()) {
			CType t = type(g.type());
			Object init = null;
			if (g.initializer() != null)
				init = fold(g.initializer(), g.range());
			out.globals.put(g.name(), out.globalInit.size());
			out.globalInit.add(Expr.wrap(t, init == null && t instanceof CType.Int ? Values.box(0) : init));
		}
		List<FunctionDefinition> defs = new ArrayList<>();
		for (FunctionDefinition f : ast.functions())
			if (interpreted.test(f) || out.primitives().get(f.name()) == null) {
				out.functions.put(f.name(), new CompiledFunction(f.name(), f.range().file(), f.range().line(),
						type(f.returnType())));
				defs.add(f);
			}
		for (FunctionDefinition f : defs)
			new FunctionLowering(f, out.functions.get(f.name())).lower();
	}

	// ---- types

	CType type(Type t) {
		return switch (t) {
		case Type.Named n -> named(n.name());
		case Type.Tagged tag -> switch (tag.kind()) {
			case ENUM -> CType.INT;
			case STRUCT, UNION -> struct(tag.tag() == null ? "anonymous" : tag.tag(), tag.fields());
		};
		case Type.Pointer p -> new CType.Pointer(type(p.target()));
		case Type.Array a -> new CType.Pointer(type(a.element()));
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
				return struct(tag.tag() == null ? name : tag.tag(), tag.fields());
			return type(typedef.type());
		}
		CType known = KERNEL_TYPEDEFS.get(name);
		if (known != null)
			return known;
		if (name.equals("pgtable_t"))
			return new CType.Pointer(struct("page", List.of()));
		if (name.endsWith("_t"))
			return struct(name, List.of());
		return CType.UNKNOWN;
	}

	private CType struct(String tag, List<Field> inline) {
		StructType s = out.types().struct(tag);
		if (declaredStructs.add(tag)) {
			List<Field> fields = inline;
			if (fields.isEmpty()) {
				StructDefinition def = ast.struct(tag);
				fields = def == null ? List.of() : def.fields();
			}
			for (Field f : fields)
				if (f.name() != null)
					s.declare(f.name(), CType.UNKNOWN);
			for (Field f : fields)
				if (f.name() != null)
					s.declare(f.name(), type(f.type()));
		}
		return new CType.Struct(s);
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

		FunctionLowering(FunctionDefinition def, CompiledFunction target) {
			this.def = def;
			this.target = target;
			scopes.push(new HashMap<>());
		}

		void lower() {
			for (Parameter p : def.parameters())
				if (p.name() != null || !(type(p.type()) instanceof CType.Void))
					cell(p.name() == null ? "?" : p.name(), type(p.type()));
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
			default -> items.add(stmt(s));
			}
		}

		private Stmt declare(Variable v) {
			CType t = type(v.type());
			Expr init = v.initializer() == null ? null : initializer(t, v.initializer());
			int cell = cell(v.name(), t);
			return new Stmt.Declare(v.range().line(), cell, t, init);
		}

		private Expr initializer(CType t, Expression e) {
			if (e instanceof Expression.InitializerList list && t instanceof CType.Struct s)
				return structInit(t, s.struct(), list);
			return expr(e);
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

		/** radix_tree_for_each_slot(slot, root, iter, start): the model's radix-tree iterator primitives. */
		private Stmt iterator(Statement.IteratorLoop it) {
			int line = it.range().line();
			if (!it.macro().equals("radix_tree_for_each_slot") || it.arguments().size() != 4)
				return unsupported(it.range(), "loop macro " + it.macro());
			List<Expression> a = it.arguments();
			Expr slot = expr(a.get(0));
			Expr first = call("radix_tree_iter_first", new Expr[] { expr(a.get(1)), expr(a.get(2)), expr(a.get(3)) },
					line);
			Expr next = call("radix_tree_iter_next", new Expr[] { expr(a.get(1)), expr(a.get(2)) }, line);
			Expr notNull = new Expr.Arith(CType.INT, Op.NE, slot, new Expr.Const(CType.UNKNOWN, null), false);
			return new Stmt.Loop(line, new Expr.Assign(slot, first, null, false), notNull,
					new Expr.Assign(slot, next, null, false), body(it.body()), true);
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
				Expr sum = new Expr.Arith(base.type, Op.ADD, base, expr(s.index()), false);
				yield new Expr.Deref(base.type instanceof CType.Pointer p ? p.to() : CType.UNKNOWN, sum);
			}
			case Expression.Cast c -> {
				CType t = type(c.type());
				Expr operand = expr(c.operand());
				yield t instanceof CType.Void ? operand : new Expr.Cast(t, operand);
			}
			case Expression.SizeofType s -> new Expr.Const(CType.ULONG, Values.box(sizeOf(type(s.type()))));
			case Expression.SizeofExpression s -> new Expr.Const(CType.ULONG, Values.box(sizeOf(expr(s.operand()).type)));
			case Expression.InitializerList l -> unsupportedExpr(l.range(), "initializer list outside a declaration");
			case Expression.CompoundLiteral c -> type(c.type()) instanceof CType.Struct s
					? structInit(s, s.struct(), c.value())
					: unsupportedExpr(c.range(), "compound literal");
			case Expression.StatementExpression s -> statementExpression(s);
			case Expression.TypeName t -> new Expr.Const(type(t.type()), null);
			case Expression.Unknown u -> unsupportedExpr(u.range(), "unparsed " + u.kind() + ": " + u.text());
			default -> unsupportedExpr(e.range(), "expression " + e.getClass().getSimpleName());
			};
		}

		private long sizeOf(CType t) {
			return switch (t) {
			case CType.Int i -> Math.max(1, i.bits() / 8);
			case CType.Struct s -> 8L * Math.max(1, s.struct().size());
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
			if (def != null) {
				Integer cell = local(name);
				if (cell != null)
					return new Expr.Local(cellTypes.get(cell), cell);
			}
			Integer g = out.globals.get(name);
			if (g != null)
				return new Expr.Global(type(ast.global(name).type()), g, name);
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
			if (def == null)
				throw new InterpreterError("not a constant: " + name);
			problem(id.range(), "unknown name " + name);
			return new Expr.UnknownCall(name, new Expr[0]);
		}

		private Expr unary(Expression.Unary u) {
			Expr x = expr(u.operand());
			return switch (u.operator()) {
			case PLUS -> x;
			case MINUS -> new Expr.Negate(promote(x.type), x, false);
			case BIT_NOT -> new Expr.Negate(promote(x.type), x, true);
			case NOT -> new Expr.Not(x);
			case DEREFERENCE -> new Expr.Deref(x.type instanceof CType.Pointer p ? p.to() : CType.UNKNOWN, x);
			case ADDRESS_OF -> x instanceof Expr.Const c && c.value instanceof FunctionRef ? x
					: new Expr.AddressOf(new CType.Pointer(x.type), x);
			case PRE_INCREMENT -> new Expr.Step(x, 1, false);
			case PRE_DECREMENT -> new Expr.Step(x, -1, false);
			case POST_INCREMENT -> new Expr.Step(x, 1, true);
			case POST_DECREMENT -> new Expr.Step(x, -1, true);
			};
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
			CType common = CType.common(l.type, r.type);
			boolean comparison = op.ordinal() >= Op.LT.ordinal();
			boolean unsigned = op == Op.SHR ? CType.isUnsigned64(l.type) || l.type == CType.UINT
					: CType.isUnsigned64(common) || common == CType.UINT;
			CType result;
			if (comparison)
				result = CType.INT;
			else if (op == Op.SHL || op == Op.SHR)
				result = promote(l.type);
			else if (l.type instanceof CType.Pointer && (op == Op.ADD || op == Op.SUB))
				result = r.type instanceof CType.Pointer ? CType.LONG : l.type;
			else if (r.type instanceof CType.Pointer && op == Op.ADD)
				result = r.type;
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
			CType base = object.type;
			if (f.arrow() && base instanceof CType.Pointer p)
				base = p.to();
			CType fieldType = base instanceof CType.Struct s ? s.struct().fieldType(f.field()) : CType.UNKNOWN;
			return new Expr.Member(fieldType, object, f.field(), f.arrow());
		}

		private Expr call(Expression.Call c) {
			int line = c.range().line();
			String name = c.calleeName();
			if (name != null && IDENTITY_MACROS.contains(name) && c.arguments().size() == 1 && local(name) == null)
				return expr(c.arguments().get(0));
			Expr[] args = c.arguments().stream().map(this::expr).toArray(Expr[]::new);
			if (name == null || local(name) != null)
				return indirect(expr(c.callee()), args, line);
			return call(name, args, line);
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
			return new Expr.UnknownCall(name, args);
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
