package org.faultline.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.faultline.model.review.AnnotationTarget;

/** A page of the review editor: it reads the review document and calls the session, nothing more. */
interface ReviewPage {

	Control create(Composite parent);

	/**
	 * Makes the next part of the page, each part short enough for the display to stay responsive when the page is made
	 * before it is shown; true once the page is whole. A page made in one part just creates itself.
	 */
	default boolean createStep(Composite parent) {
		create(parent);
		return true;
	}

	String title();

	/** What the selection on this page is, as an annotation would pin it; null when nothing can be annotated. */
	AnnotationTarget selectedTarget();

	/** Shows what an annotation is pinned to, when it is on this page. */
	default boolean reveal(AnnotationTarget target) {
		return false;
	}

	/** The review's annotations changed: redraw marks. */
	default void annotationsChanged() {
	}
}
