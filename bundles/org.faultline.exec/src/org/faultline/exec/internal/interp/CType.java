package org.faultline.exec.internal.interp;

/**
 * The static C type of an expression, as far as the interpreter needs it: integer width and signedness
 * (for C's usual arithmetic conversions and for truncation on stores), pointers (for pointer arithmetic
 * and member access), structs and page-table entry values.
 */
public sealed interface CType {

	CType UNKNOWN = new Unknown();
	Int INT = new Int(32, true);
	Int UINT = new Int(32, false);
	Int LONG = new Int(64, true);
	Int ULONG = new Int(64, false);
	Int BOOL = new Int(1, false);
	Int CHAR = new Int(8, true);

	/** An integer type of {@code bits} width; bool is width 1. */
	record Int(int bits, boolean signed) implements CType {

		/** The value as this type holds it: truncated and sign- or zero-extended to 64 bits. */
		public long wrap(long v) {
			return switch (bits) {
			case 64 -> v;
			case 32 -> signed ? (int) v : v & 0xffffffffL;
			case 16 -> signed ? (short) v : v & 0xffffL;
			case 8 -> signed ? (byte) v : v & 0xffL;
			case 1 -> v != 0 ? 1 : 0;
			default -> bitField(v, bits, signed);
			};
		}

		/** The value as a bit-field of {@code width} bits holds it (width 1 too: not bool's "non-zero is 1"). */
		public static long bitField(long v, int width, boolean signed) {
			if (width >= 64)
				return v;
			return signed ? v << 64 - width >> 64 - width : v & (1L << width) - 1;
		}
	}

	record Pointer(CType to) implements CType {
	}

	/** An array of known length; its value is a pointer to its first element (Pointer.ArrayElement at 0). */
	record Array(CType element, int length) implements CType {
	}

	record Struct(StructType struct) implements CType {
	}

	/** pte_t, pmd_t, pud_t, pgd_t, pgprot_t, swp_entry_t: opaque one-word values. */
	record EntryValue(String name) implements CType {
	}

	record Void() implements CType {
	}

	record Function(CType result) implements CType {
	}

	record Unknown() implements CType {
	}

	static boolean isUnsigned64(CType t) {
		return t instanceof Int i && i.bits == 64 && !i.signed || t instanceof Pointer || t instanceof Array;
	}

	/** An array as an operand: a pointer to its first element. */
	static CType decay(CType t) {
		return t instanceof Array a ? new Pointer(a.element) : t;
	}

	/** What {@code *p} or {@code p[i]} has, for a pointer or an array; else unknown. */
	static CType pointee(CType t) {
		return switch (t) {
		case Pointer p -> p.to;
		case Array a -> a.element;
		default -> UNKNOWN;
		};
	}

	/** C's usual arithmetic conversions, reduced to what 64-bit values need: the common type. */
	static CType common(CType a, CType b) {
		if (a instanceof Int x && b instanceof Int y) {
			int bits = Math.max(Math.max(x.bits, y.bits), 32);
			boolean signed;
			if (x.bits == y.bits || bits == 32)
				signed = (x.bits < 32 || x.signed) && (y.bits < 32 || y.signed);
			else {
				Int wider = x.bits > y.bits ? x : y;
				signed = wider.signed;
			}
			return new Int(bits, signed);
		}
		if (a instanceof Int)
			return b == UNKNOWN ? a : b;
		return a;
	}
}
