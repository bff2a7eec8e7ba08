package org.faultline.exec.internal.machine;

import java.util.Map;
import java.util.TreeMap;

import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.StructType;

/**
 * A struct address_space with its page cache (index to page, or to an exceptional entry such as a shadow or
 * DAX entry) and its i_mmap_rwsem.
 */
public final class Mapping extends Obj {

	/** An exceptional radix-tree entry (shadow, swap or DAX) or the retry mark. */
	public record Exceptional(String kind) {
		public static final Exceptional RETRY = new Exceptional("retry");
	}

	public final TreeMap<Long, Object> cache = new TreeMap<>();
	public int immapReaders;

	public Mapping(StructType type) {
		super(type);
	}

	public Object lookup(long index) {
		return cache.get(index);
	}

	/** First non-empty index at or after {@code index}, or -1. */
	public long next(long index) {
		Map.Entry<Long, Object> e = cache.ceilingEntry(index);
		return e == null ? -1 : e.getKey();
	}

	@Override
	public String label() {
		return "mapping";
	}
}
