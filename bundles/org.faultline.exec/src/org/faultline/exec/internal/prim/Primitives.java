package org.faultline.exec.internal.prim;

import org.faultline.exec.internal.interp.PrimitiveTable;

/**
 * The primitive table of the Linux fault path, 4.6 to 6.x, grouped by the kernel header that declares each.
 */
public final class Primitives {

	private Primitives() {
	}

	public static PrimitiveTable standard() {
		PrimitiveTable t = new PrimitiveTable();
		// each class marks the few it had to check against another source
		t.reviewedAgainst("v4.6.2");
		PageTablePrimitives.register(t);
		EntryPrimitives.register(t);
		PagePrimitives.register(t);
		CachePrimitives.register(t);
		MiscPrimitives.register(t);
		t.reviewedAgainst("v6.12.19");
		X86Primitives.register(t);
		FolioPrimitives.register(t);
		PteMapPrimitives.register(t);
		FilemapPrimitives.register(t);
		XarrayPrimitives.register(t);
		WaitPrimitives.register(t);
		SwapPrimitives.register(t);
		t.reviewedAgainst(null);
		return t;
	}
}
