package org.faultline.debug.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.model.VersionSide;
import org.faultline.exec.Finding;
import org.faultline.exec.StepSession.Raised;

/**
 * The findings a launch's threads have seen so far, as {@value FaultlineDebug#FINDING_MARKER} markers on the
 * workspace root: the version's files come from git and are no workspace resources, so each marker names its
 * file by repository-relative path and commit. A step that raises a finding adds its marker; a step back past
 * it removes it again; terminating the launch removes them all.
 */
public final class FindingMarkers {

	private final Map<VersionSide, Map<Raised, IMarker>> shown = new HashMap<>();

	/** Makes the markers of {@code side} those of {@code seen}. */
	public synchronized void show(VersionSide side, List<Raised> seen) throws CoreException {
		Map<Raised, IMarker> now = shown.computeIfAbsent(side, k -> new LinkedHashMap<>());
		Set<Raised> wanted = new HashSet<>(seen);
		if (now.keySet().equals(wanted))
			return;
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		ResourcesPlugin.getWorkspace().run(monitor -> {
			for (var it = now.entrySet().iterator(); it.hasNext();) {
				var e = it.next();
				if (!wanted.contains(e.getKey())) {
					e.getValue().delete();
					it.remove();
				}
			}
			for (Raised r : seen)
				if (!now.containsKey(r))
					now.put(r, create(root, side, r));
		}, root, IWorkspace.AVOID_UPDATE, null);
	}

	private static IMarker create(IWorkspaceRoot root, VersionSide side, Raised r) throws CoreException {
		Finding f = r.finding();
		return root.createMarker(FaultlineDebug.FINDING_MARKER,
				Map.of(IMarker.MESSAGE, f.title() + ": " + f.message(), IMarker.SEVERITY, IMarker.SEVERITY_WARNING,
						IMarker.LINE_NUMBER, f.line(), IMarker.LOCATION,
						f.file() + ":" + f.line() + " (" + side.label() + ")", FaultlineDebug.MARKER_PATH, f.file(),
						FaultlineDebug.MARKER_COMMIT, side.commit().name(), FaultlineDebug.MARKER_VERSION,
						side.label(), FaultlineDebug.MARKER_FINDING_KIND, f.kind().getLiteral(),
						FaultlineDebug.MARKER_STEP, r.step(), IMarker.TRANSIENT, true));
	}

	/** The markers shown now, of every side. */
	public synchronized List<IMarker> markers() {
		List<IMarker> all = new ArrayList<>();
		shown.values().forEach(m -> all.addAll(m.values()));
		return all;
	}

	/** Removes every marker this launch made. */
	public synchronized void clear() throws CoreException {
		List<IMarker> all = markers();
		shown.clear();
		if (all.isEmpty())
			return;
		ResourcesPlugin.getWorkspace().run(monitor -> {
			for (IMarker m : all)
				m.delete();
		}, ResourcesPlugin.getWorkspace().getRoot(), IWorkspace.AVOID_UPDATE, null);
	}
}
