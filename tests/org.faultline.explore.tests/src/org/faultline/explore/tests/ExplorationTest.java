package org.faultline.explore.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.faultline.exec.Scenario.PmdState;
import org.faultline.explore.Cause;
import org.faultline.explore.Exploration;
import org.faultline.explore.ExplorationReport;
import org.faultline.explore.ExplorationResult;
import org.faultline.explore.Point;
import org.faultline.explore.Point.Access;
import org.faultline.explore.Point.CacheState;
import org.faultline.explore.Point.FaultAround;
import org.faultline.explore.Point.FaultBehaviour;
import org.faultline.explore.Point.PteState;
import org.faultline.explore.Point.VmaKind;
import org.faultline.explore.Rule;
import org.faultline.explore.ScenarioSpace;
import org.faultline.explore.internal.Groups;
import org.junit.jupiter.api.Test;
import org.faultline.model.exec.FindingKind;

/** The explorer's own properties: pruning, determinism, sampling, cancel, representatives. */
class ExplorationTest {

	private static final ScenarioSpace SMALL = ScenarioSpace.full().only(VmaKind.PRIVATE_FILE, VmaKind.DAX,
			Access.READ, Access.WRITE, PmdState.NONE, PmdState.TABLE);

	private static Point point(VmaKind v, Access a, PmdState pmd, PteState pte) {
		return new Point(v, a, pmd, pte, CacheState.ABSENT, FaultBehaviour.OWN, FaultAround.DEFAULT_64K, null);
	}

	@Test
	void rulesPruneWhatCannotHappenAndTheCountsAddUp() throws Exception {
		assertEquals(Rule.PTE_NEEDS_TABLE, Rule.pruning(point(VmaKind.ANON, Access.READ, PmdState.NONE,
				PteState.PRESENT_RO)));
		assertEquals(Rule.ACCESS_ALREADY_ALLOWED, Rule.pruning(point(VmaKind.ANON, Access.READ, PmdState.TABLE,
				PteState.PRESENT_RO)));
		assertEquals(null, Rule.pruning(point(VmaKind.ANON, Access.WRITE, PmdState.TABLE, PteState.PRESENT_RO)));
		Map<Rule, Integer> pruned = new EnumMap<>(Rule.class);
		List<Point> feasible = ScenarioSpace.full().feasible(pruned);
		assertEquals(ScenarioSpace.full().product(), feasible.size() + pruned.values().stream().mapToInt(i -> i).sum());
		assertTrue(feasible.stream().allMatch(p -> Rule.pruning(p) == null));
	}

	@Test
	void theReportIsTheSameWhateverTheThreadCount() throws Exception {
		ExplorationResult one = Exploration.between(Seed.before(), Seed.after()).setSpace(SMALL).setThreads(1).call();
		ExplorationResult three = Exploration.between(Seed.before(), Seed.after()).setSpace(SMALL).setThreads(3).call();
		assertEquals(ExplorationReport.text(one, true), ExplorationReport.text(three, true));
		assertEquals(ExplorationReport.json(one, List.of()), ExplorationReport.json(three, List.of()));
		assertFalse(one.groups().isEmpty());
	}

	@Test
	void aSpaceOverTheSampleSizeIsSampledWithTheSeed() throws Exception {
		Exploration e = Exploration.between(Seed.before(), Seed.after()).setSpace(SMALL).setSampleSize(300);
		ExplorationResult a = e.setSeed(7).call(), again = e.setSeed(7).call(), other = e.setSeed(8).call();
		assertTrue(a.sampled());
		assertTrue(a.explored() < a.feasible(), a.explored() + " of " + a.feasible());
		assertEquals(ExplorationReport.json(a, List.of()), ExplorationReport.json(again, List.of()));
		assertNotEquals(ExplorationReport.json(a, List.of()), ExplorationReport.json(other, List.of()));
	}

	@Test
	void aCancelledMonitorStopsTheExploration() throws Exception {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> Exploration.between(Seed.before(), Seed.after())
				.setSpace(SMALL).setProgressMonitor(cancelled).call());
	}

	@Test
	void twoIdenticalVersionsDifferNowhere() throws Exception {
		ExplorationResult r = Exploration.between(Seed.after(), Seed.after()).setSpace(SMALL).call();
		assertEquals(r.explored(), r.same());
		assertTrue(r.groups().isEmpty());
	}

	@Test
	void aGroupKeepsTheRepresentativeWithFewestNonDefaultDimensionsWhateverTheOrder() throws Exception {
		Cause c = new Cause(Set.of(FindingKind.REFAULT), Set.of(), false, null, "x", "y");
		Point plain = point(VmaKind.PRIVATE_FILE, Access.READ, PmdState.TABLE, PteState.NONE);
		Point unusual = point(VmaKind.DAX, Access.WRITE, PmdState.NONE, PteState.NONE);
		Groups forward = new Groups(), backward = new Groups();
		forward.add(c, unusual, 1);
		forward.add(c, plain, 2);
		backward.add(c, plain, 2);
		backward.add(c, unusual, 1);
		forward.add(null, plain, 3);
		assertEquals(plain, forward.ordered().get(0).getValue().representative());
		assertEquals(plain, backward.ordered().get(0).getValue().representative());
		assertEquals(2, forward.ordered().get(0).getValue().count());
		assertEquals(1, forward.same());
	}
}
