package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.ModelExport;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.faultline.exec.Scenario;
import org.faultline.exec.ScenarioException;
import org.faultline.exec.ScenarioParser;
import org.faultline.model.exec.FindingKind;
import org.junit.jupiter.api.Test;

/** The scenario text form and the scenarios that ship. */
class ScenarioTest {

	@Test
	void everyShippedScenarioRunsToTheEndOnBothVersionsWithoutCrashing() throws Exception {
		for (String name : NamedScenarios.names())
			for (ExecutableVersion v : new ExecutableVersion[] { ModelledSources.before(), ModelledSources.after() }) {
				RunResult r = FaultRun.scenario(NamedScenarios.load(name)).version(v).call();
				assertTrue(r.completed(), r.report());
				assertFalse(r.has(FindingKind.CRASH) || r.incomplete(), r.report());
			}
	}

	@Test
	void theModelledTreeParsesWithoutProblems() {
		assertEquals(java.util.List.of(), ModelledSources.before().problems());
		assertEquals(java.util.List.of(), ModelledSources.after().problems());
	}

	@Test
	void outcomesAreTheKernelsOnes() throws Exception {
		assertEquals("MAJOR|LOCKED", run("read-uncached-major").outcomeText());
		assertEquals("RETRY", run("read-locked-retry").outcomeText());
		assertEquals("WRITE", run("cow-zero-page").outcomeText());
		RunResult anon = FaultRun.scenario(NamedScenarios.load("anon-write")).version(ModelledSources.after())
				.setTrace(true).call();
		assertTrue(anon.stateAfter().contains("write dirty"), anon.stateAfter());
	}

	@Test
	void aFailedPteTableAllocationIsVmFaultOom() throws Exception {
		Scenario s = ScenarioParser.parse("oom", """
				vma anon private flags=read,write,mayread,maywrite
				fault address=0x7f0000003000 flags=user,write
				pmd none
				fail pte_alloc_one
				""");
		RunResult r = FaultRun.scenario(s).version(ModelledSources.after()).call();
		assertEquals("OOM", r.outcomeText(), r.report());
		assertEquals(java.util.List.of(), r.findings());
	}

	@Test
	void aHugePmdAppearingBeforeThePteTableMakesTheFaultRetryWithoutFindings() throws Exception {
		RunResult r = run("huge-pmd-race");
		assertEquals("0", r.outcomeText());
		assertEquals(java.util.List.of(), r.findings(), r.report());
	}

	@Test
	void badInputIsReportedWithItsLine() {
		ScenarioException e = assertThrows(ScenarioException.class,
				() -> ScenarioParser.parse("x.fault", "vma anon\nfault address=zz\n"));
		assertEquals("x.fault:2: not a number: 'zz'", e.getMessage());
		e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("y.fault", "vma anon\nfrob\n"));
		assertTrue(e.getMessage().startsWith("y.fault:2: unknown directive"), e.getMessage());
		e = assertThrows(ScenarioException.class, () -> NamedScenarios.load("nope"));
		assertTrue(e.getMessage().contains("read-cached-pmd-none"), e.getMessage());
	}

	@Test
	void resultsAndScenariosConvertToTheEmfModel() throws Exception {
		Scenario s = NamedScenarios.load("read-cached-pmd-none");
		var scenario = ModelExport.toModel(s);
		assertEquals("read-cached-pmd-none", scenario.getName());
		assertEquals(s, ScenarioParser.parse("again", scenario.getText()));
		RunResult r = FaultRun.scenario(s).version(ModelledSources.before()).setTrace(true).call();
		var result = ModelExport.toModel(r);
		assertEquals(FindingKind.ALLOCATION_UNDER_LOCK, result.getFindings().get(0).getKind());
		assertEquals(r.trace().size(), result.getTrace().getEvents().size());
	}

	private static RunResult run(String name) throws Exception {
		return FaultRun.scenario(NamedScenarios.load(name)).version(ModelledSources.after()).call();
	}
}
