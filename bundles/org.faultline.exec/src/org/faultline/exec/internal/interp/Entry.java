package org.faultline.exec.internal.interp;

/** A pte_t, pmd_t, pud_t, pgd_t, pgprot_t or swp_entry_t value: one raw word, compared by value. */
public record Entry(long raw) {

	public static final Entry NONE = new Entry(0);

	@Override
	public String toString() {
		return "0x" + Long.toHexString(raw);
	}
}
