package org.faultline.debug.ui.internal.editor;

import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.actions.ToggleBreakpointAction;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * A version's C file as the debugger shows it: read-only, coloured as C, with breakpoints, findings and the current
 * line in the ruler. A double click on the ruler toggles a line breakpoint.
 */
public final class VersionSourceEditor extends AbstractDecoratedTextEditor {

	public static final String ID = "org.faultline.debug.ui.versionSourceEditor";

	private static final String RULER_CONTEXT = "#VersionSourceRulerContext";

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setDocumentProvider(new VersionDocumentProvider());
		setSourceViewerConfiguration(new VersionSourceConfiguration(getPreferenceStore()));
		setRulerContextMenuId(RULER_CONTEXT);
	}

	@Override
	protected void createActions() {
		super.createActions();
		setAction(ITextEditorActionConstants.RULER_DOUBLE_CLICK, new ToggleBreakpointAction(this, null, getVerticalRuler()));
	}

	@Override
	public boolean isEditable() {
		return false;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IToggleBreakpointsTarget.class)
			return adapter.cast(new ToggleBreakpointsAdapter());
		return super.getAdapter(adapter);
	}
}
