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
		PageTablePrimitives.register(t);
		EntryPrimitives.register(t);
		PagePrimitives.register(t);
		CachePrimitives.register(t);
		MiscPrimitives.register(t);
		X86Primitives.register(t);
		FolioPrimitives.register(t);
		PteMapPrimitives.register(t);
		FilemapPrimitives.register(t);
		return t;
	}
}
