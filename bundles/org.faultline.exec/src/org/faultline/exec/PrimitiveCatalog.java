package org.faultline.exec;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.faultline.exec.internal.prim.Primitives;

/** The kernel helpers the engine models in Java, with where the kernel has each and what the model does. */
public final class PrimitiveCatalog {

	/**
	 * One primitive's documentation.
	 *
	 * @param name            the kernel function or macro it stands for
	 * @param header          where the kernel defines it
	 * @param semantics       what the model does, and what of the kernel's behaviour it leaves out
	 * @param mayEnterReclaim whether it may sleep in page allocation (for some gfp masks, where it takes one)
	 * @param reviewed        the kernel release the semantics were checked against, or null
	 */
	public record Entry(String name, String header, String semantics, boolean mayEnterReclaim, String reviewed) {
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
				.map(p -> new Entry(p.name(), p.header(), p.doc(), p.reclaim(), p.reviewed())).toList();
	}

	/** The catalog as the Markdown table of docs/primitives.md, in registration order (by kernel header). */
	public static String markdown() {
		StringBuilder s = new StringBuilder("""
				# Primitives

				The kernel helpers the interpreter runs as Java instead of C: what each stands for, what the model
				does and what it leaves out. Generated from the engine's own documentation of each primitive
				(`PrimitiveCatalog.markdown()`; `PrimitiveCatalogTest` fails when this file differs, and rewrites it
				with `-Dfaultline.writeDocs=true`). "Reviewed" names the kernel release whose source the semantics
				were checked against.

				| primitive | kernel source | model, and what it leaves out | may reclaim | reviewed |
				|---|---|---|---|---|
				""");
		for (Entry e : entries())
			s.append("| `").append(e.name()).append("` | ").append(e.header()).append(" | ")
					.append(e.semantics().replace("|", "\\|")).append(" | ").append(e.mayEnterReclaim() ? "yes" : "")
					.append(" | ").append(e.reviewed() == null ? "" : e.reviewed()).append(" |\n");
		return s.toString();
	}
}
