package org.faultline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.faultline.ui.internal.editor.PageClasses;
import org.junit.jupiter.api.Test;

/** The classes the review job loads ahead of the editor's pages are all in this platform. */
class PageClassesTest {

	@Test
	void everyListedClassLoads() {
		assertEquals(List.of(), PageClasses.missing(),
				"page-classes.txt names classes this platform does not have: make the list again (ADR 0041)");
	}
}
