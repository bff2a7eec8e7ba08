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
	void valuesOutOfRangeAreRefusedWithTheirLine() {
		String vma = "vma anon start=0x7f0000000000 pages=16\n";
		String fault = "fault address=0x7f0000003000\n";
		for (String[] bad : new String[][] {
				{ vma + fault + "budget 0\n", "x.fault:3: budget must be from 1 to 1000000, not 0" },
				{ vma + fault + "budget 99999999999\n", "x.fault:3: budget must be from 1 to 1000000, not 99999999999" },
				{ "vma anon start=0x7f0000000123\n" + fault,
						"x.fault:1: vma start 0x7f0000000123 is not page-aligned (a multiple of 0x1000)" },
				{ "vma anon pages=0\n" + fault, "x.fault:1: vma pages (from its start to the end of user space) must be "
						+ "from 1 to 268435456, not 0" },
				{ "vma anon start=0xffffffffffff0000\n" + fault, "x.fault:1: vma start must be from 0 to 140737488351232, "
						+ "not -65536" },
				{ vma + "fault address=0x7f0000010000\n",
						"x.fault:2: fault address 0x7f0000010000 is outside the vma [0x7f0000000000, 0x7f0000010000)" },
				{ "fault address=0x1000\n" + vma,
						"x.fault:1: fault address 0x1000 is outside the vma [0x7f0000000000, 0x7f0000010000)" },
				{ vma + fault + "pmd table\npte index=512 present\n", "x.fault:4: pte index must be from 0 to 511, not 512" },
				{ vma + fault + "fault-around-bytes 4194304\n",
						"x.fault:3: fault-around-bytes must be from 0 to 2097152, not 4194304" },
				{ vma + fault + "fail pte_alloc_one after=-1\n", "x.fault:3: fail after must be from 0 to 2147483647, not -1" },
				{ vma + fault + "race at=pte_alloc nth=0 action=huge-pmd\n",
						"x.fault:3: race nth must be from 1 to 2147483647, not 0" } }) {
			ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("x.fault", bad[0]),
					bad[0]);
			assertEquals(bad[1], e.getMessage());
		}
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
