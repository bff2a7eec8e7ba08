package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.exec.Lockstep;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.StepSession;
import org.faultline.exec.StepSession.Breakpoint;
import org.faultline.exec.StepSession.Raised;
import org.faultline.exec.StepSession.Snapshot;
import org.faultline.exec.StateNode;
import org.faultline.model.exec.FindingKind;
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

	@Test
	void theSnapshotShowsLocalsAsTreesFollowingPointersUntilTheyComeBack() throws Exception {
		StepSession s = session(true);
		assertTrue(s.runTo(Breakpoint.function("__pte_alloc")));
		Snapshot snap = s.snapshot();
		StateNode pmd = node(snap.frames().get(0).variables(), "pmd");
		assertTrue(pmd.hasChildren(), "a pmd pointer reaches its entry: " + pmd);
		assertTrue(pmd.children().get(0).value().contains("0x0"), "the pmd is none: " + pmd.children());

		StateNode vma = node(snap.frames().get(1).variables(), "vma");
		assertEquals("vm_area_struct", vma.value());
		StateNode mapping = vma.child("vm_file").child("f_mapping");
		assertNotNull(mapping, vma.children().toString());
		StateNode back = mapping.child("host").child("i_mapping");
		assertTrue(back.value().endsWith("(shown above)") && !back.hasChildren(),
				"the inode's mapping is the one on the path: " + back);

		StateNode locks = node(snap.machineState(), "locks");
		assertTrue(locks.children().stream().anyMatch(n -> n.name().startsWith("page lock page@")
				&& n.value().equals("held by this fault")), locks.children().toString());
		assertTrue(node(snap.machineState(), "page tables").child("pmd").value().endsWith("none"));
		StateNode cached = node(snap.machineState(), "page cache").child("[3]");
		assertEquals("this fault", cached.child("lock holder").value());
		assertTrue(cached.child("flags").value().contains("locked"), cached.children().toString());
	}

	@Test
	void aFindingIsSeenFromTheStepAfterTheOneThatRaisedIt() throws Exception {
		StepSession s = session(true);
		Raised r = s.raised().stream().filter(f -> f.finding().kind() == FindingKind.ALLOCATION_UNDER_LOCK)
				.findFirst().orElseThrow(() -> new AssertionError("no allocation under lock: " + s.raised()));
		assertEquals(s.result().findings().size(), s.raised().size());
		assertEquals("__pte_alloc", s.points().get(r.step() - 1).function(), "raised by the allocating statement");
		assertEquals(r.finding().line(), s.points().get(r.step() - 1).line());
		s.goTo(r.step());
		assertFalse(s.snapshot().findings().contains(r));
		s.stepInto();
		assertTrue(s.snapshot().findings().contains(r));
		assertEquals(s.raised(), s.raisedAt(s.length()), "at the end every finding is seen");
	}

	private static StateNode node(java.util.List<StateNode> nodes, String name) {
		return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name + " among " + nodes));
	}
}
