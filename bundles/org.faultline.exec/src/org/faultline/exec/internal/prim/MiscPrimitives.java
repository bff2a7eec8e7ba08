package org.faultline.exec.internal.prim;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import static org.faultline.exec.internal.prim.Args.ONE;
import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.num;

import org.faultline.exec.VmFault;
import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.InterpreterError;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Bits;
import org.faultline.exec.internal.machine.Page;

/**
 * include/linux/types.h, compiler.h, kernel.h, spinlock.h, rcupdate.h, mmdebug.h, huge_mm.h, hugetlb.h,
 * userfaultfd_k.h, mempolicy.h, mm.h (vma properties) and the huge tmpfs pageteam.h: barriers, spinlocks,
 * RCU, assertions, arithmetic macros, and the huge-page, hugetlb, NUMA and userfault callouts.
 */
final class MiscPrimitives {

	private MiscPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("barrier", "include/linux/compiler-gcc.h", "compiler barrier: nothing, the machine's loads are one"
				+ " snapshot. Leaves out nothing", (run, a) -> null);
		t.add("smp_wmb", "arch/x86/include/asm/barrier.h", "write barrier: nothing, the machine's stores are"
				+ " ordered. Leaves out nothing", (run, a) -> null);
		t.add("smp_rmb", "arch/x86/include/asm/barrier.h", "read barrier: nothing. Leaves out nothing",
				(run, a) -> null);
		t.add("likely", "include/linux/compiler.h", "branch hint: the value. Leaves out nothing", (run, a) -> a[0]);
		t.add("unlikely", "include/linux/compiler.h", "branch hint: the value. Leaves out nothing", (run, a) -> a[0]);
		t.add("READ_ONCE", "include/linux/compiler.h", "a single untorn read: the value. Leaves out nothing",
				(run, a) -> a[0]);
		t.add("max", "include/linux/kernel.h", "the larger, compared signed. Leaves out unsigned comparison of"
				+ " values above 2^63", (run, a) -> Values.box(Math.max(num(a[0]), num(a[1]))));
		t.add("min", "include/linux/kernel.h", "the smaller, compared signed. Leaves out unsigned comparison of"
				+ " values above 2^63", (run, a) -> Values.box(Math.min(num(a[0]), num(a[1]))));
		t.add("max_t", "include/linux/kernel.h", "the larger, compared signed. Leaves out the conversion to the"
				+ " named type", (run, a) -> Values.box(Math.max(num(a[1]), num(a[2]))));
		t.add("min_t", "include/linux/kernel.h", "the smaller, compared signed. Leaves out the conversion to the"
				+ " named type", (run, a) -> Values.box(Math.min(num(a[1]), num(a[2]))));
		t.add("min3", "include/linux/kernel.h", "the smallest of three. Leaves out unsigned comparison",
				(run, a) -> Values.box(Math.min(num(a[0]), Math.min(num(a[1]), num(a[2])))));
		t.add("round_up", "include/linux/kernel.h", "((x - 1) | (y - 1)) + 1: up to a power-of-two multiple."
				+ " Leaves out nothing", (run, a) -> Values.box((num(a[0]) - 1 | num(a[1]) - 1) + 1));
		t.add("spin_lock", "include/linux/spinlock.h", "takes a spinlock (a page table's split lock or"
				+ " mm->page_table_lock); taking one this fault holds is reported (self-deadlock), and sleeping"
				+ " while one is held. Leaves out other CPUs", (run, a) -> {
					Locks.spinLock(run, a[0]);
					return null;
				});
		t.add("spin_unlock", "include/linux/spinlock.h", "releases a spinlock; one not held is reported. Leaves"
				+ " out nothing", (run, a) -> {
					Locks.spinUnlock(run, a[0]);
					return null;
				});
		t.add("rcu_read_lock", "include/linux/rcupdate.h", "enters an RCU read section, in which sleeping is"
				+ " reported. Leaves out grace periods", (run, a) -> {
					run.machine.rcuDepth++;
					run.event(TraceEventKind.LOCK, "rcu");
					return null;
				});
		t.add("rcu_read_unlock", "include/linux/rcupdate.h", "leaves an RCU read section; one not entered is"
				+ " reported. Leaves out nothing", (run, a) -> {
					if (--run.machine.rcuDepth < 0)
						run.finding(FindingKind.LOCK_MISUSE, "rcu_read_unlock without rcu_read_lock");
					run.event(TraceEventKind.UNLOCK, "rcu");
					return null;
				});
		t.add("vm_bug_on_page", "include/linux/mmdebug.h", "VM_BUG_ON_PAGE as CONFIG_DEBUG_VM builds it: a"
				+ " VM_BUG finding when the condition holds, and the run goes on. Leaves out the oops", (run, a) -> {
					if (Values.truth(a[0]))
						run.finding(FindingKind.VM_BUG, "VM_BUG_ON_PAGE on " + Values.describe(a[1]));
					return null;
				});
		t.alias("VM_BUG_ON_PAGE", "vm_bug_on_page");
		t.add("VM_BUG_ON", "include/linux/mmdebug.h", "VM_BUG_ON as CONFIG_DEBUG_VM builds it: a VM_BUG finding"
				+ " when the condition holds, and the run goes on. Leaves out the oops", (run, a) -> {
					if (Values.truth(a[0]))
						run.finding(FindingKind.VM_BUG, "VM_BUG_ON");
					return null;
				});
		t.alias("BUG_ON", "VM_BUG_ON");
		t.add("print_bad_pte", "mm/memory.c", "the report of a corrupt pte: nothing. Leaves out the report and"
				+ " the taint", (run, a) -> null);
		t.add("is_vm_hugetlb_page", "include/linux/hugetlb_inline.h", "VM_HUGETLB in vm_flags. Leaves out"
				+ " nothing", (run, a) -> bool((flags(a[0]) & Linux46.VM_HUGETLB) != 0));
		t.add("transparent_hugepage_enabled", "include/linux/huge_mm.h", "THP policy for the vma, as the scenario"
				+ " says. Leaves out the sysfs settings and VM_HUGEPAGE/VM_NOHUGEPAGE",
				(run, a) -> bool(run.machine.thpEnabled));
		t.add("test_bit", "arch/x86/include/asm/bitops.h", "bit nr of the bitmap at addr, in word nr / 64 (the"
				+ " mm's MMF_ flags on the fault path). Leaves out nothing", (run, a) -> {
					long nr = num(a[0]);
					Object word = X86Primitives.bitWord(a[1], nr).load();
					return bool(word != null && (Values.asLong(word) & X86Primitives.bitMask(nr)) != 0);
				});
		t.add("mm_forbids_zeropage", "include/asm-generic/pgtable.h", "0: only s390 forbids it. Leaves out"
				+ " nothing", (run, a) -> ZERO);
		t.add("arch_vma_access_permitted", "arch/x86/include/asm/mmu_context.h", "1: protection keys allow the"
				+ " access. Leaves out protection keys", (run, a) -> ONE);
		t.add("expand_downwards", "mm/mmap.c", "grows a stack vma down to the address; may sleep and allocate"
				+ " (its anon_vma); 0. Leaves out the rlimit and guard-gap checks (-ENOMEM)", (run, a) -> {
					run.checkMaySleep("expand_downwards", true);
					vma(a[0]).set("vm_start", Values.box(num(a[1])));
					return ZERO;
				});
		t.add("expand_upwards", "mm/mmap.c", "0: x86 stacks grow down. Leaves out growing up (parisc, ia64)",
				(run, a) -> ZERO);
		t.add("userfaultfd_missing", "include/linux/userfaultfd_k.h", "VM_UFFD_MISSING in vm_flags. Leaves out"
				+ " nothing", (run, a) -> bool((flags(a[0]) & Linux46.VM_UFFD_MISSING) != 0));
		t.add("handle_userfault", "fs/userfaultfd.c", "handle_userfault: a fault without FAULT_FLAG_ALLOW_RETRY"
				+ " gets VM_FAULT_SIGBUS; with FAULT_FLAG_RETRY_NOWAIT, VM_FAULT_RETRY with mmap_sem kept;"
				+ " otherwise it may sleep, releases mmap_sem for user space to resolve the fault, and answers"
				+ " VM_FAULT_RETRY. Leaves out the userfaultfd context (every vma with VM_UFFD_MISSING has a live"
				+ " one) and the message to user space", (run, a) -> {
					long flags = num(FaultArgs.of(a).get("flags", 2));
					if ((flags & Linux46.FAULT_FLAG_ALLOW_RETRY) == 0)
						return Values.box(VmFault.SIGBUS);
					if ((flags & Linux46.FAULT_FLAG_RETRY_NOWAIT) != 0)
						return Values.box(VmFault.RETRY);
					run.checkMaySleep("handle_userfault", false);
					run.machine.mmapSem = false;
					run.event(TraceEventKind.UNLOCK, "mmap_sem (userfault)");
					return Values.box(VmFault.RETRY);
				});
		t.add("hugetlb_fault", "mm/hugetlb.c", "the whole hugetlbfs fault: VM_FAULT_SIGBUS. Leaves out hugetlbfs",
				(run, a) -> {
					run.event(TraceEventKind.NOTE, "hugetlb faults are not modelled");
					return Values.box(VmFault.SIGBUS);
				});
		t.add("do_huge_pmd_anonymous_page", "mm/huge_memory.c", "anonymous THP fault: maps a new huge page by"
				+ " the pmd if the scenario lets huge pmds succeed, else VM_FAULT_FALLBACK. Leaves out the huge"
				+ " zero page, the memcg charge, the deposited pte table, userfaultfd and the allocation's reclaim",
				(run, a) -> {
					if (!run.machine.thpMaps)
						return Values.box(VmFault.FALLBACK);
					FaultArgs f = FaultArgs.of(a);
					var pmd = Args.slot(f.get("pmd", 3), "do_huge_pmd_anonymous_page");
					Page head = PagePrimitives.allocate(run, "do_huge_pmd_anonymous_page");
					if (head == null)
						return Values.box(VmFault.FALLBACK);
					head.anon = true;
					head.mapcount = 1;
					Locks.spinLock(run, pmd.table());
					pmd.table().set(pmd.index(), Bits.make(head.pfn, Bits.PRESENT | Bits.USER | Bits.ACCESSED | Bits.PSE
							| ((flags(f.get("vma", 1)) & Linux46.VM_WRITE) != 0 ? Bits.RW | Bits.DIRTY : 0)));
					Locks.spinUnlock(run, pmd.table());
					run.event(TraceEventKind.PTE_WRITE, pmd + " = huge " + head.label());
					return ZERO;
				});
		t.add("do_huge_pmd_wp_page", "mm/huge_memory.c", "write fault on a read-only huge pmd: if the scenario"
				+ " lets huge pages be had, the pmd is made writable (VM_FAULT_WRITE); otherwise it is split into a"
				+ " pte table mapping the same pages read-only and the result is VM_FAULT_FALLBACK. Leaves out the"
				+ " copy of a shared huge page, the huge zero page and the memcg charge", (run, a) -> {
					var pmd = Args.slot(FaultArgs.of(a).get("pmd", 3), "do_huge_pmd_wp_page");
					Locks.spinLock(run, pmd.table());
					long e = pmd.table().get(pmd.index());
					try {
						if (run.machine.thpMaps) {
							pmd.table().set(pmd.index(), e | Bits.RW | Bits.DIRTY | Bits.ACCESSED);
							run.event(TraceEventKind.PTE_WRITE, pmd + " made writable");
							return Values.box(VmFault.WRITE);
						}
						HugePmd.split(run, pmd, e);
						return Values.box(VmFault.FALLBACK);
					} finally {
						Locks.spinUnlock(run, pmd.table());
					}
				});
		t.add("do_huge_pmd_numa_page", "mm/huge_memory.c", "NUMA hint on a huge pmd: made accessible again."
				+ " Leaves out migration and the pmd lock", (run, a) -> {
					var pmd = Args.slot(FaultArgs.of(a).get("pmd", 4), "do_huge_pmd_numa_page");
					pmd.table().set(pmd.index(), pmd.table().get(pmd.index()) | Bits.PRESENT);
					return ZERO;
				});
		t.add("huge_pmd_set_accessed", "mm/huge_memory.c", "huge_pmd_set_accessed: under the pmd lock, if the"
				+ " pmd still holds orig_pmd and the fault is a write (pmdp_set_access_flags' dirty), stores it"
				+ " young; a read fault changes nothing, as on x86. Leaves out update_mmu_cache_pmd (empty on x86) and"
				+ " the dirty bit touch_pmd adds from 4.14 on",
				(run, a) -> {
					FaultArgs f = FaultArgs.of(a);
					var pmd = Args.slot(f.get("pmd", 3), "huge_pmd_set_accessed");
					Object orig = f.context() == null ? a[4] : a.length > 1 ? a[1] : f.context().get("orig_pmd");
					Locks.spinLock(run, pmd.table());
					long now = pmd.table().get(pmd.index());
					if (now == Args.entry(orig) && f.write(5) && (now | Bits.ACCESSED) != now) {
						pmd.table().set(pmd.index(), now | Bits.ACCESSED);
						run.event(TraceEventKind.PTE_WRITE, pmd + " made young");
					}
					Locks.spinUnlock(run, pmd.table());
					return null;
				});
		t.add("numa_node_id", "include/linux/topology.h", "the running node: 0. Leaves out NUMA", (run, a) -> ZERO);
		t.add("mpol_misplaced", "mm/mempolicy.c", "NUMA_NO_NODE: the page is where its policy wants it. Leaves"
				+ " out NUMA", (run, a) -> Values.box(-1));
		t.add("migrate_misplaced_page", "mm/migrate.c", "consumes the caller's reference; 0, not migrated."
				+ " Leaves out migration", (run, a) -> {
					PagePrimitives.put(run, Args.page(a[0], "migrate_misplaced_page"));
					return ZERO;
				});
		t.add("pmd_val", "arch/x86/include/asm/pgtable_types.h", "the raw pmd value. Leaves out nothing",
				(run, a) -> Values.box(Args.entry(a[0])));
		t.add("pte_val", "arch/x86/include/asm/pgtable_types.h", "the raw pte value. Leaves out nothing",
				(run, a) -> Values.box(Args.entry(a[0])));
		t.add("__pte", "arch/x86/include/asm/pgtable_types.h", "the pte of a raw value. Leaves out nothing",
				(run, a) -> new Entry(num(a[0])));
		t.add("delayacct_set_flag", "include/linux/delayacct.h", "delayacct_set_flag: marks the task as in a"
				+ " delay (DELAYACCT_PF_SWAPIN); neither sleeps nor locks. Leaves out the statistics",
				(run, a) -> null);
		t.add("delayacct_clear_flag", "include/linux/delayacct.h", "delayacct_clear_flag: ends the delay"
				+ " delayacct_set_flag began. Leaves out the statistics", (run, a) -> null);
		t.addSleeping("mmu_notifier_invalidate_range_start", "include/linux/mmu_notifier.h", "tells secondary MMUs:"
				+ " may sleep. Leaves out the notifiers", null);
		t.add("mmu_notifier_invalidate_range_end", "include/linux/mmu_notifier.h", "tells secondary MMUs."
				+ " Leaves out the notifiers", (run, a) -> null);
		t.add("WARN_ON", "include/asm-generic/bug.h", "a VM_BUG finding when the condition holds; the condition."
				+ " Leaves out the warning's backtrace", MiscPrimitives::warn);
		t.alias("WARN_ON_ONCE", "WARN_ON");
		t.alias("VM_WARN_ON", "WARN_ON");
		t.alias("VM_WARN_ON_ONCE", "WARN_ON");
		t.add("page_cpupid_last", "include/linux/mm.h", "NUMA balancing's last cpupid: 0. Leaves out NUMA"
				+ " balancing", (run, a) -> ZERO);
		t.add("PageCompound", "include/linux/page-flags.h", "0. Leaves out compound pages", (run, a) -> ZERO);
		t.add("non_swap_entry", "include/linux/swapops.h", "0: the model's swap entries are all real ones."
				+ " Leaves out migration and hwpoison entries", (run, a) -> ZERO);
		t.add("is_migration_entry", "include/linux/swapops.h", "0. Leaves out migration entries",
				(run, a) -> ZERO);
		t.add("is_hwpoison_entry", "include/linux/swapops.h", "0. Leaves out hwpoison entries", (run, a) -> ZERO);
		t.add("migration_entry_wait", "mm/migrate.c", "waits for a migration: nothing. Leaves out migration",
				(run, a) -> null);
		t.add("ksm_might_need_to_copy", "include/linux/ksm.h", "the page itself. Leaves out the copy (an"
				+ " allocation under the page lock) of a KSM page or of a page of another anon_vma",
				(run, a) -> a[0]);
		t.add("pte_mksoft_dirty", "arch/x86/include/asm/pgtable.h", "the value unchanged. Leaves out soft-dirty"
				+ " tracking", (run, a) -> a[0]);
		t.add("pte_swp_soft_dirty", "arch/x86/include/asm/pgtable.h", "0. Leaves out soft-dirty tracking",
				(run, a) -> ZERO);
		t.add("mem_cgroup_swap_full", "mm/memcontrol.c", "0: swap is not full. Leaves out memcg swap limits",
				(run, a) -> ZERO);
		t.add("vm_swap_full", "include/linux/swap.h", "0: swap is not full. Leaves out the swap space",
				(run, a) -> ZERO);
		t.add("task_numa_fault", "kernel/sched/fair.c", "NUMA placement statistics: nothing. Leaves out NUMA"
				+ " balancing", (run, a) -> null);
		t.add("count_vm_numa_event", "include/linux/vmstat.h", "event counter: nothing. Leaves out the"
				+ " statistics", (run, a) -> null);
		t.reviewedAgainst("mmotm huge tmpfs (not in v4.6.2)");
		t.add("map_team_by_pmd", "mm/huge_memory.c (huge tmpfs)", "maps the locked team head by a huge pmd if"
				+ " the pmd is still none, unlocks it and passes its reference to the mapping; VM_FAULT_NOPAGE."
				+ " Leaves out team accounting", (run, a) -> {
					var pmd = Args.slot(a[2], "map_team_by_pmd");
					Page head = Args.page(a[3], "map_team_by_pmd");
					Locks.spinLock(run, pmd.table());
					if (pmd.table().get(pmd.index()) == 0) {
						pmd.table().set(pmd.index(), Bits.make(head.pfn, Bits.PRESENT | Bits.USER | Bits.ACCESSED | Bits.PSE));
						head.mapcount++;
						run.event(TraceEventKind.PTE_WRITE, pmd + " = team " + head.label());
					} else
						PagePrimitives.put(run, head);
					Locks.spinUnlock(run, pmd.table());
					Locks.unlockPage(run, head);
					return Values.box(VmFault.NOPAGE);
				});
		t.add("remap_team_by_ptes", "mm/huge_memory.c (huge tmpfs)", "replaces a team's huge pmd by ptes:"
				+ " nothing. Leaves out teams, which are not in the model's page tables", (run, a) -> null);
		t.reviewedAgainst("v6.12.19");
		t.add("thp_vma_allowable_order", "include/linux/huge_mm.h", "6.8 on: whether a huge page of the order may"
				+ " map the vma: as the scenario enables THP. Leaves out the sysfs settings",
				(run, a) -> bool(run.machine.thpEnabled));
		t.add("thp_vma_allowable_orders", "include/linux/huge_mm.h", "6.8 on: the orders of the mask that may map"
				+ " the vma: all of them if the scenario enables THP, none otherwise. Leaves out the sysfs settings",
				(run, a) -> Values.box(run.machine.thpEnabled ? num(a[3]) : 0));
		t.readsConstants("GFP_TRANSHUGE_LIGHT", "VM_HUGEPAGE");
		t.add("vma_thp_gfp_mask", "mm/huge_memory.c", "the gfp mask of a huge folio for the vma under the"
				+ " default defrag setting (madvise): GFP_TRANSHUGE_LIGHT, with direct reclaim only for a vma madvised"
				+ " MADV_HUGEPAGE (VM_HUGEPAGE). Leaves out the other defrag settings of"
				+ " /sys/kernel/mm/transparent_hugepage/defrag", (run, a) -> {
					Long light = run.program.constant("GFP_TRANSHUGE_LIGHT");
					if (light == null)
						throw new InterpreterError("vma_thp_gfp_mask() needs GFP_TRANSHUGE_LIGHT, which this version"
								+ " does not define");
					boolean madvised = Values.truth(a[0]) && (flags(a[0]) & run.program.constant("VM_HUGEPAGE")) != 0;
					return Values.box(light | (madvised ? run.program.directReclaim() : 0));
				});
		t.reviewedAgainst("v4.6.2");
	}

	private static Object warn(org.faultline.exec.internal.interp.Run run, Object[] a) {
		if (Values.truth(a[0]))
			run.finding(FindingKind.VM_BUG, "WARN_ON");
		return a[0];
	}

	private static Obj vma(Object v) {
		return Args.obj(v, "vma");
	}

	private static long flags(Object vma) {
		return num(vma(vma).get("vm_flags"));
	}
}
