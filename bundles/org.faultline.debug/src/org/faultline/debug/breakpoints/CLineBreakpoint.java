package org.faultline.debug.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.LineBreakpoint;
import org.faultline.debug.FaultlineDebug;
import org.faultline.exec.StepSession.Point;

/**
 * A line breakpoint in a version's C file. The files come from git, not from the workspace, so the marker is
 * put on the workspace root with the repository-relative path (and, when it is for one version only, the
 * commit) as attributes, as JDT does for files outside the workspace.
 */
public final class CLineBreakpoint extends LineBreakpoint {

	/** For the breakpoint manager, which restores breakpoints from their markers. */
	public CLineBreakpoint() {
	}

	/**
	 * Makes a line breakpoint and registers it with the breakpoint manager.
	 *
	 * @param path   the repository-relative path, e.g. {@code mm/memory.c}
	 * @param line   1-based
	 * @param commit the commit of the one version it is for, or empty for both versions' files at that path
	 */
	public CLineBreakpoint(String path, int line, String commit) throws CoreException {
		setMarker(RootMarkers.create(FaultlineDebug.LINE_BREAKPOINT_MARKER,
				Map.of(IMarker.LINE_NUMBER, line, IMarker.MESSAGE, "Line breakpoint: " + path + " [line: " + line + "]",
						FaultlineDebug.MARKER_PATH, path, FaultlineDebug.MARKER_COMMIT, commit)));
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
	}

	@Override
	public String getModelIdentifier() {
		return FaultlineDebug.MODEL_ID;
	}

	/** The repository-relative path of the file. */
	public String getPath() {
		return getMarker().getAttribute(FaultlineDebug.MARKER_PATH, "");
	}

	/** The commit of the version it is for; empty for any. */
	public String getCommit() {
		return getMarker().getAttribute(FaultlineDebug.MARKER_COMMIT, "");
	}

	/** Whether a step of the version at {@code commit} is on this line. */
	public boolean matches(String commit, Point p) throws CoreException {
		return p.line() == getLineNumber() && p.file().equals(getPath())
				&& (getCommit().isEmpty() || getCommit().equals(commit));
	}
}
