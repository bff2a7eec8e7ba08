package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.num;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

import org.faultline.exec.internal.interp.InterpreterError;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Values;

/**
 * arch/x86/include/asm/atomic.h, atomic64_64.h, bitops.h and include/linux/jump_label.h: the x86 helpers whose
 * bodies are inline assembly or asm goto, standing at the level of the C function the generic headers call
 * (the {@code arch_atomic*} operations under the instrumented {@code atomic_*} of 5.x/6.x, the bit scans,
 * the static keys). The generic wrappers above them stay interpreted from the tree.
 */
final class X86Primitives {

	private static final String ATOMIC = "arch/x86/include/asm/atomic.h";
	private static final String ATOMIC64 = "arch/x86/include/asm/atomic64_64.h";
	private static final String BITOPS = "arch/x86/include/asm/bitops.h";

	/** What every locked read-modify-write of the model leaves out: its ordering. */
	private static final String ORDERING = ". Leaves out memory ordering: the kernel's locked instruction (a LOCK"
			+ " prefix, or XCHG's implied lock) is a full barrier, which the model, running one step at a time, does"
			+ " not need";
	private static final String LOCKED = ". Leaves out the full barrier of the LOCK prefix";
	private static final String UNLOCKED = ". Leaves out the update another CPU's concurrent write to the word can"
			+ " lose, as the __ form is not atomic (the model runs it as one step)";

	private X86Primitives() {
	}

	static void register(PrimitiveTable t) {
		atomics(t, "arch_atomic_", ATOMIC, 32);
		atomics(t, "arch_atomic64_", ATOMIC64, 64);
		t.add("fls64", BITOPS, "fls64: the 1-based position of the highest set bit, 0 for 0 (BSRQ). Leaves out nothing",
				(run, a) -> Values.box(64 - Long.numberOfLeadingZeros(num(a[0]))));
		t.add("fls", BITOPS, "fls: the 1-based position of the highest set bit of an int, 0 for 0 (BSRL). Leaves"
				+ " out nothing", (run, a) -> Values.box(32 - Integer.numberOfLeadingZeros((int) num(a[0]))));
		t.add("__fls", BITOPS, "__fls: the 0-based position of the highest set bit (undefined for 0 in the"
				+ " kernel; 63 - 64 = -1 here). Leaves out nothing for a non-zero word",
				(run, a) -> Values.box(63 - Long.numberOfLeadingZeros(num(a[0]))));
		t.add("__ffs", BITOPS, "__ffs: the 0-based position of the lowest set bit (undefined for 0 in the kernel;"
				+ " 64 here). Leaves out nothing for a non-zero word",
				(run, a) -> Values.box(Long.numberOfTrailingZeros(num(a[0]))));
		for (String prefix : new String[] { "arch_", "arch___" }) {
			String leaves = prefix.equals("arch_") ? LOCKED : UNLOCKED;
			bitop(t, prefix + "set_bit", (w, m) -> w | m, false, leaves);
			bitop(t, prefix + "clear_bit", (w, m) -> w & ~m, false, leaves);
			bitop(t, prefix + "change_bit", (w, m) -> w ^ m, false, leaves);
			bitop(t, prefix + "test_and_set_bit", (w, m) -> w | m, true, leaves);
			bitop(t, prefix + "test_and_clear_bit", (w, m) -> w & ~m, true, leaves);
		}
		t.add("get_current", "arch/x86/include/asm/current.h", "get_current (current): the task that takes the"
				+ " fault, the machine's one task, whose mm is the fault's; the kernel reads it from the per-CPU"
				+ " pcpu_hot.current_task (6.x; current_task before) with a %gs-relative move (this_cpu_read_stable)."
				+ " Leaves out every other field of the task: its flags, state and signals are 0 (no signal pending)",
				(run, a) -> run.machine.task);
		t.add("static_branch_unlikely", "include/linux/jump_label.h", "static_branch_unlikely (asm goto): the"
				+ " key's state, which is its default: a DEFINE_STATIC_KEY_TRUE key is on, a _FALSE one off. Leaves"
				+ " out keys enabled at boot or at run time (delay accounting, memcg, NUMA balancing counters)",
				(run, a) -> bool(keyOn(a[0])));
		t.alias("static_branch_likely", "static_branch_unlikely");
	}

	/**
	 * The locked read-modify-write operations of one width on {@code v->counter}, with the names the
	 * atomic-arch-fallback.h wrappers call; {@code bits} wraps the result as the C type does.
	 */
	private static void atomics(PrimitiveTable t, String prefix, String header, int bits) {
		binary(t, prefix + "add", header, bits, Long::sum, false, "adds i");
		binary(t, prefix + "sub", header, bits, (x, i) -> x - i, false, "subtracts i");
		binary(t, prefix + "and", header, bits, (x, i) -> x & i, false, "ands i in");
		binary(t, prefix + "or", header, bits, (x, i) -> x | i, false, "ors i in");
		binary(t, prefix + "xor", header, bits, (x, i) -> x ^ i, false, "xors i in");
		binary(t, prefix + "add_return", header, bits, Long::sum, true, "adds i; the new value");
		fetch(t, prefix + "fetch_add", header, bits, Long::sum, "adds i");
		fetch(t, prefix + "fetch_and", header, bits, (x, i) -> x & i, "ands i in");
		fetch(t, prefix + "fetch_or", header, bits, (x, i) -> x | i, "ors i in");
		fetch(t, prefix + "fetch_xor", header, bits, (x, i) -> x ^ i, "xors i in");
		t.add(prefix + "inc", header, "adds 1" + ORDERING, (run, a) -> {
			update(a[0], bits, x -> x + 1);
			return null;
		});
		t.add(prefix + "dec", header, "subtracts 1" + ORDERING, (run, a) -> {
			update(a[0], bits, x -> x - 1);
			return null;
		});
		t.add(prefix + "inc_and_test", header, "adds 1; whether the result is 0" + ORDERING,
				(run, a) -> bool(update(a[0], bits, x -> x + 1)[1] == 0));
		t.add(prefix + "dec_and_test", header, "subtracts 1; whether the result is 0" + ORDERING,
				(run, a) -> bool(update(a[0], bits, x -> x - 1)[1] == 0));
		t.add(prefix + "sub_and_test", header, "subtracts i; whether the result is 0" + ORDERING,
				(run, a) -> bool(update(a[1], bits, x -> x - num(a[0]))[1] == 0));
		t.add(prefix + "add_negative", header, "adds i; whether the result is negative" + ORDERING,
				(run, a) -> bool(update(a[1], bits, x -> x + num(a[0]))[1] < 0));
		t.add(prefix + "xchg", header, "stores new; the old value" + ORDERING,
				(run, a) -> update(a[0], bits, x -> num(a[1]))[0]);
		t.add(prefix + "cmpxchg", header, "stores new if the value is old; the value found" + ORDERING,
				(run, a) -> {
					long old = num(a[1]);
					return update(a[0], bits, x -> x == old ? num(a[2]) : x)[0];
				});
		t.add(prefix + "try_cmpxchg", header, "stores new if the value is *old, else updates *old to the value"
				+ " found; whether it stored" + ORDERING, (run, a) -> {
					Pointer expected = (Pointer) a[1];
					long old = Values.asLong(expected.load());
					long found = update(a[0], bits, x -> x == old ? num(a[2]) : x)[0];
					if (found != old)
						expected.store(Values.box(found));
					return bool(found == old);
				});
	}

	/**
	 * A bit operation on the bitmap at addr (BTS/BTR/BTC, locked or not): nr, addr; with the old bit if asked.
	 * As the instructions with a register bit offset do, nr may reach past the first word.
	 */
	private static void bitop(PrimitiveTable t, String name, LongBinaryOperator op, boolean old, String leaves) {
		t.add(name, BITOPS, name + ": bit nr of the bitmap at addr, in word nr / 64" + (old ? "; the bit's old"
				+ " value" : "") + leaves, (run, a) -> {
					long nr = num(a[0]), mask = bitMask(nr);
					Pointer word = bitWord(a[1], nr);
					long was = word.load() == null ? 0 : Values.asLong(word.load());
					word.store(Values.box(op.applyAsLong(was, mask)));
					return old ? bool((was & mask) != 0) : null;
				});
	}

	/** The word of the bitmap at addr that holds bit nr: BIT_WORD(nr), 64 bits to an unsigned long. */
	static Pointer bitWord(Object addr, long nr) {
		if (!(addr instanceof Pointer p))
			throw new InterpreterError("bit operation on " + Values.describe(addr) + ", not a bitmap");
		return p.offset(Math.floorDiv(nr, Long.SIZE));
	}

	/** The mask of bit nr within its word: BIT_MASK(nr). */
	static long bitMask(long nr) {
		return 1L << Math.floorMod(nr, Long.SIZE);
	}

	/** {@code fetch_op(i, v)}: applies op with i; the old value. */
	private static void fetch(PrimitiveTable t, String name, String header, int bits, LongBinaryOperator op,
			String doc) {
		t.add(name, header, doc + "; the old value" + ORDERING,
				(run, a) -> Values.box(update(a[1], bits, x -> op.applyAsLong(x, num(a[0])))[0]));
	}

	private static void binary(PrimitiveTable t, String name, String header, int bits, LongBinaryOperator op,
			boolean result, String doc) {
		t.add(name, header, doc + ORDERING, (run, a) -> {
			long[] r = update(a[1], bits, x -> op.applyAsLong(x, num(a[0])));
			return result ? Values.box(r[1]) : null;
		});
	}

	/**
	 * Applies {@code op} to {@code v->counter}; the old and the new value. An atomic the machine has not made
	 * a struct of (a member never written) holds its counter in its own slot.
	 */
	private static long[] update(Object v, int bits, LongUnaryOperator op) {
		Object target = v instanceof Pointer p && p.load() instanceof Obj o ? o : v;
		if (!(target instanceof Obj || target instanceof Pointer))
			throw new InterpreterError("atomic operation on " + Values.describe(v) + ", not an atomic_t");
		Object counter = target instanceof Obj o ? o.get("counter") : ((Pointer) target).load();
		long old = counter == null ? 0 : Values.asLong(counter);
		long now = op.applyAsLong(old);
		if (bits == 32)
			now = (int) now;
		if (target instanceof Obj o)
			o.set("counter", Values.box(now));
		else
			((Pointer) target).store(Values.box(now));
		return new long[] { old, now };
	}

	/** Whether a static key is on: its declared kind, static_key_true or static_key_false. */
	private static boolean keyOn(Object key) {
		Object k = key instanceof Pointer p ? p.load() : key;
		if (k instanceof Obj o)
			return switch (o.type().tag()) {
			case "static_key_true" -> true;
			case "static_key_false" -> false;
			default -> throw new InterpreterError("static_branch on a " + o.type().tag() + ", not a static key");
			};
		throw new InterpreterError("static_branch on " + Values.describe(key) + ", not a static key");
	}
}
