package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.faultline.exec.RunResult;
import org.faultline.exec.VmFault;
import org.junit.jupiter.api.Test;

/** A fault's result reads by the names its version gives the bits: 0x1000 is DAX_LOCKED on 4.8, DONE_COW on 6.x. */
class OutcomeNamesTest {

	@Test
	void eachVersionNamesItsOwnBits() {
		Map<String, Long> v612 = Map.of("VM_FAULT_LOCKED", 0x200L, "VM_FAULT_DONE_COW", 0x1000L, "VM_FAULT_COMPLETED",
				0x4000L, "VM_FAULT_HINDEX_MASK", 0xf0000L);
		assertEquals("LOCKED|COMPLETED", VmFault.decode(0x4200, v612::get));
		assertEquals("DONE_COW|0x10000", VmFault.decode(0x11000, v612::get), "a bit the version does not name");
		assertEquals("DAX_LOCKED", VmFault.decode(0x1000, Map.of("VM_FAULT_DAX_LOCKED", 0x1000L)::get));
		assertEquals("LOCKED|0x1000", VmFault.decode(0x1200, name -> null), "4.6's names where a version has none");
		assertEquals("0", VmFault.decode(0, v612::get));
	}

	@Test
	void aRunsOutcomeIsNamedByTheVersionItRan() throws Exception {
		RunResult r = MiniProgram.run("#define VM_FAULT_COMPLETED 0x4000\n",
				"\treturn VM_FAULT_NOPAGE | VM_FAULT_COMPLETED;");
		assertEquals("NOPAGE|COMPLETED", r.outcomeText(), r.report());
	}
}
