package org.faultline.exec.tests;

import org.faultline.model.exec.FindingKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultlineRun;
import org.faultline.exec.VersionSources;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.exec.RunResult;
import org.junit.jupiter.api.Test;

/** What the CLI's run command does, from a scenario name or file, on the modelled tree. */
class FaultlineRunTest {

	@Test
	void bothVersionsOfAShippedScenarioAndTheirDifference() throws Exception {
		var results = FaultlineRun.scenario("read-cached-pmd-none").setWhich(Which.BOTH).call();
		assertEquals(2, results.size());
		assertTrue(results.get(0).has(FindingKind.ALLOCATION_UNDER_LOCK));
		String report = FaultlineRun.report(results);
		assertTrue(report.contains("only before: allocation under page lock or i_mmap_rwsem"), report);
	}

	@Test
	void aScenarioFileWithTrace() throws Exception {
		Path file = Files.createTempFile("anon", ".fault");
		Files.writeString(file, """
				vma anon private flags=read,write,mayread,maywrite
				fault address=0x7f0000001000 flags=user,write
				pmd none
				""");
		RunResult r = FaultlineRun.scenario(file.toString()).setWhich(Which.AFTER).setTrace(true).call().get(0);
		assertEquals("0", r.outcomeText());
		assertTrue(r.report().contains("call do_anonymous_page"), r.report());
		assertTrue(r.report().contains("mm/memory.c:"), r.report());
	}

	@Test
	void versionsReadFromTwoRefsOfARepository() throws Exception {
		try (var tree = org.faultline.mmtree.ModelledTree.open()) {
			var repo = tree.repository();
			var before = ExecutableVersion.load("before", VersionSources.reader(repo,
					VersionSources.tree(repo, org.faultline.mmtree.ModelledTree.BASE_REF)));
			var after = ExecutableVersion.load("after", VersionSources.reader(repo,
					VersionSources.tree(repo, org.faultline.mmtree.ModelledTree.V4_6_RC_TAG)));
			var results = FaultlineRun.scenario("cow-dax-nopage-pmd-none").setVersions(before, after).call();
			assertTrue(results.get(0).has(FindingKind.PTE_MAPPED_WITHOUT_TABLE), results.get(0).report());
			assertEquals(java.util.List.of(), results.get(1).findings());
		}
	}

	@Test
	void withTracesTheDifferenceListsTheCallsOnlyOneVersionMakes() throws Exception {
		String report = FaultlineRun.report(
				FaultlineRun.scenario("read-hot-faultaround").setWhich(Which.BOTH).setTrace(true).call());
		assertTrue(report.contains("only before: call filemap_fault (mm/memory.c:"), report);
		assertTrue(report.contains("only before: call __do_fault (mm/memory.c:"), report);
	}
}
