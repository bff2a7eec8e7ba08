package org.faultline.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.faultline.ui.FaultlineUi;

/**
 * The Faultline perspective: reviews in the editor area, the patch as received and the workspace on the left,
 * annotations and progress below.
 */
public final class FaultlinePerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("org.faultline.ui.left", IPageLayout.LEFT, 0.16f, editorArea);
		left.addView(FaultlineUi.PATCH_VIEW_ID);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("org.faultline.ui.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(FaultlineUi.ANNOTATIONS_VIEW_ID);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(FaultlineUi.PATCH_VIEW_ID);
		layout.addShowViewShortcut(FaultlineUi.ANNOTATIONS_VIEW_ID);
		layout.addPerspectiveShortcut(FaultlineUi.PERSPECTIVE_ID);
	}
}
