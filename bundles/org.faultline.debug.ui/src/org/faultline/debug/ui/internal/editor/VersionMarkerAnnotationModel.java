package org.faultline.debug.ui.internal.editor;

import java.util.Arrays;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.faultline.debug.sourcelookup.VersionStorage;

/**
 * The markers of one version's file: breakpoints and findings. They sit on the workspace root (the file is a git
 * blob, not a resource) and name their file and commit in attributes, so the model keeps those that match the
 * storage it annotates, as a resource's marker annotation model keeps the markers of its resource.
 */
final class VersionMarkerAnnotationModel extends AbstractMarkerAnnotationModel {

	private final VersionStorage storage;

	private final IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();

	private final IResourceChangeListener listener = this::changed;

	VersionMarkerAnnotationModel(VersionStorage storage) {
		this.storage = storage;
	}

	@Override
	protected IMarker[] retrieveMarkers() throws CoreException {
		return Arrays.stream(root.findMarkers(IMarker.MARKER, true, IResource.DEPTH_ZERO)).filter(this::isAcceptable)
				.toArray(IMarker[]::new);
	}

	@Override
	protected void deleteMarkers(IMarker[] markers) throws CoreException {
		// the markers belong to the debug model (breakpoints, findings of a launch); an editor never deletes them
	}

	@Override
	protected void listenToMarkerChanges(boolean listen) {
		if (listen)
			root.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
		else
			root.getWorkspace().removeResourceChangeListener(listener);
	}

	@Override
	protected boolean isAcceptable(IMarker marker) {
		return marker.exists() && VersionMarkers.on(marker, storage);
	}

	private void changed(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null || (delta.getFlags() & IResourceDelta.MARKERS) == 0)
			return;
		boolean any = false;
		for (IMarkerDelta d : delta.getMarkerDeltas()) {
			switch (d.getKind()) {
			case IResourceDelta.ADDED -> {
				if (isAcceptable(d.getMarker())) {
					addMarkerAnnotation(d.getMarker());
					any = true;
				}
			}
			case IResourceDelta.REMOVED -> {
				removeMarkerAnnotation(d.getMarker());
				any = true;
			}
			case IResourceDelta.CHANGED -> {
				if (isAcceptable(d.getMarker())) {
					modifyMarkerAnnotation(d.getMarker());
					any = true;
				}
			}
			default -> {
				// no other kinds for markers
			}
			}
		}
		if (any)
			fireModelChanged();
	}
}
