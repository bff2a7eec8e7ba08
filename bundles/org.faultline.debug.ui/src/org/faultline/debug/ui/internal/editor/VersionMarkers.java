package org.faultline.debug.ui.internal.editor;

import org.eclipse.core.resources.IMarker;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.sourcelookup.VersionStorage;

/**
 * Which markers on the workspace root are about a version's file: same path, and same commit unless they name none
 * (a breakpoint for every version).
 */
final class VersionMarkers {

	private VersionMarkers() {
	}

	static boolean on(IMarker marker, VersionStorage storage) {
		String commit = marker.getAttribute(FaultlineDebug.MARKER_COMMIT, "");
		return storage.path().equals(marker.getAttribute(FaultlineDebug.MARKER_PATH, null))
				&& (commit.isEmpty() || commit.equals(storage.commit().name()));
	}
}
