package org.faultline.explore.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;

import org.faultline.model.exec.FindingKind;
import org.faultline.explore.DifferenceGroup;
import org.faultline.explore.ExplorationReport;
import org.faultline.explore.ExplorationResult;
import org.faultline.explore.Point.VmaKind;
import org.faultline.explore.Rule;
import org.junit.jupiter.api.Test;

/** Exploring the seed's whole space, no scenario named, finds the three problems its message describes. */
class SeedExplorationTest {

	private static DifferenceGroup find(Predicate<DifferenceGroup> p) throws Exception {
		ExplorationResult r = Seed.whole();
		return r.groups().stream().filter(p).findFirst().orElseThrow(() -> new AssertionError(
				"no such group in\n" + ExplorationReport.text(r, false)));
	}

	@Test
	void findsTheAllocationUnderThePageLockInTheOldCodeOnly() throws Exception {
		DifferenceGroup g = find(Seed.ALLOCATION_UNDER_LOCK);
		assertTrue(g.before().has(FindingKind.ALLOCATION_UNDER_LOCK), g.before().report());
		assertFalse(g.after().has(FindingKind.ALLOCATION_UNDER_LOCK), g.after().report());
		assertFalse(g.before().trace().isEmpty(), "the representative's traces are kept");
	}

	@Test
	void findsThePteMappedWithoutATableAndTheEndlessRefaultInTheOldCodeOnly() throws Exception {
		DifferenceGroup g = find(Seed.PTE_WITHOUT_TABLE);
		assertTrue(g.before().has(FindingKind.REFAULT) && g.before().has(FindingKind.PTE_MAPPED_WITHOUT_TABLE), g.before().report());
		assertFalse(g.after().has(FindingKind.REFAULT) || g.after().has(FindingKind.PTE_MAPPED_WITHOUT_TABLE), g.after().report());
		assertEquals(VmaKind.DAX, g.representative().vma(), "the DAX ->fault that returns no page");
	}

	@Test
	void findsAHotReadMappedThroughMapPagesWithoutFaultInTheNewCode() throws Exception {
		DifferenceGroup g = find(Seed.MAP_PAGES_WITHOUT_FAULT);
		assertTrue(g.cause().describe().contains("->fault"), g.cause().describe());
	}

	@Test
	void countsAreConsistent() throws Exception {
		ExplorationResult r = Seed.whole();
		assertEquals(r.explored(), r.same() + r.groups().stream().mapToLong(DifferenceGroup::count).sum());
		assertEquals(r.feasible(), r.explored(), "the seed's space is run whole, not sampled");
		assertFalse(r.sampled());
		for (DifferenceGroup g : r.groups())
			assertTrue(g.count() > 0 && g.representative() != null, g.cause().describe());
		assertTrue(r.pruned().get(Rule.PTE_NEEDS_TABLE) > 0);
		assertTrue(r.pruned().get(Rule.RACE_POINT_IN_ONE_VERSION) > 0);
	}
}
