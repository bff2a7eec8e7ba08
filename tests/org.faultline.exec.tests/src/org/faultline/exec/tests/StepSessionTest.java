package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.exec.Lockstep;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.StepSession;
import org.faultline.exec.StepSession.Breakpoint;
import org.faultline.exec.StepSession.Snapshot;
import org.junit.jupiter.api.Test;

/** Stepping, breakpoints, back-step and two versions in lockstep. */
class StepSessionTest {

	private static StepSession session(boolean before) throws Exception {
		return StepSession.start(before ? ModelledSources.before() : ModelledSources.after(),
				NamedScenarios.load("read-cached-pmd-none"));
	}

	@Test
	void stepsForwardThenBackReturnExactlyToTheEarlierState() throws Exception {
		StepSession s = session(true);
		assertTrue(s.length() > 50);
		s.goTo(20);
		Snapshot at20 = s.snapshot();
		for (int i = 0; i < 30; i++)
			assertTrue(s.stepInto());
		Snapshot at50 = s.snapshot();
		assertNotEquals(at20, at50);
		for (int i = 0; i < 30; i++)
			assertTrue(s.backStep());
		assertEquals(20, s.position());
		assertEquals(at20, s.snapshot());
	}

	@Test
	void aFunctionBreakpointStopsAtItsEntryWithItsParameters() throws Exception {
		StepSession s = session(true);
		assertTrue(s.runTo(Breakpoint.function("__pte_alloc")));
		Snapshot snap = s.snapshot();
		assertEquals("__pte_alloc", snap.frames().get(0).function());
		assertTrue(snap.frames().get(0).locals().containsKey("pmd"), snap.frames().get(0).locals().toString());
		assertEquals("__do_fault", snap.frames().get(1).function(), "called from __do_fault before the seed");
		assertTrue(snap.machine().contains("locked"), "the page is locked at that moment: " + snap.machine());
	}

	@Test
	void stepOverStaysInTheFunctionAndStepOutLeavesIt() throws Exception {
		StepSession s = session(false);
		assertTrue(s.runTo(Breakpoint.function("do_read_fault")));
		int depth = s.points().get(s.position() - 1).depth();
		assertTrue(s.stepOver());
		assertTrue(s.points().get(s.position() - 1).depth() <= depth);
		assertTrue(s.stepOut());
		assertTrue(s.position() == s.length() || s.points().get(s.position() - 1).depth() < depth);
		assertFalse(s.stepOut(), "at the end");
		s.goTo(0);
		assertFalse(s.runTo(Breakpoint.function("no_such_function")));
		assertEquals(s.length(), s.position());
	}

	@Test
	void lockstepPairsTheCallsBothVersionsMake() throws Exception {
		Lockstep l = Lockstep.of(session(true), session(false));
		var both = l.pairs().stream().filter(p -> p.left() != null && p.right() != null)
				.map(p -> p.left().function()).toList();
		assertTrue(both.contains("__do_fault"), both.toString());
		assertTrue(both.contains("filemap_fault"), both.toString());
		assertTrue(l.pairs().stream().anyMatch(p -> p.right() == null && p.left().function().equals("__pte_alloc")),
				"before allocates the pte table inside __do_fault, which after does not: " + l.pairs());
		assertTrue(l.step());
		assertEquals(l.left().points().get(l.left().position() - 1).function(),
				l.right().points().get(l.right().position() - 1).function());
	}
}
