package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.exec.RunResult;
import org.junit.jupiter.api.Test;

/** The fault path is entered as the version declares its entry, whatever release's signature that is. */
class FaultEntryTest {

	/** WRITE when the entry got the scenario's vma, address and user flag, SIGBUS otherwise. */
	private static final String CHECK = """
				if (vma->vm_start == 0x7f0000000000UL && address == 0x7f0000003000UL && flags == FAULT_FLAG_USER)
					return VM_FAULT_WRITE;
				return VM_FAULT_SIGBUS;""";

	@Test
	void theMmIsPassedWhereTheEntryTakesIt() throws Exception {
		RunResult r = MiniProgram.run("", CHECK.replace("return VM_FAULT_WRITE", "return mm ? VM_FAULT_WRITE : 0"));
		assertEquals("WRITE", r.outcomeText(), r.report());
	}

	@Test
	void anEntryWithoutTheMmAsSince48GetsTheVmaAddressAndFlags() throws Exception {
		RunResult r = MiniProgram.runEntry("", """
				static int __handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
						unsigned int flags)""", CHECK);
		assertTrue(r.completed(), r.report());
		assertEquals("WRITE", r.outcomeText(), r.report());
	}

	@Test
	void handleMmFaultWithRegistersAsSince58GetsNullRegisters() throws Exception {
		RunResult r = MiniProgram.runEntry("struct pt_regs;", """
				int handle_mm_fault(struct vm_area_struct *vma, unsigned long address, unsigned int flags,
						struct pt_regs *regs)""", "\tif (regs)\n\t\treturn VM_FAULT_OOM;\n" + CHECK);
		assertEquals("WRITE", r.outcomeText(), r.report());
	}

	@Test
	void aParameterTheEngineCannotSupplyIsNamedInTheError() {
		var e = assertThrows(IllegalArgumentException.class, () -> MiniProgram.runEntry("", """
				static int __handle_mm_fault(struct vm_area_struct *vma, struct vm_fault when)""", "\treturn 0;"));
		assertTrue(e.getMessage().contains("when"), e.getMessage());
	}
}
