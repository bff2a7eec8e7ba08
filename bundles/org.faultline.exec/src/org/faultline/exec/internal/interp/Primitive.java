package org.faultline.exec.internal.interp;

/**
 * A kernel helper written in Java: its semantics are documented where it is registered (see the classes of
 * {@code org.faultline.exec.internal.prim}, one per kernel header).
 *
 * @param name    the C name
 * @param header  where the kernel declares or defines it
 * @param doc     what the model does
 * @param reclaim whether the real helper may sleep in page allocation and so enter reclaim
 * @param gfp     the argument that holds its gfp mask, which decides whether it may enter reclaim (only with
 *                __GFP_DIRECT_RECLAIM), -1 when {@code reclaim} alone decides, or {@link #BY_STATE} when the
 *                body decides
 * @param memcg   a memcg charge: its reclaim only trylocks pages and its OOM waits for the end of a user fault
 *                (mem_cgroup_oom), so the page locks the fault holds are no danger to it; i_mmap_rwsem is
 * @param reviewed the kernel release whose source the semantics were last checked against, or null
 * @param body    the semantics
 */
public record Primitive(String name, String header, String doc, boolean reclaim, int gfp, boolean memcg,
		String reviewed, Body body) implements FunctionRef {

	/** {@code gfp} of a primitive whose body checks for reclaim itself, from the state it finds. */
	static final int BY_STATE = -2;

	public Primitive(String name, String header, String doc, boolean reclaim, Body body) {
		this(name, header, doc, reclaim, -1, false, null, body);
	}

	/**
	 * Whether this call, with these arguments, may enter reclaim.
	 *
	 * @param directReclaim the version's ___GFP_DIRECT_RECLAIM bit (0x400000 on v4.6-v4.8, 0x400 on v6.12)
	 */
	boolean reclaims(Object[] args, long directReclaim) {
		return reclaim && (gfp == -1
				|| gfp >= 0 && gfp < args.length && (Values.asLong(args[gfp]) & directReclaim) != 0);
	}

	/** Runs a primitive over evaluated arguments. */
	@FunctionalInterface
	public interface Body {
		Object apply(Run run, Object[] args);
	}
}
