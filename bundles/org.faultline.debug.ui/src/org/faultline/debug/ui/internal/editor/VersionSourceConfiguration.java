package org.faultline.debug.ui.internal.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.faultline.ui.internal.editor.CSourceConfiguration;

/** The review editor's C colouring, with the text editor's hovers on the ruler (breakpoints, findings). */
final class VersionSourceConfiguration extends TextSourceViewerConfiguration {

	private final CSourceConfiguration colouring = new CSourceConfiguration();

	VersionSourceConfiguration(IPreferenceStore preferences) {
		super(preferences);
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		return colouring.getPresentationReconciler(sourceViewer);
	}
}
