package org.faultline.debug.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.faultline.debug.FaultlineDebug;

/**
 * Makes a breakpoint's marker on the workspace root: the versions' files come from git, so no file resource can
 * carry it. One workspace operation, so listeners never see a marker without its attributes.
 */
final class RootMarkers {

	private RootMarkers() {
	}

	/** A new enabled marker of {@code type} for one of our breakpoints, with {@code attributes} besides. */
	static IMarker create(String type, Map<String, Object> attributes) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceRoot root = workspace.getRoot();
		IMarker[] made = new IMarker[1];
		workspace.run(monitor -> {
			IMarker marker = root.createMarker(type);
			marker.setAttributes(attributes.keySet().toArray(String[]::new), attributes.values().toArray());
			marker.setAttribute(IBreakpoint.ENABLED, true);
			marker.setAttribute(IBreakpoint.ID, FaultlineDebug.MODEL_ID);
			made[0] = marker;
		}, workspace.getRuleFactory().markerRule(root), 0, null);
		return made[0];
	}
}
