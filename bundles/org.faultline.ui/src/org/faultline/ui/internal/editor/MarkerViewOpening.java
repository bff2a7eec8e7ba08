package org.faultline.ui.internal.editor;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
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
 * Double-clicking one of Faultline's markers in the Markers, Tasks or Problems view opens what it is about, in every
 * perspective: an annotation's marker its review at the target, a debugger's finding the version's file at its line.
 * Those views open an editor only for a marker on a file; for one on the workspace root they run Show In on the
 * perspective's default part (ADR 0019), which outside the Faultline perspective only selects the root. Each of them
 * is a {@link MarkerSupportView} whose selection provider is its viewer: a double-click listener added there after
 * the view's own opens the marker once the view is done with the event.
 */
public final class MarkerViewOpening implements IPartListener2 {

	/** Opens a marker of the type it was registered for. */
	@FunctionalInterface
	public interface MarkerOpener {

		/** @return whether it could open it (what it is about may be gone, e.g. its review closed) */
		boolean open(IWorkbenchPage page, IMarker marker);
	}

	private static final String HOOKED = MarkerViewOpening.class.getName();

	private static final Set<IWorkbenchPage> pages = Collections.newSetFromMap(new WeakHashMap<>());

	/** By marker type; an annotation's marker is always known, other bundles add theirs. */
	private static final Map<String, MarkerOpener> openers = new ConcurrentHashMap<>(
			Map.of(AnnotationMarkers.TYPE, AnnotationMarkers::goTo));

	private MarkerViewOpening() {
	}

	/** Opens markers of {@code type} with {@code opener} from now on. */
	public static void register(String type, MarkerOpener opener) {
		openers.put(type, opener);
	}

	public static void unregister(String type) {
		openers.remove(type);
	}

	/** Hooks the marker views of a page, those open and those opened later; once per page. */
	public static void install(IWorkbenchPage page) {
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

	/**
	 * Opens the first of Faultline's markers selected, once the view has run its Show In (which activates another
	 * part).
	 */
	private static void open(IWorkbenchPage page, DoubleClickEvent event) {
		if (!(event.getSelection() instanceof IStructuredSelection selection))
			return;
		for (Object element : selection)
			if (Adapters.adapt(element, IMarker.class) instanceof IMarker marker
					&& opener(marker) instanceof MarkerOpener opener) {
				event.getViewer().getControl().getDisplay().asyncExec(() -> opener.open(page, marker));
				return;
			}
	}

	private static MarkerOpener opener(IMarker marker) {
		try {
			return openers.get(marker.getType());
		} catch (CoreException e) {
			// deleted since the view listed it: nothing to open
			return null;
		}
	}
}
