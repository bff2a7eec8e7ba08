package org.faultline.exec.internal.interp;

import static org.faultline.exec.internal.interp.Values.asLong;
import static org.faultline.exec.internal.interp.Values.box;
import static org.faultline.exec.internal.interp.Values.truth;

import org.faultline.exec.internal.machine.Page;

/**
 * An expression in executable form. Each node knows its static {@link CType}; integer results are wrapped to
 * it, so C's conversions hold.
 */
abstract class Expr {

	final CType type;

	Expr(CType type) {
		this.type = type;
	}

	abstract Object eval(Frame f);

	long evalLong(Frame f) {
		return asLong(eval(f));
	}

	boolean test(Frame f) {
		return truth(eval(f));
	}

	/** What {@code &this} gives; only lvalues have one. */
	Object address(Frame f) {
		throw new InterpreterError("not an lvalue");
	}

	/** The struct instance this expression names, created if it is an embedded struct not yet touched. */
	Obj struct(Frame f) {
		Object v = eval(f);
		if (v instanceof Obj o)
			return o;
		throw new InterpreterError("not a struct: " + Values.describe(v));
	}

	void store(Frame f, Object value) {
		throw new InterpreterError("not an lvalue");
	}

	/** A value as a variable of {@code type} holds it: integers truncated, structs copied. */
	static Object wrap(CType type, Object v) {
		if (type instanceof CType.Int i && v instanceof Long l) {
			long w = i.wrap(l);
			return w == l ? v : box(w);
		}
		if (type instanceof CType.Struct && v instanceof Obj o)
			return o.copy();
		return v;
	}

	/** Call arguments, evaluated left to right. */
	static Object[] arguments(Expr[] args, Frame f) {
		Object[] values = new Object[args.length];
		for (int i = 0; i < values.length; i++)
			values[i] = args[i].eval(f);
		return values;
	}

	static final class Const extends Expr {
		final Object value;

		Const(CType type, Object value) {
			super(type);
			this.value = value;
		}

		@Override
		Object eval(Frame f) {
			return value;
		}
	}

	static final class Local extends Expr {
		final int index;
		final boolean structValued;

		Local(CType type, int index) {
			super(type);
			this.index = index;
			this.structValued = type instanceof CType.Struct;
		}

		@Override
		Object eval(Frame f) {
			return f.cells[index];
		}

		@Override
		void store(Frame f, Object value) {
			f.cells[index] = wrap(type, value);
		}

		@Override
		Object address(Frame f) {
			if (structValued)
				return struct(f);
			if (type instanceof CType.Array)
				return f.cells[index];
			return new Pointer.Local(f.cells, index, f.function.cellName(index));
		}

		@Override
		Obj struct(Frame f) {
			Object v = f.cells[index];
			if (v instanceof Obj o)
				return o;
			if (type instanceof CType.Struct s) {
				Obj o = f.run.newObj(s.struct());
				f.cells[index] = o;
				return o;
			}
			return super.struct(f);
		}
	}

	static final class Global extends Expr {
		final int index;
		final String name;

		Global(CType type, int index, String name) {
			super(type);
			this.index = index;
			this.name = name;
		}

		@Override
		Object eval(Frame f) {
			return f.run.globals[index];
		}

		@Override
		void store(Frame f, Object value) {
			f.run.globals[index] = wrap(type, value);
		}

		@Override
		Object address(Frame f) {
			if (type instanceof CType.Struct || type instanceof CType.Array)
				return eval(f);
			return new Pointer.Local(f.run.globals, index, name);
		}
	}

	/**
	 * {@code object.field} and {@code object->field}, with a one-entry cache of the field's slot. An array
	 * member is made (zeroed) when first used; a bit-field member keeps only its width's bits.
	 */
	static final class Member extends Expr {
		private record Cache(StructType type, int slot) {
		}

		final Expr object;
		final String field;
		final boolean arrow;
		/** The width of a bit-field, 0 for a whole member. */
		final int bits;
		private Cache cache = new Cache(null, -1);

		Member(CType type, Expr object, String field, boolean arrow, int bits) {
			super(type);
			this.object = object;
			this.field = field;
			this.arrow = arrow;
			this.bits = bits;
		}

		private Obj base(Frame f) {
			if (!arrow)
				return object.struct(f);
			Object v = object.eval(f);
			if (v instanceof Obj o)
				return o;
			// a pointer to a struct that is an element of an array
			if (v instanceof Pointer.ArrayElement e && e.load() instanceof Obj o)
				return o;
			if (v == null)
				throw new InterpreterError("NULL pointer dereference reading ->" + field);
			throw new InterpreterError("->" + field + " on " + Values.describe(v));
		}

		private int slot(Obj o) {
			Cache c = cache;
			if (c.type == o.type())
				return c.slot;
			int slot = o.type().slot(field);
			cache = new Cache(o.type(), slot);
			return slot;
		}

		@Override
		Object eval(Frame f) {
			Obj o = base(f);
			int slot = slot(o);
			Object v = o.get(slot);
			if (v == null && type instanceof CType.Array a) {
				v = Pointer.ArrayElement.of(a);
				o.set(slot, v);
			}
			return v;
		}

		@Override
		void store(Frame f, Object value) {
			Obj o = base(f);
			Object v = wrap(type, value);
			if (bits > 0 && v instanceof Long l)
				v = box(CType.Int.bitField(l, bits, !(type instanceof CType.Int i) || i.signed()));
			o.set(slot(o), v);
		}

		@Override
		Obj struct(Frame f) {
			Obj o = base(f);
			int slot = slot(o);
			Object v = o.get(slot);
			if (v instanceof Obj inner)
				return inner;
			if (v != null)
				throw new InterpreterError("." + field + " is not a struct");
			CType declared = o.type().fieldType(slot);
			StructType t = declared instanceof CType.Struct s ? s.struct()
					: f.run.program.types().struct(o.type().tag() + "." + field);
			Obj inner = f.run.newObj(t);
			inner.embedIn(o, field);
			o.set(slot, inner);
			return inner;
		}

		@Override
		Object address(Frame f) {
			if (type instanceof CType.Array)
				return eval(f);
			Obj o = base(f);
			int slot = slot(o);
			if (o.get(slot) instanceof Obj || o.type().fieldType(slot) instanceof CType.Struct)
				return struct(f);
			return new Pointer.Field(o, slot);
		}
	}

	static final class Deref extends Expr {
		final Expr pointer;

		Deref(CType type, Expr pointer) {
			super(type);
			this.pointer = pointer;
		}

		@Override
		Object eval(Frame f) {
			Object p = pointer.eval(f);
			if (p instanceof Pointer ptr)
				return ptr.load();
			if (p instanceof Obj o)
				return o;
			throw new InterpreterError(p == null ? "NULL pointer dereference" : "dereference of " + Values.describe(p));
		}

		@Override
		void store(Frame f, Object value) {
			Object p = pointer.eval(f);
			if (p instanceof Pointer ptr)
				ptr.store(wrap(type, value));
			else
				throw new InterpreterError(p == null ? "NULL pointer store" : "store through " + Values.describe(p));
		}

		@Override
		Object address(Frame f) {
			return pointer.eval(f);
		}

		@Override
		Obj struct(Frame f) {
			Object p = pointer.eval(f);
			if (p instanceof Obj o)
				return o;
			if (p instanceof Pointer ptr && ptr.load() instanceof Obj o)
				return o;
			return super.struct(f);
		}
	}

	static final class AddressOf extends Expr {
		final Expr lvalue;

		AddressOf(CType type, Expr lvalue) {
			super(type);
			this.lvalue = lvalue;
		}

		@Override
		Object eval(Frame f) {
			return lvalue.address(f);
		}
	}

	static final class Call extends Expr {
		final FunctionRef target;
		final Expr[] args;
		final int line;

		Call(CType type, FunctionRef target, Expr[] args, int line) {
			super(type);
			this.target = target;
			this.args = args;
			this.line = line;
		}

		@Override
		Object eval(Frame f) {
			return wrap(type, f.run.invoke(target, arguments(args, f), f, line));
		}
	}

	static final class IndirectCall extends Expr {
		final Expr callee;
		final Expr[] args;
		final int line;

		IndirectCall(CType type, Expr callee, Expr[] args, int line) {
			super(type);
			this.callee = callee;
			this.args = args;
			this.line = line;
		}

		@Override
		Object eval(Frame f) {
			Object fn = callee.eval(f);
			Object[] values = arguments(args, f);
			if (fn instanceof FunctionRef ref)
				return wrap(type, f.run.invoke(ref, values, f, line));
			throw new InterpreterError(fn == null ? "call through a NULL function pointer" : "call of " + fn);
		}
	}

	/**
	 * A call of a function, or a use of a name, that is neither interpreted, nor a primitive, nor a constant:
	 * it makes the run incomplete and is valued by the scenario. {@code args} is null for a name.
	 */
	static final class Unknown extends Expr {
		final String name;
		final Expr[] args;

		Unknown(String name, Expr[] args) {
			super(CType.UNKNOWN);
			this.name = name;
			this.args = args;
		}

		@Override
		Object eval(Frame f) {
			if (args != null)
				arguments(args, f);
			return f.run.unknown(name, args != null, f);
		}
	}

	static final class Cast extends Expr {
		final Expr operand;

		Cast(CType type, Expr operand) {
			super(type);
			this.operand = operand;
		}

		@Override
		Object eval(Frame f) {
			Object v = operand.eval(f);
			if (type instanceof CType.Int && v instanceof Entry e)
				return box(e.raw());
			// a pointer as an integer and back (ADR 0007: the machine is objects, so addresses are handed out)
			if (type instanceof CType.Int && v != null && !(v instanceof Long))
				return wrap(type, box(f.run.addresses.of(v)));
			if (type instanceof CType.Pointer && v instanceof Long l && l != 0)
				return f.run.addresses.at(l);
			return wrap(type, v);
		}
	}

	static final class Conditional extends Expr {
		final Expr condition, whenTrue, whenFalse;

		Conditional(CType type, Expr condition, Expr whenTrue, Expr whenFalse) {
			super(type);
			this.condition = condition;
			this.whenTrue = whenTrue;
			this.whenFalse = whenFalse;
		}

		@Override
		Object eval(Frame f) {
			return wrap(type, condition.test(f) ? whenTrue.eval(f) : whenFalse.eval(f));
		}
	}

	static final class Comma extends Expr {
		final Expr left, right;

		Comma(Expr left, Expr right) {
			super(right.type);
			this.left = left;
			this.right = right;
		}

		@Override
		Object eval(Frame f) {
			left.eval(f);
			return right.eval(f);
		}
	}

	static final class Not extends Expr {
		final Expr operand;

		Not(Expr operand) {
			super(CType.INT);
			this.operand = operand;
		}

		@Override
		Object eval(Frame f) {
			return box(operand.test(f) ? 0 : 1);
		}
	}

	static final class And extends Expr {
		final Expr left, right;

		And(Expr left, Expr right) {
			super(CType.INT);
			this.left = left;
			this.right = right;
		}

		@Override
		Object eval(Frame f) {
			return box(left.test(f) && right.test(f) ? 1 : 0);
		}
	}

	static final class Or extends Expr {
		final Expr left, right;

		Or(Expr left, Expr right) {
			super(CType.INT);
			this.left = left;
			this.right = right;
		}

		@Override
		Object eval(Frame f) {
			return box(left.test(f) || right.test(f) ? 1 : 0);
		}
	}

	static final class Negate extends Expr {
		final Expr operand;
		final boolean bitwise;

		Negate(CType type, Expr operand, boolean bitwise) {
			super(type);
			this.operand = operand;
			this.bitwise = bitwise;
		}

		@Override
		Object eval(Frame f) {
			long v = operand.evalLong(f);
			return wrap(type, box(bitwise ? ~v : -v));
		}
	}

	/** Arithmetic, bitwise, shift and comparison operators; pointer arithmetic for + and -. */
	static final class Arith extends Expr {
		enum Op {
			ADD, SUB, MUL, DIV, REM, SHL, SHR, AND, OR, XOR, LT, LE, GT, GE, EQ, NE
		}

		final Op op;
		final Expr left, right;
		final boolean unsigned;

		Arith(CType type, Op op, Expr left, Expr right, boolean unsigned) {
			super(type);
			this.op = op;
			this.left = left;
			this.right = right;
			this.unsigned = unsigned;
		}

		@Override
		Object eval(Frame f) {
			Object a = left.eval(f);
			Object b = right.eval(f);
			return apply(op, a, b, unsigned, type);
		}

		static Object apply(Op op, Object a, Object b, boolean unsigned, CType type) {
			if (op == Op.EQ || op == Op.NE) {
				boolean eq = same(a, b);
				return box(eq == (op == Op.EQ) ? 1 : 0);
			}
			if (a instanceof Pointer p && b instanceof Pointer q && op.ordinal() >= Op.LT.ordinal())
				return apply(op, box(distance(p, q)), box(0), false, type);
			if (a instanceof Pointer p && (op == Op.ADD || op == Op.SUB)) {
				if (b instanceof Pointer q && op == Op.SUB)
					return box(distance(p, q));
				long n = asLong(b);
				return p.offset(op == Op.ADD ? n : -n);
			}
			if (b instanceof Pointer p && op == Op.ADD)
				return p.offset(asLong(a));
			if (a instanceof Obj p && b instanceof Obj q && op == Op.SUB)
				return box(distance(p, q));
			long x = asLong(a), y = asLong(b);
			long r = switch (op) {
			case ADD -> x + y;
			case SUB -> x - y;
			case MUL -> x * y;
			case DIV -> {
				if (y == 0)
					throw new InterpreterError("division by zero");
				yield unsigned ? Long.divideUnsigned(x, y) : x / y;
			}
			case REM -> {
				if (y == 0)
					throw new InterpreterError("division by zero");
				yield unsigned ? Long.remainderUnsigned(x, y) : x % y;
			}
			case SHL -> x << y;
			case SHR -> unsigned ? x >>> y : x >> y;
			case AND -> x & y;
			case OR -> x | y;
			case XOR -> x ^ y;
			case LT -> (unsigned ? Long.compareUnsigned(x, y) < 0 : x < y) ? 1 : 0;
			case LE -> (unsigned ? Long.compareUnsigned(x, y) <= 0 : x <= y) ? 1 : 0;
			case GT -> (unsigned ? Long.compareUnsigned(x, y) > 0 : x > y) ? 1 : 0;
			case GE -> (unsigned ? Long.compareUnsigned(x, y) >= 0 : x >= y) ? 1 : 0;
			case EQ, NE -> throw new AssertionError();
			};
			return wrap(type, box(r));
		}

		/**
		 * Two pointers to structs: the same struct is 0 apart, and two struct pages are as far apart as their
		 * pfns, the memmap being one array (SPARSEMEM_VMEMMAP, as {@code folio_page_idx} reads it).
		 */
		private static long distance(Obj p, Obj q) {
			if (p == q)
				return 0;
			if (p instanceof Page a && q instanceof Page b)
				return a.pfn - b.pfn;
			throw new InterpreterError("difference of pointers to two structs " + p.label() + " and " + q.label()
					+ ", which are no array");
		}

		private static long distance(Pointer p, Pointer q) {
			if (p instanceof Pointer.TableEntry a && q instanceof Pointer.TableEntry b && a.table() == b.table())
				return a.index() - b.index();
			if (p instanceof Pointer.ArrayElement a && q instanceof Pointer.ArrayElement b && a.cells() == b.cells())
				return a.index() - b.index();
			throw new InterpreterError("difference of unrelated pointers " + p + " and " + q);
		}

		static boolean same(Object a, Object b) {
			if (a == b)
				return true;
			if (a == null)
				return b instanceof Long l && l == 0;
			if (b == null)
				return a instanceof Long l && l == 0;
			if (a instanceof Long x && b instanceof Long y)
				return x.longValue() == y.longValue();
			return a.equals(b);
		}
	}

	static final class Assign extends Expr {
		final Expr target, value;
		final Arith.Op op;
		final boolean unsigned;

		Assign(Expr target, Expr value, Arith.Op op, boolean unsigned) {
			super(target.type);
			this.target = target;
			this.value = value;
			this.op = op;
			this.unsigned = unsigned;
		}

		@Override
		Object eval(Frame f) {
			Object v = value.eval(f);
			if (op != null)
				v = Arith.apply(op, target.eval(f), v, unsigned, target.type);
			v = wrap(type, v);
			target.store(f, v);
			return v;
		}
	}

	/** ++ and --, prefix or postfix, on integers and on pte pointers. */
	static final class Step extends Expr {
		final Expr target;
		final int delta;
		final boolean postfix;

		Step(Expr target, int delta, boolean postfix) {
			super(target.type);
			this.target = target;
			this.delta = delta;
			this.postfix = postfix;
		}

		@Override
		Object eval(Frame f) {
			Object old = target.eval(f);
			Object now = old instanceof Pointer p ? p.offset(delta) : wrap(type, box(asLong(old) + delta));
			target.store(f, now);
			return postfix ? old : now;
		}
	}

	/** {@code { .a = x, .b = y }} for a struct local: a fresh instance with the named fields set. */
	static final class StructInit extends Expr {
		final StructType struct;
		final String[] fields;
		final Expr[] values;

		StructInit(CType type, StructType struct, String[] fields, Expr[] values) {
			super(type);
			this.struct = struct;
			this.fields = fields;
			this.values = values;
		}

		/** With no frame, a global's initialiser, which no run's budget pays for. */
		@Override
		Object eval(Frame f) {
			Obj o = f == null ? new Obj(struct) : f.run.newObj(struct);
			for (int i = 0; i < fields.length; i++)
				o.set(struct.slot(fields[i]), values[i].eval(f));
			return o;
		}
	}

	/** {@code { [i] = x, y }} for an array: a fresh zeroed array with the elements given set. */
	static final class ArrayInit extends Expr {
		final int[] indexes;
		final Expr[] values;

		ArrayInit(CType.Array type, int[] indexes, Expr[] values) {
			super(type);
			this.indexes = indexes;
			this.values = values;
		}

		@Override
		Object eval(Frame f) {
			Pointer.ArrayElement a = Pointer.ArrayElement.of((CType.Array) type);
			CType element = ((CType.Array) type).element();
			for (int i = 0; i < indexes.length; i++)
				a.offset(indexes[i]).store(wrap(element, values[i].eval(f)));
			return a;
		}
	}

	/**
	 * {@code container_of(ptr, type, member)}: the struct that {@code ptr} is the member of, which the machine
	 * knows (a struct is an object, not bytes at an offset). For a struct that is no such member, such as the
	 * head of a list, C computes a pointer that is only ever compared through {@code &pos->member}: the model
	 * gives a stand-in whose member is {@code ptr}, so that comparison holds as in C.
	 */
	static final class ContainerOf extends Expr {
		final Expr pointer;
		final String member;

		ContainerOf(CType type, Expr pointer, String member) {
			super(type);
			this.pointer = pointer;
			this.member = member;
		}

		@Override
		Object eval(Frame f) {
			Object v = pointer.eval(f);
			if (!(v instanceof Obj inner))
				throw new InterpreterError("container_of(" + Values.describe(v) + ", ..., " + member + ")");
			Obj outer = inner.containerBy(member);
			if (outer != null)
				return outer;
			Obj standIn = new Obj(type instanceof CType.Pointer p && p.to() instanceof CType.Struct s ? s.struct()
					: f.run.program.types().struct("container_of." + member));
			standIn.set(member, inner);
			return standIn;
		}
	}

	/** {@code (pte_t){ x }} and its kin: an entry value of one raw word. */
	static final class EntryInit extends Expr {
		final Expr raw;

		EntryInit(CType type, Expr raw) {
			super(type);
			this.raw = raw;
		}

		@Override
		Object eval(Frame f) {
			return new Entry(raw.evalLong(f));
		}
	}

	/**
	 * The one member of an entry value ({@code pte.pte}, {@code entry.val}): its raw word, read and written as
	 * an unsigned long.
	 */
	static final class EntryWord extends Expr {
		final Expr entry;

		EntryWord(Expr entry) {
			super(CType.ULONG);
			this.entry = entry;
		}

		@Override
		Object eval(Frame f) {
			return box(entry.evalLong(f));
		}

		@Override
		void store(Frame f, Object value) {
			entry.store(f, new Entry(asLong(value)));
		}
	}

	/** GNU {@code ({ ... })}: runs the block, valued by its last expression statement. */
	static final class StatementExpression extends Expr {
		final Stmt.Block body;
		final Expr last;

		StatementExpression(Stmt.Block body, Expr last) {
			super(last == null ? CType.UNKNOWN : last.type);
			this.body = body;
			this.last = last;
		}

		@Override
		Object eval(Frame f) {
			body.exec(f);
			return last == null ? null : last.eval(f);
		}
	}
}
