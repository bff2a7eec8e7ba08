package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.faultline.exec.FaultlineRun.Which;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CSemanticDiff;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.faultline.review.report.Condition;
import org.faultline.review.view.ApplyOverview;
import org.faultline.review.view.BalanceTable;
import org.faultline.review.view.DecisionTable;
import org.faultline.review.view.ExploredGroups;
import org.faultline.review.view.FaultPathGraph;
import org.faultline.review.view.RunComparison;
import org.faultline.review.view.SourceOutline;
import org.faultline.review.view.TraceAlignment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the review editor shows, computed headless from the seed's review on the modelled tree. */
class ReviewViewTest {

	private static ReviewBase base;

	private static ReviewSession session;

	private static CSemanticDiff diff;

	@BeforeAll
	static void review() throws Exception {
		base = ReviewBase.modelledTree();
		session = ReviewSession.on(base).setSample().open();
		session.semanticDiff(null, null);
		diff = session.document().getSemanticDiff();
	}

	@AfterAll
	static void close() {
		session.close();
		base.close();
	}

	private static CFunctionDiff function(String name) {
		return diff.getFunctions().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void conditionsAreFactoredSoSharedGuardsAreWrittenOnce() {
		Condition c = Condition.parse("(a && b && c) || (a && b && d) || (a && b && !c && !d)");
		assertEquals("a && b", c.toString(), "c || d || !c && !d is always true, so only the shared guards remain");
		Condition unlock = Condition.parse("(!(fault_around_bytes >> PAGE_SHIFT > 1) && !(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY))) || (!vma->vm_ops->map_pages && !(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY))) || (pte_same(*pte, orig_pte) && !(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))");
		assertEquals("!(ret & VM_FAULT_{ERROR|NOPAGE|RETRY}) && (!(fault_around_bytes >> PAGE_SHIFT > 1) || !vma->vm_ops->map_pages || pte_same(*pte, orig_pte))",
				unlock.toString());
		assertEquals(Set.of("a"), Condition.parse("a && !b || a && b").atoms(), "b decides nothing");
		assertEquals("a", Condition.parse("a && !b || a && b").toString(), "complementary products merge");
		assertEquals("(a || b) && (x || y)", Condition.parse("a && x || a && y || b && x || b && y").toString(),
				"or-ed literals that share their rests are written once");
		assertEquals("mem_cgroup_try_charge(\u2026) && pte_alloc(mm, pmd, address)",
				Condition.parse("mem_cgroup_try_charge(page, mm, GFP_KERNEL, &memcg, false) && pte_alloc(mm, pmd, address)").toString(),
				"long argument lists are elided, short ones kept");
		assertEquals("always", Condition.parse("always").toString());
		assertEquals("never", Condition.parse("x && !x").toString());
	}

	@Test
	void everyDecisionRowOfTheFaultPathReadsInAFewSeconds() {
		// The printed conditions of do_read_fault, __do_fault and do_anonymous_page run to several hundred
		// characters; shown, a cell is a few guards and at most one alternative
		for (String name : List.of("do_read_fault", "__do_fault", "do_anonymous_page", "handle_pte_fault"))
			for (DecisionTable.Row row : DecisionTable.of(function(name)).rows())
				for (String cell : List.of(row.shared().text(), row.before().text(), row.after().text()))
					assertTrue(cell.length() <= 220, name + " -> " + row.callee() + ": " + cell.length() + ": " + cell);
		for (CFunctionDiff f : diff.getFunctions())
			for (DecisionTable.Row row : DecisionTable.of(f).rows())
				if (row.afterCondition() != null) {
					String added = row.after().text().equals(DecisionTable.NOTHING_MORE) ? "" : row.after().text();
					assertTrue(row.shared().text().length() + added.length() <= row.afterCondition().length() + 8,
							f.getName() + " -> " + row.callee() + ": simplified is no longer than printed");
				}
	}

	@Test
	void doReadFaultsRowsShowTheSharedGuardOnceAndMarkWhatOnlyOneVersionTests() {
		DecisionTable table = DecisionTable.of(function("do_read_fault"));
		DecisionTable.Row unlock = table.row("unlock_page");
		assertEquals("!(ret & VM_FAULT_{ERROR|NOPAGE|RETRY})", unlock.shared().text());
		assertEquals(DecisionTable.NOTHING_MORE, unlock.before().text(), "before adds nothing to the shared guard");
		assertEquals("!(fault_around_bytes >> PAGE_SHIFT > 1) || !vma->vm_ops->map_pages || pte_same(*pte, orig_pte)",
				unlock.after().text());
		assertEquals(3, unlock.after().changed().size(), "the three atoms the before version does not test are marked");
		DecisionTable.Row pteNone = table.row("pte_none");
		assertEquals(DecisionTable.NOT_CALLED, pteNone.after().text());
		assertTrue(table.rows().indexOf(table.row("__do_fault")) < table.rows().indexOf(table.row("pte_same")),
				"changed calls of fault-path functions come before changed primitives");

		DecisionTable doFault = DecisionTable.of(function("__do_fault"));
		DecisionTable.Row put = doFault.row("put_page");
		assertEquals("!(ret & VM_FAULT_{ERROR|NOPAGE|RETRY}) && vmf.page", put.shared().text());
		assertTrue(put.before().text().contains("(PageHWPoison(vmf.page) || pmd_devmap(*pmd) || pmd_trans_unstable(pmd) || pte_alloc(\u2026))"),
				put.before().text());
		assertEquals("PageHWPoison(vmf.page)", put.after().text());
	}

	@Test
	void theBalanceIsATableOfExitKinds() {
		BalanceTable table = BalanceTable.of(function("do_read_fault"));
		BalanceTable.Row lock = table.rows().stream().filter(r -> r.resource().equals("page lock") && r.net().equals("-1"))
				.findFirst().orElseThrow(() -> new AssertionError(table.rows().toString()));
		assertEquals("!(ret & VM_FAULT_{ERROR|NOPAGE|RETRY})", lock.before());
		assertTrue(lock.after().length() <= 200, lock.after());
	}

	@Test
	void theFaultPathGraphIsLaidOutByElkWithoutOverlaps() {
		FaultPathGraph graph = FaultPathGraph.layout(diff, name -> new double[] { 8 * name.length() + 16, 24 });
		assertEquals(diff.getFunctions().size(), graph.nodes().size());
		for (FaultPathGraph.Node a : graph.nodes())
			for (FaultPathGraph.Node b : graph.nodes())
				if (a != b)
					assertFalse(a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
							&& b.y() < a.y() + a.height(), a + " overlaps " + b);
		FaultPathGraph.Edge hpfToAnon = graph.edges().stream()
				.filter(e -> e.from().equals("handle_pte_fault") && e.to().equals("do_anonymous_page")).findFirst().orElseThrow();
		assertTrue(hpfToAnon.points().size() >= 2, "edges are routed");
		FaultPathGraph.Node root = graph.nodes().stream().filter(n -> n.function().equals("handle_mm_fault")
				|| n.function().equals("__handle_mm_fault")).findFirst().orElseThrow();
		FaultPathGraph.Node leaf = graph.nodes().stream().filter(n -> n.function().equals("do_read_fault")).findFirst().orElseThrow();
		assertTrue(root.x() < leaf.x(), "callers are left of their callees");
		assertNotNull(graph.nodeAt(leaf.x() + 1, leaf.y() + 1));
	}

	@Test
	void runsPairByScenarioWithDifferencesFirstAndTracesAligned() throws Exception {
		session.run("read-cached-pmd-none", Which.BOTH, true);
		session.run("anon-write", Which.BOTH, true);
		RunComparison runs = RunComparison.of(session.document().getRuns(), session.before().label(), session.after().label());
		assertEquals(2, runs.entries().size());
		assertTrue(runs.entries().get(0).differs(), "scenarios that behave differently come first");
		RunComparison.Entry first = runs.entry("read-cached-pmd-none");
		assertTrue(first.differences().stream().anyMatch(d -> d.startsWith("only before: ALLOCATION_UNDER_LOCK")), first.differences().toString());
		assertTrue(first.differences().contains("called at another point: __pte_alloc"),
				"the pte table is allocated before taking the page lock now: " + first.differences());
		TraceAlignment aligned = TraceAlignment.of(first.before().getTrace(), first.after().getTrace());
		long before = aligned.rows().stream().filter(r -> r.before() >= 0).count();
		long after = aligned.rows().stream().filter(r -> r.after() >= 0).count();
		assertEquals(first.before().getTrace().getEvents().size(), before, "every before event has one row");
		assertEquals(first.after().getTrace().getEvents().size(), after);
		assertTrue(aligned.rows().stream().anyMatch(r -> r.kind() == TraceAlignment.Kind.SAME));
		assertTrue(aligned.rows().stream().anyMatch(r -> r.kind() != TraceAlignment.Kind.SAME));
	}

	@Test
	void exploredGroupsListFindingDifferencesFirstWithTheRepresentativesRunsPaired() throws Exception {
		session.record(session.exploration().setSampleSize(400).setSeed(7).call());
		var exploration = session.document().getExploration();
		List<ExploredGroups.Group> groups = ExploredGroups.of(exploration);
		assertEquals(exploration.getGroups().size(), groups.size());
		assertEquals(exploration.getExplored() - exploration.getSame(), groups.stream().mapToLong(ExploredGroups.Group::count).sum(),
				"every scenario that differs is in one group");
		int firstWithout = groups.stream().filter(g -> !g.findingDiffers()).findFirst().map(groups::indexOf).orElse(groups.size());
		assertTrue(groups.subList(firstWithout, groups.size()).stream().noneMatch(ExploredGroups.Group::findingDiffers),
				"groups a finding tells apart come first: " + groups);
		ExploredGroups.Group underLock = groups.stream().filter(g -> g.findingIn().equals("before: ALLOCATION_UNDER_LOCK"))
				.findFirst().orElseThrow(() -> new AssertionError(groups.toString()));
		assertTrue(underLock.runs().before().getFindings().stream().anyMatch(f -> f.getKind() == FindingKind.ALLOCATION_UNDER_LOCK));
		assertTrue(underLock.runs().after().getFindings().stream().noneMatch(f -> f.getKind() == FindingKind.ALLOCATION_UNDER_LOCK));
		var underLockGroup = exploration.getGroups().stream().filter(g -> g.getBefore().getScenario().equals(underLock.representative()))
				.findFirst().orElseThrow();
		assertEquals("scenario " + underLock.representative().replace(' ', '_'), underLockGroup.getScenarioText().lines().findFirst().orElseThrow(),
				"the representative is named by its label, as its scenario text names it");
		assertEquals(underLock.representative(), underLock.runs().after().getScenario());
		assertNotNull(underLock.runs().before().getTrace(), "a representative's runs are traced, to be aligned");
		assertTrue(ExploredGroups.summary(exploration).endsWith("differ in " + groups.size() + " groups"), ExploredGroups.summary(exploration));
	}

	@Test
	void theOverviewHasABadgePerHunkAndTheFunctionsOfEachFile() throws Exception {
		var hunks = ApplyOverview.hunks(session.document().getApplyReports());
		assertEquals(22, hunks.size());
		assertTrue(hunks.stream().allMatch(h -> h.outcome() != HunkOutcome.FAILED));
		assertEquals("patch 4 of 5", ApplyOverview.seriesPosition(session.document().getPatch()));
		var outline = SourceOutline.of(session.after(), "mm/memory.c");
		assertTrue(outline.stream().anyMatch(f -> f.name().equals("do_read_fault") && f.lastLine() > f.firstLine()));
	}
}
