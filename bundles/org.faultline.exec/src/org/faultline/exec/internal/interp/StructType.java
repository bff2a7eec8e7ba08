package org.faultline.exec.internal.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A C struct type known by its tag. Fields get slots in declaration order; a field the headers do not
 * declare gets a slot when code first names it, so that real kernel sources run without the real headers.
 */
public final class StructType {

	private final String tag;
	private final Map<String, Integer> slots = new HashMap<>();
	private final List<String> names = new ArrayList<>();
	private final List<CType> types = new ArrayList<>();

	public StructType(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return tag;
	}

	/** Slot of a field, created (untyped) when the headers did not declare it. */
	public synchronized int slot(String field) {
		Integer slot = slots.get(field);
		if (slot != null)
			return slot;
		return declare(field, CType.UNKNOWN);
	}

	public synchronized int declare(String field, CType type) {
		Integer slot = slots.get(field);
		if (slot != null) {
			if (types.get(slot) == CType.UNKNOWN)
				types.set(slot, type);
			return slot;
		}
		slots.put(field, names.size());
		names.add(field);
		types.add(type);
		return names.size() - 1;
	}

	/** Whether the field has a slot: the headers declare it, or code named it. */
	public synchronized boolean has(String field) {
		return slots.containsKey(field);
	}

	public synchronized int size() {
		return names.size();
	}

	public synchronized String fieldName(int slot) {
		return names.get(slot);
	}

	public synchronized CType fieldType(int slot) {
		return types.get(slot);
	}

	public synchronized CType fieldType(String field) {
		Integer slot = slots.get(field);
		return slot == null ? CType.UNKNOWN : types.get(slot);
	}

	@Override
	public String toString() {
		return "struct " + tag;
	}
}
