package org.faultline.exec;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.faultline.exec.internal.prim.Primitives;

/** The kernel helpers the engine models in Java, with where the kernel has each and what the model does. */
public final class PrimitiveCatalog {

	/** One primitive's documentation. */
	public record Entry(String name, String header, String semantics, boolean mayEnterReclaim) {
	}

	private PrimitiveCatalog() {
	}

	public static Set<String> names() {
		Set<String> names = new TreeSet<>();
		Primitives.standard().all().forEach(p -> names.add(p.name()));
		return names;
	}

	public static List<Entry> entries() {
		return Primitives.standard().all().stream()
				.map(p -> new Entry(p.name(), p.header(), p.doc(), p.reclaim())).toList();
	}
}
