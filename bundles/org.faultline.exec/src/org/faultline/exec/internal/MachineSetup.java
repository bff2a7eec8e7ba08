package org.faultline.exec.internal;

import org.faultline.exec.Scenario;
import org.faultline.exec.Scenario.CachedPage;
import org.faultline.exec.Scenario.Pte;
import org.faultline.exec.Scenario.RaceAction;
import org.faultline.exec.internal.interp.CompiledVersion;
import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.FunctionRef;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.Types;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Bits;
import org.faultline.exec.internal.machine.Machine;
import org.faultline.exec.internal.machine.Mapping;
import org.faultline.exec.internal.machine.Page;
import org.faultline.exec.internal.machine.PageTable;
import org.faultline.exec.internal.machine.PageTable.Level;
import org.faultline.exec.internal.prim.Linux46;
import org.faultline.exec.internal.prim.HugePmd;

/**
 * Builds the machine a scenario describes, and the run over it: page tables down to the fault's pmd, the
 * vma with its operations (interpreted filemap ones or modelled behaviours), the file with its page cache,
 * allocation failures and races.
 */
public final class MachineSetup {

	/** The highest pfn x86-64's 52-bit physical addresses allow. */
	private static final long MAX_PFN = (1L << 40) - 1;

	private MachineSetup() {
	}

	public static Run prepare(CompiledVersion version, Scenario s, boolean traced) {
		Types types = version.types();
		Machine m = new Machine(types);
		m.thpEnabled = s.thpEnabled();
		m.thpMaps = s.thpMaps();
		m.failAfter.putAll(s.failAfter());
		Run run = new Run(version, m, traced, s.budget());
		long address = s.fault().address();
		run.address = address;
		run.flags = (int) s.fault().flags();

		Obj vma = new Obj(types.struct("vm_area_struct"));
		var v = s.vma();
		vma.set("vm_start", Values.box(v.start()));
		vma.set("vm_end", Values.box(v.end()));
		vma.set("vm_pgoff", Values.box(v.pgoff()));
		vma.set("vm_flags", Values.box(v.flags()));
		vma.set("vm_mm", m.mm);
		boolean writableShared = v.shared() && (v.flags() & Linux46.VM_WRITE) != 0;
		vma.set("vm_page_prot", new Entry(Bits.PRESENT | Bits.USER | Bits.ACCESSED | (writableShared ? Bits.RW : 0)));
		run.vma = vma;

		Mapping mapping = null;
		if (v.file()) {
			mapping = new Mapping(types.struct("address_space"));
			m.mapping = mapping;
			Obj inode = new Obj(types.struct("inode"));
			inode.set("i_mapping", mapping);
			inode.set("i_sb", new Obj(types.struct("super_block")));
			inode.set("i_size", Values.box(v.fileSize()));
			mapping.set("host", inode);
			Obj root = new Obj(types.struct("radix_tree_root"));
			root.set("rnode", mapping);
			mapping.set("page_tree", root);
			// 4.20 on: the page cache is the xarray i_pages, whose walks the xas_* primitives make
			Obj pages = new Obj(types.struct("xarray"));
			pages.set("xa_head", mapping);
			mapping.set("i_pages", pages);
			Obj aops = new Obj(types.struct("address_space_operations"));
			aops.set("readpage", Behaviours.readpage());
			// 5.19 on: ->read_folio(file, folio), the same I/O on the model's one-page folios
			aops.set("read_folio", Behaviours.readpage());
			mapping.set("a_ops", aops);
			Obj file = new Obj(types.struct("file"));
			file.set("f_mapping", mapping);
			file.set("f_inode", inode);
			vma.set("vm_file", file);
			for (CachedPage c : s.cache())
				cache(m, mapping, c);
		}
		if (v.file() || s.ops().fault() != Scenario.FaultKind.NONE)
			vma.set("vm_ops", ops(version, types, s));

		PageTable pmdTable = tablesDownToPmd(m, address);
		int pmdIndex = Level.PMD.index(address);
		switch (s.pmd()) {
		case NONE -> {
		}
		case TABLE -> {
			PageTable pte = m.newTable(Level.PTE, false);
			pmdTable.set(pmdIndex, Bits.make(pte.pfn(), Bits.TABLE));
			m.nrPtes++;
			for (Pte p : s.ptes())
				pte(m, pte, mapping, v, p);
		}
		case HUGE, HUGE_WRITE, DEVMAP -> {
			Page head = m.newPage();
			head.mapcount = 1;
			head.anon = !v.file();
			head.uptodate = true;
			pmdTable.set(pmdIndex, Bits.make(head.pfn, Bits.PRESENT | Bits.USER | Bits.ACCESSED | Bits.PSE
					| (s.pmd() == Scenario.PmdState.HUGE_WRITE ? Bits.RW | Bits.DIRTY : 0)
					| (s.pmd() == Scenario.PmdState.DEVMAP ? Bits.DEVMAP : 0)));
		}
		}
		// an anonymous page, mapped or swapped out, was faulted into the vma: it has its anon_vma since then
		if (m.pages.values().stream().anyMatch(p -> p.anon))
			vma.set("anon_vma", new Obj(types.struct("anon_vma")));
		// set at boot to the last pfn with a struct page: every pfn this machine hands out has one
		if (version.global("highest_memmap_pfn") >= 0)
			run.setGlobal("highest_memmap_pfn", Values.box(MAX_PFN));
		if (s.faultAroundBytes() != null && version.global("fault_around_bytes") >= 0)
			run.setGlobal("fault_around_bytes", Values.box(s.faultAroundBytes()));
		for (Scenario.Race r : s.races())
			run.addRace(new Run.Race(r.at(), r.nth(), r.action().name().toLowerCase().replace('_', '-'),
					x -> race(x, r.action())));
		s.unknownValues().forEach((k, val) -> run.setUnknownValue(k, Values.box(val)));
		return run;
	}

	/** A second process over the same file: the fault's address now walks fresh tables down to an empty pmd. */
	static void otherMm(Run run) {
		tablesDownToPmd(run.machine, run.address);
	}

	private static PageTable tablesDownToPmd(Machine m, long address) {
		PageTable pud = m.newTable(Level.PUD, false);
		PageTable pmd = m.newTable(Level.PMD, false);
		m.pgd.set(Level.PGD.index(address), Bits.make(pud.pfn(), Bits.TABLE));
		pud.set(Level.PUD.index(address), Bits.make(pmd.pfn(), Bits.TABLE));
		m.nrPmds = 1;
		return pmd;
	}

	private static void cache(Machine m, Mapping mapping, CachedPage c) {
		if (c.exceptional() != null) {
			mapping.cache.put(c.index(), c.exceptional().equals("retry") ? Mapping.Exceptional.RETRY
					: new Mapping.Exceptional(c.exceptional()));
			return;
		}
		Page p = m.newPage();
		p.set("mapping", mapping);
		p.set("index", Values.box(c.index()));
		p.outsideRefs = 1;
		p.uptodate = c.uptodate();
		p.locked = c.locked();
		p.lockedByOther = c.locked();
		p.hwpoison = c.hwpoison();
		p.readahead = c.readahead();
		p.dirty = c.dirty();
		mapping.cache.put(c.index(), p);
	}

	private static void pte(Machine m, PageTable table, Mapping mapping, Scenario.Vma v, Pte p) {
		long address = v.start() + (p.index() - v.pgoff()) * 4096;
		long bits = Bits.PRESENT | Bits.USER | (p.write() ? Bits.RW : 0) | (p.dirty() ? Bits.DIRTY : 0)
				| (p.young() ? Bits.ACCESSED : 0);
		long entry = switch (p.kind()) {
		case ZERO -> Bits.make(Machine.ZERO_PFN, bits | Bits.SPECIAL);
		case SWAP -> {
			Page swapped = m.newPage();
			swapped.anon = true;
			swapped.swapBacked = true;
			swapped.uptodate = true;
			swapped.outsideRefs = 1;
			m.addToSwapCache(p.swapOffset(), swapped);
			m.swapUses.merge(p.swapOffset(), 1, Integer::sum);
			yield p.swapOffset() << 12;
		}
		case PROTNONE, PRESENT -> {
			Page page = mapping != null && mapping.lookup(p.index()) instanceof Page cached ? cached : m.newPage();
			if (mapping == null || page.get("mapping") == null) {
				page.anon = true;
				page.swapBacked = true;
				page.refcount = 0;
			}
			page.refcount++;
			page.mapcount++;
			page.uptodate = true;
			long flags = p.kind() == Pte.Kind.PROTNONE ? bits & ~Bits.PRESENT | Bits.PROTNONE : bits;
			yield Bits.make(page.pfn, flags);
		}
		};
		table.set(Level.PTE.index(address), entry);
	}

	private static Obj ops(CompiledVersion version, Types types, Scenario s) {
		Obj ops = new Obj(types.struct("vm_operations_struct"));
		Scenario.Ops o = s.ops();
		FunctionRef fault = switch (o.fault()) {
		case FILEMAP -> interpreted(version, "filemap_fault");
		case NONE -> null;
		default -> Behaviours.fault(o);
		};
		ops.set("fault", fault);
		if (o.mapPages())
			ops.set("map_pages", interpreted(version, "filemap_map_pages"));
		if (o.pageMkwrite())
			ops.set("page_mkwrite", interpreted(version, "filemap_page_mkwrite"));
		if (o.pmdFault())
			ops.set("pmd_fault", Behaviours.pmdFallback());
		return ops;
	}

	private static FunctionRef interpreted(CompiledVersion version, String name) {
		FunctionRef f = version.function(name);
		if (f == null)
			throw new IllegalArgumentException("the scenario uses " + name + ", which this version does not define");
		return f;
	}

	/** What another thread does to the pmd of the fault's address (and its pte table). */
	static void race(Run run, RaceAction action) {
		Machine m = run.machine;
		PageTable pmdTable = m.tableOf(m.walk(run.address)[Level.PUD.ordinal()]);
		int index = Level.PMD.index(run.address);
		switch (action) {
		case HUGE_PMD -> {
			if (pmdTable.get(index) == 0) {
				Page head = m.newPage();
				head.anon = true;
				head.mapcount = 1;
				pmdTable.set(index, Bits.make(head.pfn, Bits.PRESENT | Bits.USER | Bits.ACCESSED | Bits.PSE));
			}
		}
		case MADV_DONTNEED -> zap(m, pmdTable, index);
		case TRUNCATE -> truncate(run, pmdTable, index);
		case THP_SPLIT -> {
			if (Bits.huge(pmdTable.get(index)))
				HugePmd.split(run, new Pointer.TableEntry(pmdTable, index), pmdTable.get(index));
		}
		case PTE_TABLE -> {
			if (pmdTable.get(index) == 0) {
				PageTable pte = m.newTable(Level.PTE, false);
				pmdTable.set(index, Bits.make(pte.pfn(), Bits.TABLE));
			}
		}
		}
	}

	/** MADV_DONTNEED: a huge pmd goes back to none, or the ptes of the pte table are cleared. */
	private static void zap(Machine m, PageTable pmdTable, int index) {
		m.zappedByOther = true;
		long e = pmdTable.get(index);
		if (Bits.huge(e)) {
			Page head = m.pages.get(Bits.pfn(e));
			if (head != null) {
				head.mapcount--;
				head.refcount--;
			}
			pmdTable.set(index, 0);
		} else if (e != 0) {
			PageTable pte = m.tableOf(e);
			for (int i = 0; i < PageTable.ENTRIES; i++)
				if ((pte.get(i) & Bits.PRESENT) != 0) {
					Page p = m.pages.get(Bits.pfn(pte.get(i)));
					if (p != null && p != m.zeroPage) {
						p.mapcount--;
						p.refcount--;
					}
					pte.set(i, 0);
				}
		}
	}

	private static void truncate(Run run, PageTable pmdTable, int index) {
		Machine m = run.machine;
		if (m.mapping == null)
			return;
		long page = (run.address - Values.asLong(run.vma.get("vm_start")) >>> 12)
				+ Values.asLong(run.vma.get("vm_pgoff"));
		((Obj) m.mapping.get("host")).set("i_size", Values.box(page << 12));
		for (var it = m.mapping.cache.tailMap(page, true).values().iterator(); it.hasNext();)
			if (it.next() instanceof Page p && !p.locked) {
				it.remove();
				p.set("mapping", null);
				p.outsideRefs--;
				p.refcount--;
			}
		zap(m, pmdTable, index);
	}
}
