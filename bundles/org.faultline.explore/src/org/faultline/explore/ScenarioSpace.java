package org.faultline.explore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.faultline.exec.Scenario.PmdState;
import org.faultline.explore.Point.Access;
import org.faultline.explore.Point.CacheState;
import org.faultline.explore.Point.FaultAround;
import org.faultline.explore.Point.FaultBehaviour;
import org.faultline.explore.Point.PteState;
import org.faultline.explore.Point.RaceKind;
import org.faultline.explore.Point.VmaKind;

/**
 * The scenarios to explore: the product of the static dimensions (vma kind, access, pmd, pte, page cache,
 * ->fault, fault_around_bytes), less what the {@link Rule}s prune; and, found by running each one, its
 * allocation failures and the concurrent events at its race points. Every dimension can be narrowed.
 * Immutable: each {@code only}/{@code with} returns a new space.
 */
public record ScenarioSpace(List<VmaKind> vmas, List<Access> accesses, List<PmdState> pmds, List<PteState> ptes,
		List<CacheState> caches, List<FaultBehaviour> faults, List<FaultAround> faultArounds, boolean failures,
		List<RaceKind> races) {

	public ScenarioSpace {
		vmas = List.copyOf(vmas);
		accesses = List.copyOf(accesses);
		pmds = List.copyOf(pmds);
		ptes = List.copyOf(ptes);
		caches = List.copyOf(caches);
		faults = List.copyOf(faults);
		faultArounds = List.copyOf(faultArounds);
		races = List.copyOf(races);
	}

	/** Every value of every dimension, allocation failures and all four concurrent events. */
	public static ScenarioSpace full() {
		return new ScenarioSpace(List.of(VmaKind.values()), List.of(Access.values()), List.of(Point.PMD_STATES),
				List.of(PteState.values()), List.of(CacheState.values()), List.of(FaultBehaviour.values()),
				List.of(FaultAround.values()), true, List.of(RaceKind.values()));
	}

	/**
	 * The same space with the dimensions of the given values narrowed to them, e.g.
	 * {@code only(VmaKind.DAX, Access.WRITE, Access.EXEC)}.
	 */
	public ScenarioSpace only(Enum<?>... values) {
		Map<Class<?>, List<Enum<?>>> by = new java.util.LinkedHashMap<>();
		for (Enum<?> v : values)
			by.computeIfAbsent(v.getDeclaringClass(), k -> new ArrayList<>()).add(v);
		return new ScenarioSpace(pick(by, VmaKind.class, vmas), pick(by, Access.class, accesses),
				pick(by, PmdState.class, pmds), pick(by, PteState.class, ptes), pick(by, CacheState.class, caches),
				pick(by, FaultBehaviour.class, faults), pick(by, FaultAround.class, faultArounds), failures,
				pick(by, RaceKind.class, races));
	}

	/** With or without allocation failures, and with the given concurrent events (none for no races). */
	public ScenarioSpace withVariants(boolean failures, RaceKind... races) {
		return new ScenarioSpace(vmas, accesses, pmds, ptes, caches, faults, faultArounds, failures, List.of(races));
	}

	/** The static product, in a fixed order, with the number each rule pruned added to {@code pruned}. */
	public List<Point> feasible(Map<Rule, Integer> pruned) {
		List<Point> out = new ArrayList<>();
		for (VmaKind v : vmas)
			for (Access a : accesses)
				for (PmdState pmd : pmds)
					for (PteState pte : ptes)
						for (CacheState c : caches)
							for (FaultBehaviour f : faults)
								for (FaultAround fa : faultArounds) {
									Point p = new Point(v, a, pmd, pte, c, f, fa, null);
									Rule r = Rule.pruning(p);
									if (r == null)
										out.add(p);
									else
										pruned.merge(r, 1, Integer::sum);
								}
		return out;
	}

	/** The size of the static product before pruning. */
	public long product() {
		return (long) vmas.size() * accesses.size() * pmds.size() * ptes.size() * caches.size() * faults.size()
				* faultArounds.size();
	}

	static Map<Rule, Integer> emptyCounts() {
		return new EnumMap<>(Rule.class);
	}

	@SuppressWarnings("unchecked")
	private static <E> List<E> pick(Map<Class<?>, List<Enum<?>>> by, Class<E> type, List<E> current) {
		List<Enum<?>> chosen = by.get(type);
		return chosen == null ? current : (List<E>) (List<?>) chosen;
	}
}
