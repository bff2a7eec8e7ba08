package org.faultline.exec.internal.interp;

/**
 * How C values are held: integers (and bool, char, enum) as {@link Long}; NULL as Java null; a pointer to a
 * struct as its {@link Obj}; other pointers as {@link Pointer}s; page-table entry values as {@link Entry};
 * function pointers as {@link FunctionRef}.
 */
public final class Values {

	private static final Long[] SMALL = new Long[1024 + 128];

	static {
		for (int i = 0; i < SMALL.length; i++)
			SMALL[i] = (long) (i - 128);
	}

	private Values() {
	}

	public static Long box(long v) {
		return v >= -128 && v < 1024 ? SMALL[(int) v + 128] : Long.valueOf(v);
	}

	/** The value of a zeroed variable of {@code type}: 0, NULL, an empty struct, a zeroed array. */
	static Object zero(CType type) {
		return switch (type) {
		case CType.Int i -> box(0);
		case CType.Struct s -> new Obj(s.struct());
		case CType.Array a -> Pointer.ArrayElement.of(a);
		case CType.EntryValue e -> Entry.NONE;
		default -> null;
		};
	}

	public static boolean truth(Object v) {
		if (v == null)
			return false;
		if (v instanceof Long l)
			return l != 0;
		if (v instanceof Entry e)
			return e.raw() != 0;
		return true;
	}

	public static long asLong(Object v) {
		if (v == null)
			return 0;
		if (v instanceof Long l)
			return l;
		if (v instanceof Entry e)
			return e.raw();
		if (v instanceof Boolean b)
			return b ? 1 : 0;
		throw new InterpreterError("not an integer: " + describe(v));
	}

	public static String describe(Object v) {
		if (v == null)
			return "NULL";
		if (v instanceof Long l)
			return l >= 0 && l < 4096 ? Long.toString(l) : "0x" + Long.toHexString(l);
		return v.toString();
	}
}
