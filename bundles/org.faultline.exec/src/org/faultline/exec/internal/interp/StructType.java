package org.faultline.exec.internal.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A C struct or union type known by its tag. Fields get slots in declaration order; the members of a union
 * share one slot, so a store through one member is what a load through another reads. A field the headers
 * do not declare gets a slot when code first names it, so that real kernel sources run without the real
 * headers.
 */
public final class StructType {

	private final String tag;
	private final Map<String, Integer> slots = new HashMap<>();
	private final Map<String, CType> types = new HashMap<>();
	private final Map<String, Integer> bitWidths = new HashMap<>();
	/** The first member named for each slot, and its type. */
	private final List<String> names = new ArrayList<>();
	private final List<CType> slotTypes = new ArrayList<>();

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
			if (types.get(field) == CType.UNKNOWN) {
				types.put(field, type);
				if (names.get(slot).equals(field))
					slotTypes.set(slot, type);
			}
			return slot;
		}
		slots.put(field, names.size());
		types.put(field, type);
		names.add(field);
		slotTypes.add(type);
		return names.size() - 1;
	}

	/** Declares {@code field} as a member sharing {@code slot} with the others of its union. */
	public synchronized int share(String field, CType type, int slot) {
		if (slots.containsKey(field))
			return declare(field, type);
		slots.put(field, slot);
		types.put(field, type);
		return slot;
	}

	/** Records that {@code field} is a bit-field of {@code width} bits. */
	public synchronized void bitField(String field, int width) {
		bitWidths.put(field, width);
	}

	/** The width of a bit-field, or 0 for a whole member. */
	public synchronized int bitWidth(String field) {
		return bitWidths.getOrDefault(field, 0);
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
		return slotTypes.get(slot);
	}

	public synchronized CType fieldType(String field) {
		return types.getOrDefault(field, CType.UNKNOWN);
	}

	@Override
	public String toString() {
		return "struct " + tag;
	}
}
