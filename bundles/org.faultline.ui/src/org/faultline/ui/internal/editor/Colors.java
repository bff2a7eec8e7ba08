package org.faultline.ui.internal.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.faultline.model.c.CChangeStatus;

/** The colours of the review editor, one meaning each, from JFace's colour registry. */
enum Colors {
	ADDED(new RGB(214, 240, 214)), REMOVED(new RGB(248, 215, 215)), CHANGED(new RGB(253, 233, 200)),
	ADDED_LINE(new RGB(46, 139, 60)), REMOVED_LINE(new RGB(200, 40, 40)), CHANGED_LINE(new RGB(220, 130, 0)),
	UNCHANGED_LINE(new RGB(150, 150, 150)), MOVED_LINE(new RGB(40, 90, 200)),
	MARKED_BACKGROUND(new RGB(255, 244, 170)), ANNOTATED(new RGB(255, 250, 205)),
	BADGE_EXACT(new RGB(205, 235, 205)), BADGE_OFFSET(new RGB(225, 235, 250)), BADGE_REPAIRED(new RGB(253, 233, 200)),
	BADGE_FAILED(new RGB(248, 200, 200));

	private final RGB rgb;

	Colors(RGB rgb) {
		this.rgb = rgb;
	}

	Color get() {
		String key = "org.faultline.ui." + name();
		if (!JFaceResources.getColorRegistry().hasValueFor(key))
			JFaceResources.getColorRegistry().put(key, rgb);
		return JFaceResources.getColorRegistry().get(key);
	}

	/** A function's or row's tint by what happened to it; null when unchanged. */
	static Color of(CChangeStatus status) {
		return switch (status) {
		case ADDED -> ADDED.get();
		case REMOVED -> REMOVED.get();
		case CHANGED -> CHANGED.get();
		case UNCHANGED -> null;
		};
	}
}
