package org.faultline.debug.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;
import org.faultline.debug.FaultlineDebug;
import org.faultline.exec.Finding;
import org.faultline.model.exec.FindingKind;

/**
 * Suspends right after a step raises a finding: of one kind, or of any kind. Its marker is on the workspace
 * root.
 */
public final class FindingBreakpoint extends Breakpoint {

	/** Marker attribute: the {@link FindingKind} literal, or empty for any kind. */
	public static final String KIND = FaultlineDebug.PLUGIN_ID + ".findingKind";

	public FindingBreakpoint() {
	}

	/**
	 * Makes a finding breakpoint and registers it with the breakpoint manager.
	 *
	 * @param kind the kind to suspend on, or null for any
	 */
	public FindingBreakpoint(FindingKind kind) throws CoreException {
		setMarker(RootMarkers.create(FaultlineDebug.FINDING_BREAKPOINT_MARKER,
				Map.of(KIND, kind == null ? "" : kind.getLiteral(), IMarker.MESSAGE,
						"Finding breakpoint: " + (kind == null ? "any finding" : Finding.title(kind)))));
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
	}

	@Override
	public String getModelIdentifier() {
		return FaultlineDebug.MODEL_ID;
	}

	/** The kind it suspends on, or null for any. */
	public FindingKind getKind() {
		String literal = getMarker().getAttribute(KIND, "");
		return literal.isEmpty() ? null : FindingKind.get(literal);
	}

	public boolean matches(Finding f) {
		FindingKind kind = getKind();
		return kind == null || kind == f.kind();
	}
}
