package org.faultline.exec.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.faultline.exec.StateNode;
import org.faultline.exec.internal.interp.CType;
import org.faultline.exec.internal.interp.CompiledFunction;
import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.Frame;
import org.faultline.exec.internal.interp.FunctionRef;
import org.faultline.exec.internal.interp.InterpreterError;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.StructType;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Bits;
import org.faultline.exec.internal.machine.Machine;
import org.faultline.exec.internal.machine.Mapping;
import org.faultline.exec.internal.machine.Page;
import org.faultline.exec.internal.machine.PageTable;
import org.faultline.exec.internal.machine.PageTable.Level;

/**
 * The state of a paused run as trees a debugger shows: a frame's parameters and locals (structs by their
 * fields, pointers by what they reach) and the machine (page tables walked from the faulting address, the vma,
 * the page cache and pages, locks with their holders, pte mappings, counters). Pointers are followed when a
 * node is expanded; an object already on the way from the root is shown but not entered again, and a chain of
 * pointers is entered at most {@value #MAX_DEPTH} deep.
 */
public final class StateTrees {

	/** Deep enough for vmf->vma->vm_file->f_mapping->host->i_sb and a little more. */
	static final int MAX_DEPTH = 8;

	private StateTrees() {
	}

	/** Parameters, then locals, of one frame. */
	public static List<StateNode> variables(Frame f) {
		CompiledFunction fn = f.function;
		List<StateNode> out = new ArrayList<>(f.cells.length);
		for (int i = 0; i < f.cells.length; i++)
			out.add(value(fn.cellName(i), typeName(fn.cellType(i)), f.cells[i], Path.ROOT));
		return out;
	}

	/** The machine as a debugger's groups. */
	public static List<StateNode> machine(Run run) {
		Machine m = run.machine;
		List<StateNode> out = new ArrayList<>();
		out.add(pageTables(m, run.address));
		out.add(vmas(run));
		if (m.mapping != null)
			out.add(pageCache(m.mapping));
		out.add(pages(m));
		out.add(locks(m));
		out.add(pteMaps(m));
		out.add(counters(m));
		return out;
	}

	private static StateNode pageTables(Machine m, long address) {
		List<StateNode> levels = new ArrayList<>();
		levels.add(StateNode.leaf("address", "unsigned long", "0x" + Long.toHexString(address)));
		PageTable table = m.pgd;
		for (Level level : Level.values()) {
			String name = level.name().toLowerCase();
			if (table == null) {
				levels.add(StateNode.leaf(name, name + "_t", "no " + name + " table"));
				continue;
			}
			int index = level.index(address);
			long e = table.get(index);
			PageTable next = level == Level.PTE || e == 0 || Bits.huge(e) || !Bits.present(e) ? null : m.tableOf(e);
			String text = next != null ? "table " + next.label() : Bits.describe(e);
			levels.add(StateNode.leaf(name, name + "_t", table.label() + "[" + index + "] = " + text));
			table = next;
		}
		PageTable pte = m.pteTable(address);
		if (pte != null) {
			List<StateNode> used = new ArrayList<>();
			for (int i = 0; i < PageTable.ENTRIES; i++)
				if (pte.get(i) != 0)
					used.add(StateNode.leaf("[" + i + "]", "pte_t", Bits.describe(pte.get(i))));
			levels.add(StateNode.of("pte table", "page table", pte.label() + ", " + used.size() + " entries used",
					used));
		}
		return StateNode.of("page tables", "walk", "from 0x" + Long.toHexString(address), levels);
	}

	private static StateNode vmas(Run run) {
		if (run.vma == null)
			return StateNode.of("vmas", "vm_area_struct", "none", List.of());
		Obj vma = run.vma;
		String range = "[" + Values.describe(vma.get("vm_start")) + ", " + Values.describe(vma.get("vm_end")) + ")"
				+ (vma.get("vm_file") != null ? " file" : " anonymous");
		return StateNode.of("vmas", "vm_area_struct", "1 vma", List.of(value(range, "struct vm_area_struct *", vma,
				Path.ROOT)));
	}

	/** A huge page's split makes hundreds of pages: their nodes are made when the group is expanded. */
	private static StateNode pageCache(Mapping mapping) {
		return StateNode.lazy("page cache", "address_space", mapping.cache.size() + " entries", () -> {
			List<StateNode> slots = new ArrayList<>();
			mapping.cache.forEach((index, entry) -> slots.add(entry instanceof Page p ? page("[" + index + "]", p)
					: StateNode.leaf("[" + index + "]", "exceptional entry", String.valueOf(entry))));
			return slots;
		});
	}

	private static StateNode pages(Machine m) {
		return StateNode.lazy("pages", "struct page", (m.pages.size() - 1) + " pages",
				() -> m.pages.values().stream().filter(p -> p != m.zeroPage).map(p -> page(p.label(), p)).toList());
	}

	private static StateNode page(String name, Page p) {
		List<StateNode> parts = new ArrayList<>();
		parts.add(StateNode.leaf("pfn", "unsigned long", "0x" + Long.toHexString(p.pfn)));
		parts.add(StateNode.leaf("flags", "page flags", flags(p)));
		parts.add(StateNode.leaf("refcount", "int", Integer.toString(p.refcount)));
		parts.add(StateNode.leaf("mapcount", "int", Integer.toString(p.mapcount)));
		parts.add(StateNode.leaf("lock holder", "page lock", pageLockHolder(p)));
		if (!p.anon && p.get("index") != null)
			parts.add(StateNode.leaf("index", "pgoff_t", Values.describe(p.get("index"))));
		if (!"none".equals(p.charge))
			parts.add(StateNode.leaf("memcg", "charge", p.charge));
		return StateNode.of(name, "struct page", p.describe(), parts);
	}

	private static String flags(Page p) {
		List<String> f = new ArrayList<>();
		if (p.locked)
			f.add("locked");
		if (p.uptodate)
			f.add("uptodate");
		if (p.dirty)
			f.add("dirty");
		if (p.anon)
			f.add("anon");
		if (p.hwpoison)
			f.add("hwpoison");
		if (p.readahead)
			f.add("readahead");
		if (p.error)
			f.add("error");
		if (p.ksm)
			f.add("ksm");
		if (p.swapBacked)
			f.add("swapbacked");
		if (p.freed)
			f.add("freed");
		return f.isEmpty() ? "none" : String.join(" ", f);
	}

	private static String pageLockHolder(Page p) {
		if (!p.locked)
			return "unlocked";
		return p.lockedByOther ? "another task" : "this fault";
	}

	private static StateNode locks(Machine m) {
		List<StateNode> held = new ArrayList<>();
		held.add(StateNode.leaf("mmap_sem", "rw_semaphore", m.mmapSem ? "held for read by this fault" : "released"));
		m.spinLocks.forEach((lock, where) -> held.add(StateNode.leaf(spinLockName(lock), "spinlock_t",
				"held by this fault, taken at " + where)));
		for (Page p : m.lockedPages())
			held.add(StateNode.leaf("page lock " + p.label(), "PG_locked", "held by " + pageLockHolder(p)));
		if (m.mapping != null && m.mapping.immapReaders > 0)
			held.add(StateNode.leaf("i_mmap_rwsem", "rw_semaphore",
					"held for read by this fault (" + m.mapping.immapReaders + "x)"));
		if (m.rcuDepth > 0)
			held.add(StateNode.leaf("rcu", "read lock", "nested " + m.rcuDepth));
		if (m.sbFreezeDepth > 0)
			held.add(StateNode.leaf("sb_pagefault", "freeze protection", "nested " + m.sbFreezeDepth));
		return StateNode.of("locks", "held", m.spinLocks.size() + " spinlocks, " + m.lockedPages().size()
				+ " page locks", held);
	}

	/** A pte table's split lock is named after its table, the upper levels' lock after the mm. */
	private static String spinLockName(Object lock) {
		return lock instanceof PageTable t ? "pte lock of " + t.label() : String.valueOf(lock);
	}

	private static StateNode pteMaps(Machine m) {
		List<StateNode> where = new ArrayList<>();
		for (int i = 0; i < m.kmaps.size(); i++)
			where.add(StateNode.leaf("[" + i + "]", "pte_offset_map", "mapped at " + m.kmaps.get(i).where()
					+ (m.kmaps.get(i).rcu() ? ", under rcu_read_lock" : "")));
		where.add(StateNode.leaf("kmap_atomic", "int", Integer.toString(m.kmapAtomic)));
		return StateNode.of("pte maps", "kmap", m.kmaps.size() + " mapped", where);
	}

	private static StateNode counters(Machine m) {
		return StateNode.of("counters", "mm_struct", "rss and table counts",
				List.of(StateNode.leaf("rss file", "long", Long.toString(m.rss[0])),
						StateNode.leaf("rss anon", "long", Long.toString(m.rss[1])),
						StateNode.leaf("rss swap", "long", Long.toString(m.rss[2])),
						StateNode.leaf("rss shmem", "long", Long.toString(m.rss[3])),
						StateNode.leaf("nr_ptes", "long", Long.toString(m.nrPtes)),
						StateNode.leaf("nr_pmds", "long", Long.toString(m.nrPmds))));
	}

	/** One value: a leaf for numbers and entries, an expandable node for what a pointer or struct reaches. */
	static StateNode value(String name, String type, Object v, Path path) {
		return switch (v) {
		case null -> StateNode.leaf(name, type, "NULL");
		case Long l -> StateNode.leaf(name, type, Values.describe(l));
		case Entry e -> StateNode.leaf(name, type, e + " (" + Bits.describe(e.raw()) + ")");
		case FunctionRef f -> StateNode.leaf(name, type, f.name());
		case Page p -> page(name, p);
		case Obj o when path.contains(o) || path.depth() >= MAX_DEPTH -> StateNode.leaf(name, type,
				o.label() + (path.contains(o) ? " (shown above)" : ""));
		case Obj o -> StateNode.lazy(name, type, o.label(), () -> fields(o, path.with(o)));
		case Pointer.Opaque o -> StateNode.leaf(name, type, String.valueOf(o.what()));
		case Pointer p when path.depth() >= MAX_DEPTH -> StateNode.leaf(name, type, p.toString());
		case Pointer p -> StateNode.lazy(name, type, p.toString(), () -> List.of(target(p, path)));
		default -> StateNode.leaf(name, type, v.toString());
		};
	}

	private static StateNode target(Pointer p, Path path) {
		try {
			return value("*", "", p.load(), path.deeper());
		} catch (InterpreterError e) {
			return StateNode.leaf("*", "", "cannot be read: " + e.getMessage());
		}
	}

	/** The fields a struct has values for; fields never set (or set to NULL) are left out. */
	private static List<StateNode> fields(Obj o, Path path) {
		StructType t = o.type();
		List<StateNode> out = new ArrayList<>();
		if (o instanceof Mapping m)
			out.add(pageCache(m));
		for (int slot = 0; slot < t.size(); slot++) {
			Object v = o.get(slot);
			if (v != null)
				out.add(value(t.fieldName(slot), typeName(t.fieldType(slot)), v, path));
		}
		return out;
	}

	/** How C writes a type, as far as the interpreter knows it. */
	static String typeName(CType t) {
		return switch (t) {
		case CType.Int i when i.bits() == 1 -> "bool";
		case CType.Int i when i.bits() == 8 -> i.signed() ? "char" : "unsigned char";
		case CType.Int i when i.bits() == 16 -> i.signed() ? "short" : "unsigned short";
		case CType.Int i when i.bits() == 32 -> i.signed() ? "int" : "unsigned int";
		case CType.Int i -> i.signed() ? "long" : "unsigned long";
		case CType.Pointer p -> typeName(p.to()) + " *";
		case CType.Array a -> typeName(a.element()) + "[" + a.length() + "]";
		case CType.Struct s -> "struct " + s.struct().tag();
		case CType.EntryValue e -> e.name();
		case CType.Void v -> "void";
		case CType.Function f -> typeName(f.result()) + " (*)()";
		case CType.Unknown u -> "";
		};
	}

	/** The objects on the way from a root to a node, by identity, and how many pointers were followed. */
	record Path(Map<Object, Boolean> seen, int depth) {

		static final Path ROOT = new Path(Map.of(), 0);

		boolean contains(Object o) {
			return seen.containsKey(o);
		}

		Path with(Object o) {
			Map<Object, Boolean> more = new IdentityHashMap<>(seen);
			more.put(o, true);
			return new Path(more, depth + 1);
		}

		Path deeper() {
			return new Path(seen, depth + 1);
		}
	}
}
