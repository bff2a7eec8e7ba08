package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.faultline.model.exec.FindingKind;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.faultline.review.report.CallGraphSvg;
import org.faultline.review.report.Condition;
import org.faultline.review.report.ConditionComparison;
import org.faultline.review.report.ConditionComparison.Side;
import org.faultline.review.report.ReviewReport;
import org.faultline.review.report.ReviewReport.CallGraph;
import org.faultline.review.report.ReviewReport.FindingChange.Change;
import org.faultline.review.report.ReviewReport.Verdict;
import org.faultline.review.report.ReviewReports;
import org.faultline.review.report.ReviewReports.Extra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's report on the modelled tree: verdict, findings, factored conditions that say exactly the original. */
class ReviewReportTest {

	private static ReviewReport report;

	@BeforeAll
	static void review() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession session = ReviewSession.on(base).setSample().open()) {
			report = ReviewReports.of(session, EnumSet.allOf(Extra.class), null);
		}
	}

	@Test
	void theSeedFixesFindingsOfTheOldVersionAndBringsNone() {
		assertEquals(Verdict.FIXES_FINDINGS, report.verdict());
		assertTrue(report.findings().stream().anyMatch(f -> f.change() == Change.FIXED
				&& f.scenario().equals("read-cached-pmd-none") && f.finding().kind() == FindingKind.ALLOCATION_UNDER_LOCK));
		assertTrue(report.findings().stream().noneMatch(f -> f.change() == Change.NEW));
		assertEquals(15, report.scenarios().size());
		assertTrue(report.scenarios().stream().anyMatch(s -> !s.same() && s.name().equals("read-hot-faultaround")));
		assertTrue(report.functions().stream().anyMatch(f -> f.name().equals("handle_pte_fault")));
	}

	/** Each side rebuilt from the factored parts is, term for term, the condition the semantic diff gave. */
	@Test
	void everyFactoredConditionRebuildsToTheOriginal() {
		int compared = 0;
		for (var f : report.functions()) {
			for (var d : f.decisions())
				compared += rebuildsBothSides(d.condition());
			for (var b : f.balances())
				for (var c : b.nets().values())
					compared += rebuildsBothSides(c);
		}
		assertTrue(compared > 20, compared + " conditions compared");
	}

	private static int rebuildsBothSides(ConditionComparison c) {
		check(c.before(), c, c.beforeSide());
		check(c.after(), c, c.afterSide());
		return 2;
	}

	private static void check(Condition original, ConditionComparison c, Side side) {
		if (original == null || original.isNever())
			return;
		List<List<String>> cases = !c.sharedCases().isEmpty() ? c.sharedCases()
				: !side.cases().isEmpty() ? side.cases() : List.of(List.of());
		Set<Set<String>> rebuilt = new HashSet<>();
		for (List<String> each : cases) {
			List<String> term = new ArrayList<>(c.shared());
			term.addAll(side.only());
			term.addAll(each);
			rebuilt.add(Set.copyOf(term));
		}
		Set<Set<String>> terms = new HashSet<>();
		original.terms().forEach(t -> terms.add(Set.copyOf(t)));
		assertEquals(terms, rebuilt, original.text());
	}

	@Test
	void theCallGraphMarksTheFunctionsThePatchChanges() {
		CallGraph graph = report.callGraph();
		for (CallGraph.Node node : graph.nodes()) {
			boolean changed = report.functions().stream().anyMatch(f -> f.name().equals(node.name()));
			assertEquals(changed, node.status() == CallGraph.Status.CHANGED, node.name());
		}
		String svg = CallGraphSvg.render(graph);
		assertTrue(svg.startsWith("<svg "), svg);
		assertEquals(graph.nodes().size(), svg.split("<g class=\"node ", -1).length - 1);
		assertEquals(graph.edges().size(), svg.split("<polyline class=\"edge ", -1).length - 1);
		assertFalse(svg.contains("NaN"), "every node and edge has a position");
	}

	@Test
	void functionsAndCallsOnlyInOneVersionAreMarkedInTheSvg() {
		CallGraph graph = new CallGraph(
				List.of(new CallGraph.Node("root", CallGraph.Status.CHANGED), new CallGraph.Node("gone", CallGraph.Status.REMOVED),
						new CallGraph.Node("new_helper", CallGraph.Status.ADDED)),
				List.of(new CallGraph.Edge("root", "gone", CallGraph.Status.REMOVED),
						new CallGraph.Edge("root", "new_helper", CallGraph.Status.ADDED)));
		String svg = CallGraphSvg.render(graph);
		assertTrue(svg.contains("<g class=\"node removed\"><title>gone (removed)</title>"), svg);
		assertTrue(svg.contains("<g class=\"node added\"><title>new_helper (added)</title>"), svg);
		assertTrue(svg.contains("<polyline class=\"edge removed\""), svg);
		assertTrue(svg.contains("marker-end=\"url(#arrow-added)\"><title>root calls new_helper (added)</title>"), svg);
	}
}
