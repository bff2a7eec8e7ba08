package org.faultline.exec.internal.interp;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Integer addresses for a run's objects, given when C first casts a pointer to an integer: a struct, a field, a
 * variable, an array element. Casting the integer back gives the object again, so a pointer survives a round
 * trip through {@code unsigned long}; distinct objects have distinct, aligned addresses, so flag bits kept in
 * low bits ({@code PAGE_MAPPING_ANON}) read as in the kernel. Elements of one array are 8 bytes apart whatever
 * their type. An integer no cast gave stays an integer.
 */
final class Addresses {

	/** Where the kernel's direct map starts on x86-64: addresses that look like kernel pointers. */
	private static final long BASE = 0xffff_8800_0000_0000L;
	/** Room for each object: an array's elements, or the low bits of a tagged pointer. */
	private static final long STRIDE = 1 << 16;
	private static final long ELEMENT = 8;

	private final Map<Object, Long> byObject = new HashMap<>();
	private final TreeMap<Long, Object> byAddress = new TreeMap<>(Long::compareUnsigned);

	/** The address of a pointer value that is not an integer. */
	long of(Object pointer) {
		if (pointer instanceof Pointer.ArrayElement a)
			return base(new Cells(a.cells())) + ELEMENT * a.index();
		if (pointer instanceof Pointer.Opaque o && o.what() instanceof Long l)
			return l;
		return base(pointer);
	}

	/** What an integer cast to a pointer is: the object at that address, or the integer itself. */
	Object at(long address) {
		var e = byAddress.floorEntry(address);
		if (e == null || Long.compareUnsigned(address - e.getKey(), STRIDE) >= 0)
			return Values.box(address);
		long offset = address - e.getKey();
		if (e.getValue() instanceof Cells c && offset % ELEMENT == 0)
			return new Pointer.ArrayElement(c.cells, (int) (offset / ELEMENT));
		return offset == 0 ? e.getValue() : Values.box(address);
	}

	private long base(Object key) {
		Long known = byObject.get(key);
		if (known != null)
			return known;
		long address = BASE + STRIDE * byObject.size();
		byObject.put(key, address);
		byAddress.put(address, key);
		return address;
	}

	/** An array's storage as a key: by identity, as arrays have no value equality. */
	private record Cells(Object[] cells) {
		@Override
		public boolean equals(Object o) {
			return o instanceof Cells c && c.cells == cells;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(cells);
		}
	}
}
