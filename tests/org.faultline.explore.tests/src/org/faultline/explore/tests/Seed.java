package org.faultline.explore.tests;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.faultline.c.parse.SourceSet;
import org.faultline.exec.ExecutableVersion;
import org.faultline.model.exec.FindingKind;
import org.faultline.exec.ModelledVersions;
import org.faultline.explore.DifferenceGroup;
import org.faultline.explore.Exploration;
import org.faultline.explore.ExplorationResult;
import org.faultline.explore.Point.Access;
import org.faultline.explore.Point.CacheState;

/**
 * The seed's two versions, edited copies of them, one exploration of the whole seed space shared by the tests,
 * and the three problems the seed's message names, as predicates on a group.
 */
final class Seed {

	/** The old code allocates a page table with the page lock (or i_mmap_rwsem) held. */
	static final Predicate<DifferenceGroup> ALLOCATION_UNDER_LOCK = g -> g.cause().onlyBefore()
			.contains(FindingKind.ALLOCATION_UNDER_LOCK);
	/** The old code maps a pte in a table never allocated, and the fault would repeat forever. */
	static final Predicate<DifferenceGroup> PTE_WITHOUT_TABLE = g -> g.cause().onlyBefore()
			.containsAll(java.util.Set.of(FindingKind.PTE_MAPPED_WITHOUT_TABLE, FindingKind.REFAULT));
	/** A read of a cached page: the new code maps it through ->map_pages without calling ->fault. */
	static final Predicate<DifferenceGroup> MAP_PAGES_WITHOUT_FAULT = g -> g.representative().access() == Access.READ
			&& (g.representative().cache() == CacheState.UPTODATE || g.representative().cache() == CacheState.HOT)
			&& g.beforeMetrics().faultCalls() > 0 && g.afterMetrics().faultCalls() == 0
			&& g.afterMetrics().mapPagesCalls() > 0 && g.after().findings().isEmpty();

	private static ExplorationResult whole;

	private Seed() {
	}

	static ExecutableVersion before() throws IOException {
		return ModelledVersions.before();
	}

	static ExecutableVersion after() throws IOException {
		return ModelledVersions.after();
	}

	/** The whole space of the seed, explored once on two threads. */
	static synchronized ExplorationResult whole() throws IOException {
		if (whole == null)
			whole = Exploration.between(before(), after()).setThreads(2).call();
		return whole;
	}

	/** The after image with pieces of mm/memory.c replaced, each of which must be there exactly once. */
	static ExecutableVersion editedAfter(String... fromTo) throws IOException {
		Map<String, String> files = new HashMap<>(ModelledVersions.afterFiles());
		String text = files.get("mm/memory.c");
		for (int i = 0; i < fromTo.length; i += 2) {
			int at = text.indexOf(fromTo[i]);
			if (at < 0 || text.indexOf(fromTo[i], at + 1) >= 0)
				throw new AssertionError("edit does not match exactly once: " + fromTo[i]);
			text = text.replace(fromTo[i], fromTo[i + 1]);
		}
		files.put("mm/memory.c", text);
		return ExecutableVersion.load("edited after", SourceSet.of(files));
	}
}
