package org.faultline.exec.internal.prim;

import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.machine.Machine;
import org.faultline.exec.internal.machine.Page;
import org.faultline.model.exec.FindingKind;

/**
 * The swap device a swap entry names, as 5.x/6.x's swap fault holds it against swapoff (mm/swapfile.c, which is
 * not among the fault path's sources, and swap.h's {@code put_swap_device}, whose percpu_ref_put is per-CPU
 * assembly). The machine has one swap device, a disk: not {@code SWP_SYNCHRONOUS_IO}, so faults read through
 * the swap cache and readahead as 4.6's always did.
 */
final class SwapPrimitives {

	private SwapPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("get_swap_device", "mm/swapfile.c", "get_swap_device(entry): the swap device of the entry, with a"
				+ " reference on its users that keeps swapoff away until put_swap_device. Leaves out a bad or freed"
				+ " entry (NULL: every entry of the model names a live slot) and a device being swapped off",
				(run, a) -> {
					Machine m = run.machine;
					m.swapDeviceRefs++;
					return m.swapDevice;
				});
		t.add("swap_cache_get_folio", "mm/swap_state.c", "swap_cache_get_folio(entry, vma, addr): the swap-cache"
				+ " folio of the entry with a reference taken, or NULL, its PG_readahead cleared as a readahead hit"
				+ " (folio_test_clear_readahead). Leaves out the readahead statistics (the vma's swap_readahead_info,"
				+ " SWAP_RA_HIT)", (run, a) -> {
					Page p = run.machine.swapCache.get(Args.entry(a[0]));
					if (p != null) {
						p.refcount++;
						p.readahead = false;
					}
					return p;
				});
		t.add("swap_free_nr", "mm/swapfile.c", "swap_free_nr(entry, nr): drops one use of each of the nr entries"
				+ " from entry on (the swap cache keeps its folio), as swap_free does for one. Leaves out freeing the"
				+ " slots", (run, a) -> {
					long first = Args.entry(a[0]);
					for (long e = first; e < first + Args.num(a[1]); e++)
						run.machine.swapUses.computeIfPresent(e, (k, n) -> n > 1 ? n - 1 : null);
					return null;
				});
		t.add("put_swap_device", "include/linux/swap.h", "put_swap_device(si): drops the reference"
				+ " get_swap_device took (percpu_ref_put on si->users); one never taken is reported. Leaves out"
				+ " nothing", (run, a) -> {
					Obj si = Args.obj(a[0], "put_swap_device");
					if (si != run.machine.swapDevice || run.machine.swapDeviceRefs == 0)
						run.finding(FindingKind.LOCK_MISUSE, "put_swap_device without get_swap_device");
					else
						run.machine.swapDeviceRefs--;
					return null;
				});
	}
}
