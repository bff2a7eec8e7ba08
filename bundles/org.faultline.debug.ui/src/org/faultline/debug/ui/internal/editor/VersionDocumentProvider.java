package org.faultline.debug.ui.internal.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.editors.text.StorageDocumentProvider;
import org.faultline.debug.ui.internal.VersionStorageInput;

/** Reads a version's file from git; the annotation model puts the markers of that file and version on it. */
final class VersionDocumentProvider extends StorageDocumentProvider {

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) throws CoreException {
		if (element instanceof VersionStorageInput input)
			return new VersionMarkerAnnotationModel(input.getStorage());
		return super.createAnnotationModel(element);
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true;
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}
}
