package org.faultline.ui.internal.editor;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * Double-clicking an annotation's marker in the Markers, Tasks or Problems view opens its review at the target, in
 * every perspective. Those views open an editor only for a marker on a file; for one on the workspace root they run
 * Show In on the perspective's default part (ADR 0019), which outside the Faultline perspective only selects the
 * root. Each of them is a {@link MarkerSupportView} whose selection provider is its viewer: a double-click listener
 * added there after the view's own goes to the annotation once the view is done with the event.
 */
final class MarkerViewOpening implements IPartListener2 {

	private static final String HOOKED = MarkerViewOpening.class.getName();

	private static final Set<IWorkbenchPage> pages = Collections.newSetFromMap(new WeakHashMap<>());

	private MarkerViewOpening() {
	}

	/** Hooks the marker views of a page, those open and those opened later; once per page. */
	static void install(IWorkbenchPage page) {
		if (!pages.add(page))
			return;
		page.addPartListener(new MarkerViewOpening());
		for (IViewReference ref : page.getViewReferences())
			hook(ref.getPart(false));
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		hook(ref.getPart(false));
	}

	private static void hook(IWorkbenchPart part) {
		if (part instanceof MarkerSupportView view && view.getSite().getSelectionProvider() instanceof StructuredViewer viewer
				&& viewer.getData(HOOKED) == null) {
			viewer.setData(HOOKED, Boolean.TRUE);
			viewer.addDoubleClickListener(e -> open(view.getSite().getPage(), e));
		}
	}

	/** Goes to the first annotation selected, once the view has run its Show In (which activates another part). */
	private static void open(IWorkbenchPage page, DoubleClickEvent event) {
		if (!(event.getSelection() instanceof IStructuredSelection selection))
			return;
		for (Object element : selection)
			if (Adapters.adapt(element, IMarker.class) instanceof IMarker marker
					&& marker.getAttribute(AnnotationMarkers.ANNOTATION_ID, null) != null) {
				event.getViewer().getControl().getDisplay().asyncExec(() -> AnnotationMarkers.goTo(page, marker));
				return;
			}
	}
}
