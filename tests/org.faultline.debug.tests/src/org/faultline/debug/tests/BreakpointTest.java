package org.faultline.debug.tests;

import static org.faultline.debug.tests.Launches.findingMarkers;
import static org.faultline.debug.tests.Launches.top;
import static org.faultline.debug.tests.Launches.variable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.breakpoints.CFunctionBreakpoint;
import org.faultline.debug.breakpoints.CLineBreakpoint;
import org.faultline.debug.breakpoints.FindingBreakpoint;
import org.faultline.debug.model.FaultStackFrame;
import org.faultline.debug.model.VersionThread;
import org.faultline.exec.StepSession.Point;
import org.faultline.model.exec.FindingKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Line, function and finding breakpoints suspend the seed's read fault where they say, when enabled. */
class BreakpointTest {

	@AfterEach
	void removeBreakpoints() throws CoreException {
		var manager = DebugPlugin.getDefault().getBreakpointManager();
		manager.removeBreakpoints(manager.getBreakpoints(FaultlineDebug.MODEL_ID), true);
	}

	@Test
	void aFunctionBreakpointSuspendsWhereTheFunctionIsEnteredUnlessDisabled() throws Exception {
		CFunctionBreakpoint b = new CFunctionBreakpoint("__pte_alloc");
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BEFORE)) {
			VersionThread t = l.thread(0);
			t.resume();
			assertEquals("__pte_alloc", top(t).getName());
			assertArrayEquals(new IBreakpoint[] { b }, t.getBreakpoints());
			assertTrue(l.awaitEvent(e -> e.getKind() == DebugEvent.SUSPEND && e.getDetail() == DebugEvent.BREAKPOINT)
					.getSource() == t);
		}
		b.setEnabled(false);
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BEFORE)) {
			VersionThread t = l.thread(0);
			t.resume();
			assertTrue(t.atEnd(), "a disabled breakpoint does not suspend; stopped at " + top(t));
			assertEquals(0, t.getBreakpoints().length);
		}
	}

	@Test
	void aLineBreakpointSuspendsOnItsLineInTheVersionItIsFor() throws Exception {
		Point target;
		String afterCommit;
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BOTH)) {
			var points = l.thread(0).session().points();
			Point inFilemapFault = points.stream().filter(p -> p.function().equals("filemap_fault")).skip(3)
					.findFirst().orElseThrow();
			target = points.stream().filter(p -> p.file().equals(inFilemapFault.file())
					&& p.line() == inFilemapFault.line()).findFirst().orElseThrow();
			afterCommit = l.thread(1).side().commit().name();
		}
		// for the version after only: the version before does not stop there
		CLineBreakpoint onlyAfter = new CLineBreakpoint(target.file(), target.line(), afterCommit);
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BEFORE)) {
			l.thread(0).resume();
			assertTrue(l.thread(0).atEnd(), "stopped at " + top(l.thread(0)));
		}
		onlyAfter.delete();
		CLineBreakpoint b = new CLineBreakpoint(target.file(), target.line(), "");
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BEFORE)) {
			VersionThread t = l.thread(0);
			t.resume();
			assertEquals(target.line(), top(t).getLineNumber());
			assertEquals(target.file(), ((FaultStackFrame) top(t)).file());
			assertEquals(target.step(), t.session().position(), "the first step on the line");
			assertArrayEquals(new IBreakpoint[] { b }, t.getBreakpoints());
			assertEquals(target.file(), b.getPath());
		}
	}

	@Test
	void aFindingBreakpointSuspendsRightAfterTheStepThatRaisesAFindingOfItsKind() throws Exception {
		FindingBreakpoint other = new FindingBreakpoint(FindingKind.PTE_WRITE_WITHOUT_PTL);
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BEFORE)) {
			l.thread(0).resume();
			assertTrue(l.thread(0).atEnd(), "the seed before writes no pte without its lock: " + top(l.thread(0)));
		}
		other.delete();
		FindingBreakpoint b = new FindingBreakpoint(FindingKind.ALLOCATION_UNDER_LOCK);
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BEFORE)) {
			VersionThread t = l.thread(0);
			t.resume();
			assertFalse(t.atEnd());
			assertArrayEquals(new IBreakpoint[] { b }, t.getBreakpoints());
			assertEquals(1, variable(top(t), FaultStackFrame.FINDINGS).getValue().getVariables().length);
			assertEquals(1, findingMarkers().size());
			t.stepBack();
			assertEquals(0, variable(top(t), FaultStackFrame.FINDINGS).getValue().getVariables().length,
					"the step before raised it");
		}
	}

	@Test
	void inRunModeTheScenarioRunsToItsEndPastBreakpointsWithItsFindingsAsMarkers() throws Exception {
		new CFunctionBreakpoint("__pte_alloc");
		try (Launches l = Launches.run(FaultlineDebug.VERSION_BEFORE)) {
			VersionThread t = l.thread(0);
			assertTrue(t.atEnd(), "run mode does not suspend at breakpoints: " + top(t));
			assertEquals(t.session().result().findings().size(), findingMarkers().size());
			assertFalse(findingMarkers().isEmpty());
		}
		assertTrue(findingMarkers().isEmpty());
	}
}
