package org.faultline.exec.internal.interp;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The primitives by C name. Looked up once, when a version is lowered, never while it runs. */
public final class PrimitiveTable {

	private final Map<String, Primitive> byName = new LinkedHashMap<>();
	/** The release the primitives added from now on were checked against, or null. */
	private String reviewed;

	/** Records that the primitives added from now on were checked against the source of {@code release}. */
	public void reviewedAgainst(String release) {
		reviewed = release;
	}
	private final Set<String> deferring = new HashSet<>();
	private final Set<String> constantsRead = new LinkedHashSet<>();

	public void add(String name, String header, String doc, Primitive.Body body) {
		put(new Primitive(name, header, doc, false, -1, false, reviewed, body));
	}

	/**
	 * A primitive that may sleep (sleeping in atomic context is reported) and does nothing else the model tracks:
	 * it answers {@code result}.
	 */
	public void addSleeping(String name, String header, String doc, Object result) {
		add(name, header, doc, (run, a) -> {
			run.checkMaySleep(name, false);
			return result;
		});
	}

	/** A primitive that may sleep in page allocation, and so enter reclaim. */
	public void addReclaiming(String name, String header, String doc, Primitive.Body body) {
		put(new Primitive(name, header, doc, true, -1, false, reviewed, body));
	}

	/** A primitive that may enter reclaim when the gfp mask in argument {@code gfp} allows direct reclaim. */
	public void addReclaiming(String name, String header, String doc, int gfp, Primitive.Body body) {
		put(new Primitive(name, header, doc, true, gfp, false, reviewed, body));
	}

	/**
	 * A primitive that may enter reclaim depending on the state it finds (whether it allocates at all): its body
	 * says when, through {@link Run#checkMaySleep(String, boolean)}.
	 */
	public void addReclaimingByState(String name, String header, String doc, Primitive.Body body) {
		put(new Primitive(name, header, doc, true, Primitive.BY_STATE, false, reviewed, body));
	}

	/** A memcg charge that may enter the memcg's reclaim when the gfp mask in argument {@code gfp} allows it. */
	public void addCharging(String name, String header, String doc, int gfp, Primitive.Body body) {
		put(new Primitive(name, header, doc, true, gfp, true, reviewed, body));
	}

	/** Another name for a primitive (a kernel macro or inline that the model treats the same). */
	public void alias(String name, String of) {
		Primitive p = byName.get(of);
		put(new Primitive(name, p.header(), "same as " + of + ": " + p.doc(), p.reclaim(), p.gfp(), p.memcg(),
				reviewed, p.body()));
	}

	/**
	 * Makes the primitive {@code name} stand only for a macro: a version that defines a C function of that name
	 * runs its definition (4.6's statement-expression pte_offset_map_lock is a primitive; 6.x's inline of the
	 * name, which calls {@code __pte_offset_map_lock}, is interpreted).
	 */
	public void deferToDefinition(String name) {
		if (!byName.containsKey(name))
			throw new IllegalStateException("no primitive " + name);
		deferring.add(name);
	}

	/** Whether a version's own definition of {@code name} runs instead of the primitive. */
	public boolean defersToDefinition(String name) {
		return deferring.contains(name);
	}

	/**
	 * Records that primitives read these constants of the version ({@link CompiledVersion#constant(String)}), so
	 * that lowering resolves them from the version's headers even where its code does not use them.
	 */
	public void readsConstants(String... names) {
		constantsRead.addAll(List.of(names));
	}

	/** The constants primitives read, resolved for each version as it is lowered. */
	public Set<String> constantsRead() {
		return constantsRead;
	}

	private void put(Primitive p) {
		if (byName.putIfAbsent(p.name(), p) != null)
			throw new IllegalStateException("primitive registered twice: " + p.name());
	}

	public Primitive get(String name) {
		return byName.get(name);
	}

	public Collection<Primitive> all() {
		return byName.values();
	}
}
