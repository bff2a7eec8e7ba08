package org.faultline.exec.internal.machine;

/**
 * One page-table page (pgd, pud, pmd or pte level) with its 512 entries. A pte table has its own split page
 * table lock; the upper levels are guarded by mm->page_table_lock. A table that was never linked into the mm
 * ({@link #phantom}) stands for the garbage a pte pointer reaches when the pmd has no table.
 */
public final class PageTable {

	public static final int ENTRIES = 512;

	public enum Level {
		PGD(39), PUD(30), PMD(21), PTE(12);

		public final int shift;

		Level(int shift) {
			this.shift = shift;
		}

		public int index(long address) {
			return (int) (address >>> shift & ENTRIES - 1);
		}
	}

	private final long[] entries = new long[ENTRIES];
	private final Level level;
	private final long pfn;
	private final boolean phantom;

	PageTable(Level level, long pfn, boolean phantom) {
		this.level = level;
		this.pfn = pfn;
		this.phantom = phantom;
	}

	public Level level() {
		return level;
	}

	public long pfn() {
		return pfn;
	}

	public boolean phantom() {
		return phantom;
	}

	public long get(int index) {
		return entries[index];
	}

	public void set(int index, long value) {
		entries[index] = value;
	}

	public String label() {
		return (phantom ? "unallocated " : "") + level.name().toLowerCase() + "@" + Long.toHexString(pfn);
	}

	@Override
	public String toString() {
		return label();
	}
}
