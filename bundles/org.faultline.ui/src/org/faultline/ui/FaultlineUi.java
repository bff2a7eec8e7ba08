package org.faultline.ui;

/**
 * Identifiers of Faultline's workbench contributions, for code that opens them.
 */
public final class FaultlineUi {

	public static final String PLUGIN_ID = "org.faultline.ui";

	public static final String PERSPECTIVE_ID = "org.faultline.ui.perspective";

	public static final String PATCH_VIEW_ID = "org.faultline.ui.views.patch";

	public static final String ANNOTATIONS_VIEW_ID = "org.faultline.ui.views.annotations";

	public static final String REVIEW_EDITOR_ID = "org.faultline.ui.reviewEditor";

	private FaultlineUi() {
	}
}
