package org.faultline.debug.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;
import org.faultline.debug.FaultlineDebug;
import org.faultline.exec.StepSession.Point;

/** Suspends where an interpreted C function is entered, in either version. Its marker is on the workspace root. */
public final class CFunctionBreakpoint extends Breakpoint {

	public static final String FUNCTION = FaultlineDebug.PLUGIN_ID + ".function";

	public CFunctionBreakpoint() {
	}

	/** Makes a function breakpoint and registers it with the breakpoint manager. */
	public CFunctionBreakpoint(String function) throws CoreException {
		setMarker(RootMarkers.create(FaultlineDebug.FUNCTION_BREAKPOINT_MARKER,
				Map.of(FUNCTION, function, IMarker.MESSAGE, "Function breakpoint: " + function + "()")));
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
	}

	@Override
	public String getModelIdentifier() {
		return FaultlineDebug.MODEL_ID;
	}

	public String getFunction() {
		return getMarker().getAttribute(FUNCTION, "");
	}

	/** Whether {@code p} enters the function ({@code previous} is the step before, null at the first). */
	public boolean matches(Point previous, Point p) {
		return p.function().equals(getFunction()) && (previous == null || previous.depth() < p.depth());
	}
}
