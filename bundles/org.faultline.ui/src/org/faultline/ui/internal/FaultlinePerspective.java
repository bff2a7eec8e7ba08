package org.faultline.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.faultline.ui.FaultlineUi;

/**
 * The Faultline perspective: the patch under review in the middle, the workspace on the left, progress
 * and problems below.
 */
public final class FaultlinePerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editorArea);
		layout.addView(FaultlineUi.PATCH_VIEW_ID, IPageLayout.RIGHT, 0.2f, editorArea);
		IFolderLayout bottom = layout.createFolder("org.faultline.ui.bottom", IPageLayout.BOTTOM, 0.75f,
				FaultlineUi.PATCH_VIEW_ID);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(FaultlineUi.PATCH_VIEW_ID);
		layout.addPerspectiveShortcut(FaultlineUi.PERSPECTIVE_ID);
	}
}
