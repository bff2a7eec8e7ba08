package org.faultline.exec.tests;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.exec.FaultRun;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.junit.jupiter.api.Test;

/** The behaviours the seed patch's message describes, found by running both images of the modelled tree. */
class SeedBehaviourTest {

	private static RunResult run(String scenario, boolean before) throws Exception {
		return FaultRun.scenario(NamedScenarios.load(scenario))
				.version(before ? ModelledSources.before() : ModelledSources.after()).setTrace(true).call();
	}

	@Test
	void readFaultWithPmdNoneAllocatesUnderThePageLockOnlyBefore() throws Exception {
		RunResult before = run("read-cached-pmd-none", true);
		assertTrue(before.has(FindingKind.ALLOCATION_UNDER_LOCK), before.report());
		var finding = before.findings().stream().filter(f -> f.kind() == FindingKind.ALLOCATION_UNDER_LOCK).findFirst()
				.orElseThrow();
		assertEquals("__pte_alloc", finding.function());
		assertEquals("mm/memory.c", finding.file());

		RunResult after = run("read-cached-pmd-none", false);
		assertEquals(List.of(), after.findings(), after.report());
		assertEquals("LOCKED", after.outcomeText());
	}

	@Test
	void daxCowFaultWithoutPageMapsAPteWithoutTableBeforeAndCompletesAfter() throws Exception {
		RunResult before = run("cow-dax-nopage-pmd-none", true);
		assertTrue(before.has(FindingKind.PTE_MAPPED_WITHOUT_TABLE), before.report());
		assertTrue(before.has(FindingKind.REFAULT), before.report());

		RunResult after = run("cow-dax-nopage-pmd-none", false);
		assertEquals(List.of(), after.findings(), after.report());
		assertTrue(after.completed());
		assertTrue(after.stateAfter().contains("anon"), after.stateAfter());
	}

	@Test
	void hotPageCacheFaultAroundMapsWithoutFaultAfterButCallsFaultFirstBefore() throws Exception {
		RunResult before = run("read-hot-faultaround", true);
		List<String> beforeCalls = calls(before);
		assertTrue(beforeCalls.indexOf("filemap_fault") >= 0, beforeCalls.toString());
		assertTrue(beforeCalls.indexOf("filemap_fault") < beforeCalls.indexOf("filemap_map_pages"),
				beforeCalls.toString());

		RunResult after = run("read-hot-faultaround", false);
		List<String> afterCalls = calls(after);
		assertTrue(afterCalls.contains("filemap_map_pages"), afterCalls.toString());
		assertFalse(afterCalls.contains("filemap_fault"), afterCalls.toString());
		assertEquals(List.of(), after.findings(), after.report());
	}

	private static List<String> calls(RunResult r) {
		return r.trace().stream().filter(e -> e.kind() == TraceEventKind.CALL)
				.map(e -> e.what().substring(0, e.what().indexOf('('))).toList();
	}
}
