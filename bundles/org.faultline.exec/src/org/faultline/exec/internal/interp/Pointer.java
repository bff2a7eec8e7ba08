package org.faultline.exec.internal.interp;

import org.faultline.exec.internal.machine.PageTable;

/** A pointer to something that is not a whole struct: a variable, a field, a page-table entry, a cache slot. */
public sealed interface Pointer {

	Object load();

	void store(Object value);

	/** Pointer arithmetic in units of the pointee. */
	default Pointer offset(long n) {
		if (n == 0)
			return this;
		throw new InterpreterError("pointer arithmetic on " + this);
	}

	/** A local variable or parameter cell of a frame. */
	record Local(Object[] cells, int index, String name) implements Pointer {
		@Override
		public Object load() {
			return cells[index];
		}

		@Override
		public void store(Object value) {
			cells[index] = value;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Local l && l.cells == cells && l.index == index;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(cells) * 31 + index;
		}

		@Override
		public String toString() {
			return "&" + name;
		}
	}

	/** A field of a struct instance ({@code &mm->page_table_lock}). */
	record Field(Obj obj, int slot) implements Pointer {
		@Override
		public Object load() {
			return obj.get(slot);
		}

		@Override
		public void store(Object value) {
			obj.set(slot, value);
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Field f && f.obj == obj && f.slot == slot;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(obj) * 31 + slot;
		}

		@Override
		public String toString() {
			return "&" + obj.label() + "->" + obj.type().fieldName(slot);
		}
	}

	/**
	 * An entry of a page table. Loads and stores through it are raw memory accesses; the invariant checks of
	 * page-table stores are made by the primitives that C uses to store entries (set_pte_at and its kin).
	 */
	record TableEntry(PageTable table, int index) implements Pointer {
		@Override
		public Object load() {
			if (index < 0 || index >= PageTable.ENTRIES)
				throw new InterpreterError("pte pointer outside its table: " + this);
			return new Entry(table.get(index));
		}

		@Override
		public void store(Object value) {
			if (index < 0 || index >= PageTable.ENTRIES)
				throw new InterpreterError("pte pointer outside its table: " + this);
			table.set(index, ((Entry) value).raw());
		}

		@Override
		public Pointer offset(long n) {
			return new TableEntry(table, (int) (index + n));
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof TableEntry t && t.table == table && t.index == index;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(table) * 31 + index;
		}

		@Override
		public String toString() {
			return table.label() + "[" + index + "]";
		}
	}

	/**
	 * An element of an array (a local, a field or a compound literal): arithmetic within the array, loads and
	 * stores checked against its bounds, so that running off an array is a crash, not a wrong answer.
	 */
	record ArrayElement(Object[] cells, int index) implements Pointer {

		/** A new array of {@code type}, each element zero, or a fresh struct or array of its own. */
		static ArrayElement of(CType.Array type) {
			Object[] cells = new Object[type.length()];
			for (int i = 0; i < cells.length; i++)
				cells[i] = Values.zero(type.element());
			return new ArrayElement(cells, 0);
		}

		/** A copy of the whole array, as a struct copy copies an array member. */
		ArrayElement copy() {
			Object[] c = cells.clone();
			for (int i = 0; i < c.length; i++)
				c[i] = c[i] instanceof Obj o ? o.copy() : c[i] instanceof ArrayElement a ? a.copy() : c[i];
			return new ArrayElement(c, index);
		}

		private void check() {
			if (index < 0 || index >= cells.length)
				throw new InterpreterError("index " + index + " outside an array of " + cells.length);
		}

		@Override
		public Object load() {
			check();
			return cells[index];
		}

		@Override
		public void store(Object value) {
			check();
			cells[index] = value;
		}

		@Override
		public Pointer offset(long n) {
			return new ArrayElement(cells, Math.toIntExact(index + n));
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof ArrayElement a && a.cells == cells && a.index == index;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(cells) * 31 + index;
		}

		@Override
		public String toString() {
			return "&array" + cells.length + "[" + index + "]";
		}
	}

	/** A value with no storage behind it (a void * that only round-trips, such as a kmap address). */
	record Opaque(Object what) implements Pointer {
		@Override
		public Object load() {
			throw new InterpreterError("dereference of " + what);
		}

		@Override
		public void store(Object value) {
			throw new InterpreterError("store through " + what);
		}
	}

	/** A slot of a mapping's page cache, as radix_tree_for_each_slot hands it out. */
	record CacheSlot(org.faultline.exec.internal.machine.Mapping mapping, long index) implements Pointer {
		@Override
		public Object load() {
			return mapping.lookup(index);
		}

		@Override
		public void store(Object value) {
			throw new InterpreterError("store into a page-cache slot");
		}
	}
}
