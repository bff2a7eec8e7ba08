package org.faultline.explore.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.model.exec.FindingKind;
import org.faultline.explore.Workload;
import org.faultline.explore.WorkloadResult;
import org.junit.jupiter.api.Test;

/** Workloads measure what each version's fault path costs over a sequence of faults. */
class WorkloadTest {

	@Test
	void sequentialReadOf64CachedPagesWithFaultAround64K() throws Exception {
		WorkloadResult r = WorkloadResult.run(List.of(Workload.sequentialRead(64, 65536)), Seed.before(), Seed.after())
				.get(0);
		// 64 pages in windows of 16: four faults each; the rest is mapped by fault-around
		assertEquals(4, r.before().faults(), r.text());
		assertEquals(4, r.after().faults(), r.text());
		assertEquals(64, r.before().pagesMapped(), r.text());
		assertEquals(64, r.after().pagesMapped(), r.text());
		// the old code calls ->fault before ->map_pages on every fault; the new one maps the hot page without it
		assertEquals(4, r.before().faultCalls(), r.text());
		assertEquals(0, r.after().faultCalls(), r.text());
		assertEquals(4, r.after().mapPagesCalls(), r.text());
		assertTrue(r.beforeRun().has(FindingKind.ALLOCATION_UNDER_LOCK) && r.before().reclaimUnderLock() == 1, r.text());
		assertEquals(0, r.after().reclaimUnderLock(), r.text());
	}

	@Test
	void withoutFaultAroundEveryPageFaultsThroughFault() throws Exception {
		WorkloadResult r = WorkloadResult.run(List.of(Workload.sequentialRead(8, 4096)), Seed.before(), Seed.after())
				.get(0);
		assertEquals(8, r.before().faults(), r.text());
		assertEquals(8, r.after().faultCalls(), r.text());
		assertEquals(0, r.after().mapPagesCalls(), r.text());
	}

	@Test
	void aSecondProcessFaultsTheSamePagesAgainInItsOwnTables() throws Exception {
		WorkloadResult r = WorkloadResult.run(Workload.standard(), Seed.before(), Seed.after()).stream()
				.filter(w -> w.workload().name().equals("second-process")).findFirst().orElseThrow();
		assertEquals(2, r.after().faults(), r.text());
		assertEquals(2, r.after().pageTableAllocations(), r.text());
		assertEquals(32, r.after().pagesMapped(), r.text());
	}
}
