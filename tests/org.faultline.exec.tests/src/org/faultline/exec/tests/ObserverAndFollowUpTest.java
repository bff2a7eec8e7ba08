package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.faultline.exec.FaultRun;
import org.faultline.model.exec.FindingKind;
import org.faultline.exec.FollowUp;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunObserver;
import org.faultline.exec.RunResult;
import org.faultline.exec.Scenario;
import org.faultline.exec.ScenarioParser;
import org.faultline.exec.VmFault;
import org.junit.jupiter.api.Test;

/** What the explorer needs of a run: an observer, faults that follow on the same machine, more races. */
class ObserverAndFollowUpTest {

	/** Records the calls made as which vma operation, and the allocations tried. */
	private static final class Recorder implements RunObserver {
		final List<String> ops = new ArrayList<>(), allocations = new ArrayList<>();
		int faults;

		@Override
		public void call(String function, Op op) {
			if (op != Op.NONE)
				ops.add(op + " " + function);
			if (function.equals("__handle_mm_fault"))
				faults++;
		}

		@Override
		public void allocation(String primitive) {
			allocations.add(primitive);
		}
	}

	private static final String FILE = """
			vma file private flags=read,write,mayread,maywrite
			fault address=0x7f0000003000 flags=user,allow-retry,killable
			pmd table
			page index=3 uptodate
			ops fault=filemap map_pages=no page_mkwrite=no
			""";

	@Test
	void theObserverSeesTheVmaOperationsAndTheAllocations() throws Exception {
		Recorder r = new Recorder();
		FaultRun.scenario(NamedScenarios.load("read-cached-pmd-none")).version(ModelledSources.before()).setObserver(r)
				.call();
		assertEquals(List.of("FAULT filemap_fault"), r.ops);
		assertTrue(r.allocations.contains("pte_alloc_one"), r.allocations.toString());
	}

	@Test
	void followUpsFaultOnlyWhereTheMmuWouldFault() throws Exception {
		Recorder r = new Recorder();
		RunResult result = FaultRun.scenario(NamedScenarios.load("read-hot-faultaround")).version(ModelledSources.after())
				.setObserver(r).setFollowUps(List.of(new FollowUp.Fault(0x7f0000004000L, 0x54),
						new FollowUp.Fault(0x7f0000040000L, 0x54)))
				.call();
		// page 4 was mapped by fault-around: no fault; page 64 is not cached: a major fault
		assertEquals(2, r.faults, result.report());
		assertEquals(VmFault.MAJOR, result.outcome() & VmFault.MAJOR, result.report());
	}

	@Test
	void aSecondMmFaultsAgainAndMadvDontneedZapsTheFirstFaultsPtes() throws Exception {
		Scenario s = ScenarioParser.parse("f", FILE);
		Recorder r = new Recorder();
		FaultRun.scenario(s).version(ModelledSources.after()).setObserver(r).setFollowUps(List.of(
				new FollowUp.Fault(0x7f0000003000L, 0x54), new FollowUp.MadvDontneed(),
				new FollowUp.Fault(0x7f0000003000L, 0x54), new FollowUp.OtherMm(),
				new FollowUp.Fault(0x7f0000003000L, 0x54))).call();
		assertEquals(3, r.faults, "the first fault, the one after MADV_DONTNEED, the other mm's");
		assertEquals(1, r.allocations.stream().filter("pte_alloc_one"::equals).count(), r.allocations.toString());
	}

	@Test
	void truncationBeforeFaultMakesTheReadSigbus() throws Exception {
		Scenario s = ScenarioParser.parse("t", FILE + "race at=filemap_fault action=truncate\n");
		RunResult r = FaultRun.scenario(s).version(ModelledSources.after()).call();
		assertEquals(VmFault.SIGBUS, r.outcome(), r.report());
		assertTrue(r.findings().isEmpty(), r.report());
	}

	@Test
	void aZapByAnotherThreadAfterThePteIsSetIsNoEndlessRefault() throws Exception {
		Scenario s = ScenarioParser.parse("z", FILE + "race at=pte_unmap_unlock action=madv-dontneed\n");
		RunResult r = FaultRun.scenario(s).version(ModelledSources.after()).setMachineStates(true).call();
		assertFalse(r.has(FindingKind.REFAULT), r.report());
		assertFalse(r.stateAfter().contains("[3]="), r.report());
	}

	@Test
	void aThpSplitTurnsTheHugePmdIntoAPteTable() throws Exception {
		String huge = """
				vma anon private flags=read,write,mayread,maywrite
				fault address=0x7f0000003000 flags=user,write,allow-retry,killable
				pmd huge
				thp enabled maps
				""";
		RunResult whole = FaultRun.scenario(ScenarioParser.parse("huge", huge)).version(ModelledSources.after())
				.setMachineStates(true).call();
		assertFalse(whole.stateAfter().contains("pte table:"), whole.stateAfter());
		RunResult split = FaultRun.scenario(ScenarioParser.parse("split", huge
				+ "race at=__handle_mm_fault action=thp-split\n")).version(ModelledSources.after())
				.setMachineStates(true).call();
		assertTrue(split.stateAfter().contains("pte table:"), split.stateAfter());
	}
}
