package org.faultline.debug.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.FaultlineDebug.Settings;
import org.faultline.debug.model.FaultDebugTarget;
import org.faultline.debug.model.VersionThread;

/** Launches of the seed's read fault through the launch configuration, and what the tests read from them. */
final class Launches implements IDebugEventSetListener, AutoCloseable {

	static final String SCENARIO = "read-cached-pmd-none";

	final ILaunch launch;
	final FaultDebugTarget target;
	private final List<DebugEvent> events = new ArrayList<>();

	private Launches(Settings settings, String mode) throws CoreException {
		DebugPlugin.getDefault().addDebugEventListener(this);
		launch = FaultlineDebug.newConfiguration("test " + SCENARIO, settings).launch(mode, new NullProgressMonitor());
		target = (FaultDebugTarget) launch.getDebugTarget();
		assertNotNull(target, "the launch has no debug target");
	}

	/** The seed patch on the modelled tree, suspended at the first statement. */
	static Launches debug(String version) throws CoreException {
		return new Launches(Settings.seed(version, SCENARIO), ILaunchManager.DEBUG_MODE);
	}

	static Launches debug(Settings settings) throws CoreException {
		return new Launches(settings, ILaunchManager.DEBUG_MODE);
	}

	static Launches run(String version) throws CoreException {
		return new Launches(Settings.seed(version, SCENARIO), ILaunchManager.RUN_MODE);
	}

	VersionThread thread(int i) {
		return target.versionThreads().get(i);
	}

	static IStackFrame top(VersionThread t) {
		IStackFrame f = t.getTopStackFrame();
		assertNotNull(f, "no frame at step " + t.session().position());
		return f;
	}

	/** Steps into until the top frame is in {@code function}; fails after the end. */
	static void stepIntoUntil(VersionThread t, String function) throws DebugException {
		while (!top(t).getName().equals(function)) {
			if (!t.canStepInto())
				fail("the run ended before reaching " + function);
			t.stepInto();
		}
	}

	/** The variable at a path of names, from the frame's variables; fails naming what is there instead. */
	static IVariable variable(IStackFrame frame, String... path) throws DebugException {
		IVariable[] level = frame.getVariables();
		IVariable found = null;
		for (String name : path) {
			found = null;
			for (IVariable v : level)
				if (v.getName().equals(name))
					found = v;
			if (found == null)
				fail("no variable " + name + " of " + Arrays.toString(path) + " among "
						+ Arrays.stream(level).map(IVariable::toString).toList());
			level = found.getValue().getVariables();
		}
		return found;
	}

	static List<String> children(IVariable v) throws DebugException {
		List<String> out = new ArrayList<>();
		for (IVariable c : v.getValue().getVariables())
			out.add(c.getName() + " = " + c.getValue().getValueString());
		return out;
	}

	/** The finding markers on the workspace root. */
	static List<IMarker> findingMarkers() throws CoreException {
		return List.of(ResourcesPlugin.getWorkspace().getRoot().findMarkers(FaultlineDebug.FINDING_MARKER, false,
				IResource.DEPTH_ZERO));
	}

	@Override
	public synchronized void handleDebugEvents(DebugEvent[] set) {
		events.addAll(Arrays.asList(set));
		notifyAll();
	}

	/** Waits (a few seconds at most) for an event: the platform hands them out on its own thread. */
	synchronized DebugEvent awaitEvent(Predicate<DebugEvent> wanted) throws InterruptedException {
		long end = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < end) {
			for (DebugEvent e : events)
				if (wanted.test(e))
					return e;
			wait(100);
		}
		return fail("no such debug event among " + events);
	}

	@Override
	public void close() throws DebugException {
		DebugPlugin.getDefault().removeDebugEventListener(this);
		target.terminate();
	}
}
