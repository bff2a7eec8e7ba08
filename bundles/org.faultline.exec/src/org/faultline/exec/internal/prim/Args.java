package org.faultline.exec.internal.prim;

import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.InterpreterError;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Mapping;
import org.faultline.exec.internal.machine.Page;

/** Typed access to primitive arguments, with a clear error when C passes something else. */
final class Args {

	static final Long ZERO = 0L, ONE = 1L;

	private Args() {
	}

	static long num(Object v) {
		return Values.asLong(v);
	}

	static Long bool(boolean b) {
		return b ? ONE : ZERO;
	}

	static long entry(Object v) {
		if (v instanceof Entry e)
			return e.raw();
		return Values.asLong(v);
	}

	static Page page(Object v, String who) {
		if (v instanceof Page p)
			return p;
		throw new InterpreterError(who + "() needs a struct page, got " + Values.describe(v));
	}

	static Obj obj(Object v, String who) {
		if (v instanceof Obj o)
			return o;
		throw new InterpreterError(who + "() needs a struct pointer, got " + Values.describe(v));
	}

	static Pointer.TableEntry slot(Object v, String who) {
		if (v instanceof Pointer.TableEntry t)
			return t;
		throw new InterpreterError(who + "() needs a page-table entry pointer, got " + Values.describe(v));
	}

	static Mapping mapping(Object v, String who) {
		if (v instanceof Mapping m)
			return m;
		throw new InterpreterError(who + "() needs a struct address_space, got " + Values.describe(v));
	}

	static void storeThrough(Object pointer, Object value, String who) {
		if (pointer instanceof Pointer p)
			p.store(value);
		else if (pointer != null)
			throw new InterpreterError(who + "() needs an out-pointer, got " + Values.describe(pointer));
	}
}
