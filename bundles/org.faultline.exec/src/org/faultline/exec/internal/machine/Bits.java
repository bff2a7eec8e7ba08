package org.faultline.exec.internal.machine;

/**
 * The model's page-table entry layout: x86-64's bits where they exist. An entry that points to a lower table
 * has PRESENT with the table's pfn; a huge pmd has PSE; a swap entry has neither PRESENT nor PROTNONE and
 * keeps its swap offset above bit 12.
 */
public final class Bits {

	public static final long PRESENT = 0x1;
	public static final long RW = 0x2;
	public static final long USER = 0x4;
	public static final long ACCESSED = 0x20;
	public static final long DIRTY = 0x40;
	public static final long PSE = 0x80;
	public static final long PROTNONE = 0x100;
	public static final long SPECIAL = 0x200;
	public static final long DEVMAP = 1L << 58;
	public static final long TABLE = PRESENT | RW | USER | ACCESSED | DIRTY;
	public static final long PFN_MASK = 0x000ffffffffff000L;
	public static final long FLAG_MASK = ~PFN_MASK;

	private Bits() {
	}

	public static long pfn(long entry) {
		return (entry & PFN_MASK) >>> 12;
	}

	public static long make(long pfn, long flags) {
		return pfn << 12 & PFN_MASK | flags & FLAG_MASK;
	}

	public static boolean none(long e) {
		return e == 0;
	}

	public static boolean present(long e) {
		return (e & (PRESENT | PROTNONE)) != 0;
	}

	public static boolean huge(long e) {
		return (e & PSE) != 0 && present(e);
	}

	public static boolean swap(long e) {
		return e != 0 && !present(e);
	}

	/** A readable form for traces: "none", "table 0x..", "pfn 0x.. rw dirty young special", "swap 5". */
	public static String describe(long e) {
		if (e == 0)
			return "none";
		if (swap(e))
			return "swap " + (e >>> 12);
		StringBuilder s = new StringBuilder();
		s.append("pfn 0x").append(Long.toHexString(pfn(e)));
		if ((e & PSE) != 0)
			s.append(" huge");
		if ((e & DEVMAP) != 0)
			s.append(" devmap");
		if ((e & PRESENT) == 0)
			s.append(" protnone");
		if ((e & RW) != 0)
			s.append(" write");
		if ((e & DIRTY) != 0)
			s.append(" dirty");
		if ((e & ACCESSED) != 0)
			s.append(" young");
		if ((e & SPECIAL) != 0)
			s.append(" special");
		return s.toString();
	}
}
