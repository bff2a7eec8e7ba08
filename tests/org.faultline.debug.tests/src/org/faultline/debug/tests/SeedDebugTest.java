package org.faultline.debug.tests;

import static org.faultline.debug.tests.Launches.children;
import static org.faultline.debug.tests.Launches.findingMarkers;
import static org.faultline.debug.tests.Launches.stepIntoUntil;
import static org.faultline.debug.tests.Launches.top;
import static org.faultline.debug.tests.Launches.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.model.Divergence;
import org.faultline.debug.model.FaultDebugTarget;
import org.faultline.debug.model.FaultStackFrame;
import org.faultline.debug.model.VersionThread;
import org.faultline.debug.sourcelookup.VersionStorage;
import org.faultline.exec.ModelledVersions;
import org.faultline.model.exec.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * The issue's walk through the seed's read fault on a file vma whose pmd has no pte table and whose page is
 * cached: on the version before, into __do_fault up to the pte table allocation under the page lock, the
 * finding, and a step back; then both versions in lockstep up to where they part.
 */
class SeedDebugTest {

	@Test
	void beforeAllocatesThePteTableUnderThePageLockAndAStepBackRestoresTheEarlierState() throws Exception {
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BEFORE)) {
			VersionThread t = l.thread(0);
			assertEquals(1, l.target.getThreads().length);
			assertEquals("__handle_mm_fault", top(t).getName(), "suspended at the first statement");
			assertTrue(findingMarkers().isEmpty(), "no finding yet: " + findingMarkers());

			stepIntoUntil(t, "__do_fault");
			stepIntoUntil(t, "__pte_alloc");
			IStackFrame[] frames = t.getStackFrames();
			assertEquals("__do_fault", frames[1].getName(), "before allocates the pte table inside __do_fault");
			IStackFrame frame = top(t);
			assertTrue(variable(frame, "pmd").getValue().hasVariables(), "the pmd pointer can be followed");
			List<String> locks = children(variable(frame, FaultStackFrame.MACHINE, "locks"));
			assertTrue(locks.stream()
					.anyMatch(s -> s.startsWith("page lock page@") && s.endsWith("held by this fault")),
					"the page lock is held: " + locks);
			assertTrue(children(variable(frame, FaultStackFrame.MACHINE, "page tables")).stream()
					.anyMatch(s -> s.startsWith("pmd = ") && s.endsWith("none")), "the pmd has no table yet");

			// the allocation: step until the finding is raised
			IVariable findings = variable(top(t), FaultStackFrame.FINDINGS);
			int lineBefore = -1;
			String stateBefore = null;
			while (findings.getValue().getVariables().length == 0) {
				lineBefore = top(t).getLineNumber();
				stateBefore = state(top(t));
				t.stepInto();
				findings = variable(top(t), FaultStackFrame.FINDINGS);
			}
			assertTrue(findings.hasValueChanged(), "the step raised it: " + findings.getValue().getValueString());
			assertEquals(frames[1], t.getStackFrames()[1], "__do_fault is the same frame from step to step");
			List<String> raised = children(findings);
			assertTrue(raised.get(0).contains("may enter reclaim while holding the page lock"), raised.toString());
			IVariable finding = findings.getValue().getVariables()[0];
			assertEquals(FindingKind.ALLOCATION_UNDER_LOCK.getLiteral(), finding.getReferenceTypeName());

			List<IMarker> markers = findingMarkers();
			assertEquals(1, markers.size(), markers.toString());
			IMarker marker = markers.getFirst();
			assertEquals("mm/memory.c", marker.getAttribute(FaultlineDebug.MARKER_PATH, ""));
			assertEquals(t.side().commit().name(), marker.getAttribute(FaultlineDebug.MARKER_COMMIT, ""));
			assertEquals(FindingKind.ALLOCATION_UNDER_LOCK.getLiteral(),
					marker.getAttribute(FaultlineDebug.MARKER_FINDING_KIND, ""));
			String line = sourceLine(l, (FaultStackFrame) top(t), marker.getAttribute(IMarker.LINE_NUMBER, 0));
			assertTrue(line.contains("pte_alloc_one"), "the marker is on the allocation: " + line);

			assertTrue(t.canStepBack());
			String stateAfter = state(top(t));
			t.stepBack();
			assertEquals(lineBefore, top(t).getLineNumber(), "back to the previous line");
			assertEquals(stateBefore, state(top(t)), "with the earlier state");
			assertNotEquals(stateBefore, stateAfter);
			assertEquals(0, variable(top(t), FaultStackFrame.FINDINGS).getValue().getVariables().length);
			assertTrue(findingMarkers().isEmpty(), "the finding is not raised yet: " + findingMarkers());
		}
		assertTrue(findingMarkers().isEmpty(), "terminating removes the markers");
	}

	/** Every variable of a frame with its value, two levels down, as text. */
	private static String state(IStackFrame frame) throws Exception {
		StringBuilder s = new StringBuilder(frame.getName()).append(':').append(frame.getLineNumber()).append('\n');
		for (IVariable v : frame.getVariables()) {
			s.append(v.getName()).append(" = ").append(v.getValue().getValueString()).append('\n');
			for (IVariable c : v.getValue().getVariables())
				s.append("  ").append(c.getName()).append(" = ").append(c.getValue().getValueString()).append('\n');
		}
		return s.toString();
	}

	private static String sourceLine(Launches l, FaultStackFrame frame, int line) throws Exception {
		VersionStorage storage = (VersionStorage) l.launch.getSourceLocator().getSourceElement(frame);
		return new String(storage.bytes(), StandardCharsets.UTF_8).lines().skip(line - 1).findFirst().orElseThrow();
	}

	@Test
	void theSourceOfAFrameIsItsVersionsBlob() throws Exception {
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BOTH)) {
			FaultStackFrame before = (FaultStackFrame) top(l.thread(0));
			FaultStackFrame after = (FaultStackFrame) top(l.thread(1));
			Object found = l.launch.getSourceLocator().getSourceElement(before);
			VersionStorage storage = (VersionStorage) found;
			assertEquals("mm/memory.c", storage.path());
			assertEquals("memory.c", storage.getName());
			assertTrue(storage.isReadOnly());
			assertEquals(FaultlineDebug.VERSION_BEFORE, storage.version());
			assertEquals(ModelledVersions.beforeFiles().get("mm/memory.c"),
					new String(storage.getContents().readAllBytes(), StandardCharsets.UTF_8));
			assertEquals(before.source(), storage, "equal by commit and path");
			String firstLine = new String(storage.bytes(), StandardCharsets.UTF_8).lines()
					.skip(before.getLineNumber() - 1).findFirst().orElseThrow();
			assertTrue(firstLine.contains("__handle_mm_fault"), "the frame's line is the function's: " + firstLine);

			VersionStorage other = (VersionStorage) l.launch.getSourceLocator().getSourceElement(after);
			assertNotEquals(storage, other, "the same path in the other version is another file");
			assertNotEquals(new String(storage.bytes(), StandardCharsets.UTF_8),
					new String(other.bytes(), StandardCharsets.UTF_8), "the seed changes mm/memory.c");
		}
	}

	@Test
	void inLockstepBothVersionsAdvanceTogetherAndStopWhereTheyDiverge() throws Exception {
		try (Launches l = Launches.debug(FaultlineDebug.VERSION_BOTH)) {
			FaultDebugTarget target = l.target;
			assertTrue(target.isLockstep());
			assertEquals(2, target.getThreads().length);
			VersionThread before = l.thread(0), after = l.thread(1);
			assertEquals(FaultlineDebug.VERSION_BEFORE, before.side().label());
			assertEquals(FaultlineDebug.VERSION_AFTER, after.side().label());
			assertTrue(target.divergence().isEmpty(), "both start in __handle_mm_fault");
			assertEquals("__handle_mm_fault", top(before).getName());
			assertEquals("__handle_mm_fault", top(after).getName());

			// the seed allocates the pte table at once in __handle_mm_fault: the versions part at the first call
			before.stepInto();
			Divergence first = target.divergence().orElseThrow(() -> new AssertionError(
					"no divergence at " + top(before) + " / " + top(after)));
			assertEquals(FaultlineDebug.VERSION_AFTER, first.onlyIn(), first.describe());
			assertEquals("__pte_alloc", first.call().function());
			assertEquals("__pte_alloc", top(after).getName());
			assertEquals("__handle_mm_fault", top(before).getName(), "before stays where it is");
			DebugEvent e = l.awaitEvent(ev -> ev.getKind() == DebugEvent.MODEL_SPECIFIC
					&& ev.getDetail() == FaultDebugTarget.DIVERGED);
			assertEquals(first, e.getData());

			after.stepInto();
			assertTrue(target.divergence().isEmpty(), "together again: " + top(before) + " / " + top(after));
			assertEquals("handle_pte_fault", top(before).getName());
			assertEquals("handle_pte_fault", top(after).getName());

			// resume stops where they part next: before allocates the table inside __do_fault, under the page lock
			before.resume();
			Divergence second = target.divergence().orElseThrow(() -> new AssertionError(
					"resume did not stop at a divergence: " + top(before) + " / " + top(after)));
			assertEquals(FaultlineDebug.VERSION_BEFORE, second.onlyIn(), second.describe());
			assertEquals("__pte_alloc", top(before).getName());
			assertEquals("__do_fault", before.getStackFrames()[1].getName());
			assertEquals("filemap_fault", top(after).getName(), "after stays at its last call: " + second.describe());
			assertEquals(second.other(), after.point());

			assertTrue(target.canStepBack());
			target.stepBack();
			assertTrue(target.divergence().isEmpty(), "one call back both versions are together again");
			assertEquals("filemap_fault", top(before).getName());
			assertEquals("filemap_fault", top(after).getName());
		}
	}
}
