package org.faultline.c.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.faultline.c.ast.CPrinter;
import org.faultline.c.ast.Expression;

/**
 * Resources whose ownership the fault path hands between functions, with the kernel calls that take and
 * release them. A conditional acquire (trylock) takes the resource only where its result is true.
 */
public enum Resource {
	PTE_MAP("pte mapping"), PTE_LOCK("pte lock"), PAGE_LOCK("page lock"), PAGE_REFERENCE("page reference");

	private final String label;

	Resource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	private static final Map<String, Map<Resource, Integer>> EFFECTS = Map.ofEntries(
			Map.entry("pte_offset_map", Map.of(PTE_MAP, 1)),
			Map.entry("pte_offset_map_lock", Map.of(PTE_MAP, 1, PTE_LOCK, 1)),
			Map.entry("pte_unmap", Map.of(PTE_MAP, -1)),
			Map.entry("pte_unmap_unlock", Map.of(PTE_MAP, -1, PTE_LOCK, -1)),
			Map.entry("lock_page", Map.of(PAGE_LOCK, 1)), Map.entry("__lock_page", Map.of(PAGE_LOCK, 1)),
			Map.entry("unlock_page", Map.of(PAGE_LOCK, -1)), Map.entry("get_page", Map.of(PAGE_REFERENCE, 1)),
			Map.entry("put_page", Map.of(PAGE_REFERENCE, -1)),
			// since v6.5 the pte maps may return NULL, having taken nothing (see mayReturnNull)
			Map.entry("pte_offset_map_nolock", Map.of(PTE_MAP, 1)),
			// folios (v5.16 on) are locked and referenced as pages were
			Map.entry("folio_lock", Map.of(PAGE_LOCK, 1)), Map.entry("__folio_lock", Map.of(PAGE_LOCK, 1)),
			Map.entry("folio_unlock", Map.of(PAGE_LOCK, -1)), Map.entry("folio_get", Map.of(PAGE_REFERENCE, 1)),
			Map.entry("folio_put", Map.of(PAGE_REFERENCE, -1)));

	private static final Map<String, Resource> CONDITIONAL = Map.of("trylock_page", PAGE_LOCK, "lock_page_or_retry",
			PAGE_LOCK, "page_cache_get_speculative", PAGE_REFERENCE, "get_page_unless_zero", PAGE_REFERENCE,
			"folio_trylock", PAGE_LOCK, "folio_try_get", PAGE_REFERENCE);

	/** The calls that take what they take only when they return non-NULL. */
	private static final Set<String> MAY_RETURN_NULL = Set.of("pte_offset_map", "pte_offset_map_lock",
			"pte_offset_map_nolock");

	/** @return what an unconditional call does to each resource; empty if nothing. */
	static Map<Resource, Integer> effects(Expression.Call call) {
		String name = call.calleeName();
		if (name == null)
			return Map.of();
		if ((name.equals("spin_lock") || name.equals("spin_unlock")) && isPteLock(call.arguments()))
			return Map.of(PTE_LOCK, name.equals("spin_lock") ? 1 : -1);
		return EFFECTS.getOrDefault(name, Map.of());
	}

	/**
	 * @return whether what a call takes is held only where it returned non-NULL: the pte maps of v6.5 on return
	 *         NULL where the pmd holds no pte table (on older trees nothing tests for that)
	 */
	static boolean mayReturnNull(Expression.Call call) {
		return call.calleeName() != null && MAY_RETURN_NULL.contains(call.calleeName());
	}

	/** @return the resource a call takes when it returns true, or null. */
	static Resource conditionallyAcquired(Expression.Call call) {
		String name = call.calleeName();
		return name == null ? null : CONDITIONAL.get(name);
	}

	/** The split pte lock is the one reached through a variable named ptl or pte_lockptr(). */
	private static boolean isPteLock(List<Expression> arguments) {
		if (arguments.size() != 1)
			return false;
		String text = CPrinter.print(arguments.get(0));
		return text.contains("ptl") || text.contains("pte_lockptr");
	}
}
