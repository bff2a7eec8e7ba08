package org.faultline.exec.internal.interp;

import java.util.Arrays;

/**
 * An instance of a C struct. A pointer to a struct is the instance itself; a struct-valued local holds
 * its instance too, so {@code &vmf} and {@code vmf.x} reach the same object. Machine objects (pages, the mm,
 * vmas, mappings) subclass it to keep the state that C does not see as fields.
 */
public class Obj {

	private final StructType type;
	private Object[] fields;
	/** The struct this one is embedded in, and the member it is there; null for one that stands alone. */
	private Obj container;
	private String member;

	public Obj(StructType type) {
		this.type = type;
		this.fields = new Object[Math.max(type.size(), 4)];
	}

	public final StructType type() {
		return type;
	}

	public final Object get(int slot) {
		return slot < fields.length ? fields[slot] : null;
	}

	public final void set(int slot, Object value) {
		if (slot >= fields.length)
			fields = Arrays.copyOf(fields, Math.max(slot + 1, fields.length * 2));
		fields[slot] = value;
	}

	public final Object get(String field) {
		return get(type.slot(field));
	}

	public final void set(String field, Object value) {
		set(type.slot(field), value);
	}

	/** Records that this struct is {@code member} of {@code outer}, for container_of. */
	final void embedIn(Obj outer, String memberName) {
		this.container = outer;
		this.member = memberName;
	}

	/** The struct this one is {@code memberName} of, or null. */
	final Obj containerBy(String memberName) {
		return memberName.equals(member) ? container : null;
	}

	/** A struct assignment's copy: the same type and field values. */
	public final Obj copy() {
		Obj o = new Obj(type);
		o.fields = fields.clone();
		// an array member is part of the struct; a pointer member only points
		for (int i = 0; i < Math.min(o.fields.length, type.size()); i++)
			if (o.fields[i] instanceof Pointer.ArrayElement a && type.fieldType(i) instanceof CType.Array)
				o.fields[i] = a.copy();
		return o;
	}

	/** A short name for traces and state dumps. */
	public String label() {
		return type.tag();
	}

	@Override
	public String toString() {
		return label();
	}
}
