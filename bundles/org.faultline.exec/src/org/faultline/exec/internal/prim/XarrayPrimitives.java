package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.num;

import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Mapping;

/**
 * The xarray walk of 6.x's fault-around ({@code filemap_map_pages} with {@code XA_STATE} and
 * {@code next_uptodate_folio}), over the machine's page cache. lib/xarray.c is not among the fault path's
 * sources, and the inlines of include/linux/xarray.h step through the slots of {@code xa_node}s, which the
 * model's cache (index to folio or value entry) does not have; so these stand at the level the fault path
 * calls. {@code XA_STATE} itself is the kernel's: it sets {@code xa} (the machine gives
 * {@code mapping->i_pages} a head naming the mapping), {@code xa_index} and {@code xa_node = XAS_RESTART}.
 * A walked state's {@code xa_node} is a mark of the model's own, as the node it would point to does not
 * exist; C that read the node would stop there, which the fault path does not do.
 */
final class XarrayPrimitives {

	private static final String XARRAY_C = "lib/xarray.c", XARRAY_H = "include/linux/xarray.h";
	/** {@code xa_node} once a walk found an entry at {@code xa_index}: the kernel's leaf node. */
	private static final Pointer.Opaque WALKED = new Pointer.Opaque("xa_node of the entry at xa_index");
	/** {@code xa_node} after xas_reset, as after {@code XA_STATE}: the next walk starts at xa_index itself. */
	private static final Pointer.Opaque RESTART = new Pointer.Opaque("XAS_RESTART");
	/** {@code xa_node} once a walk went past its limit: the kernel's {@code XAS_BOUNDS}. */
	private static final Pointer.Opaque BOUNDS = new Pointer.Opaque("XAS_BOUNDS");
	private static final String FIND = ": the next present entry of the mapping's page cache: at xa_index itself"
			+ " for a state not yet walked (XAS_RESTART), after it for one that found an entry; xa_index is set to"
			+ " its index. NULL when there is none up to max, the state then past its bounds (XAS_BOUNDS). Leaves"
			+ " out multi-index entries (the model's folios are order 0), marks, and xas errors (none without"
			+ " allocation)";

	private XarrayPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("xas_find", XARRAY_C, "xas_find(xas, max)" + FIND, (run, a) -> find(a[0], num(a[1])));
		t.add("xas_next_entry", XARRAY_H, "xas_next_entry(xas, max) (an inline whose fast path steps through the"
				+ " slots of xas->xa_node, which the model has not): what its slow path, xas_find, does" + FIND,
				(run, a) -> find(a[0], num(a[1])));
		t.add("xas_reload", XARRAY_H, "xas_reload(xas): the entry at xa_index now (a folio may have been removed"
				+ " since the walk found it). Leaves out sibling entries of multi-index folios (none in the model)",
				(run, a) -> mapping(state(a[0])).lookup(index(state(a[0]))));
		t.add("xas_retry", XARRAY_H, "xas_retry(xas, entry): whether the entry is the retry entry, which resets the"
				+ " state to XAS_RESTART so that the walk loads the index again. Leaves out the zero entry, which"
				+ " only xarrays allocating in advance hold, never the page cache", (run, a) -> {
					if (a[1] != Mapping.Exceptional.RETRY)
						return Args.ZERO;
					state(a[0]).set("xa_node", RESTART);
					return Args.ONE;
				});
		t.add("xa_is_value", XARRAY_H, "xa_is_value(entry): whether the entry is a value entry (a shadow, swap or"
				+ " DAX entry: the kernel's low bit), not a folio. Leaves out nothing",
				(run, a) -> bool(a[0] instanceof Mapping.Exceptional e && e != Mapping.Exceptional.RETRY));
	}

	private static Object find(Object xas, long max) {
		Obj state = state(xas);
		Object node = state.get("xa_node");
		if (node == BOUNDS)
			return null;
		Mapping m = mapping(state);
		long index = m.next(node == WALKED ? index(state) + 1 : index(state));
		if (index < 0 || index > max) {
			state.set("xa_node", BOUNDS);
			return null;
		}
		state.set("xa_index", Values.box(index));
		state.set("xa_node", WALKED);
		return m.lookup(index);
	}

	private static Obj state(Object xas) {
		return Args.obj(xas, "xas_*");
	}

	private static long index(Obj state) {
		return num(state.get("xa_index"));
	}

	/**
	 * The mapping whose page cache the state walks: {@code xa} is {@code &mapping->i_pages}, which names it
	 * (the struct itself, or a pointer to the member where the headers do not say it is a struct).
	 */
	private static Mapping mapping(Obj state) {
		Object xa = state.get("xa") instanceof Pointer p ? p.load() : state.get("xa");
		return Args.mapping(Args.obj(xa, "xas->xa").get("xa_head"), "xas->xa");
	}
}
