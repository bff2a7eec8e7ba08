package org.faultline.exec.internal.interp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/** The struct types of one program, by tag, created on first use. */
public final class Types {

	private final Map<String, StructType> structs = new ConcurrentHashMap<>();

	public StructType struct(String tag) {
		return structs.computeIfAbsent(tag, StructType::new);
	}
}
