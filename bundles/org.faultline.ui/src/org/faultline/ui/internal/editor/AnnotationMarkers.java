package org.faultline.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.LineTarget;
import org.faultline.review.view.AnnotationLabels;
import org.faultline.ui.internal.FaultlineUiPlugin;
import org.faultline.ui.internal.Messages;

/**
 * A review's annotations as workspace markers, so the Tasks and Markers views list them. What an annotation is
 * pinned to lives in a commit of a version, never in a workspace file, so every marker is on the workspace root and
 * its attributes say where: the location label, the line, the annotation's id and the editor it belongs to. Markers
 * are not persistent: they exist while their review is open, and are replaced whenever its annotations change.
 */
public final class AnnotationMarkers {

	/** The marker type, a text marker and a task marker. */
	public static final String TYPE = "org.faultline.ui.annotationMarker";

	/** The id of the annotation a marker stands for. */
	public static final String ANNOTATION_ID = "org.faultline.ui.annotationId";

	/** The family of the jobs that write markers. */
	public static final Object FAMILY = AnnotationMarkers.class;

	/** Which open review a marker belongs to: one value per editor. */
	private static final String REVIEW = "org.faultline.ui.review";

	private final String review = UUID.randomUUID().toString();

	/** Updates run one after the other, the last one wins. */
	private final ISchedulingRule serial = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	/** Replaces this review's markers by one per annotation (replies included), read here, written by a job. */
	void update(List<Annotation> annotations) {
		List<Map<String, Object>> markers = new ArrayList<>();
		collect(annotations, markers);
		schedule(markers);
	}

	/** Removes this review's markers. */
	void clear() {
		schedule(List.of());
	}

	private void collect(List<Annotation> annotations, List<Map<String, Object>> markers) {
		for (Annotation a : annotations) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, a.getAuthor() + ": " + a.getText().strip().replace('\n', ' '));
			attributes.put(IMarker.LOCATION, AnnotationLabels.target(a.getTarget()));
			if (a.getTarget() instanceof LineTarget l)
				attributes.put(IMarker.LINE_NUMBER, l.getFirstLine());
			attributes.put(IMarker.PRIORITY, a.isDraft() ? IMarker.PRIORITY_HIGH : IMarker.PRIORITY_NORMAL);
			attributes.put(IMarker.USER_EDITABLE, Boolean.FALSE);
			attributes.put(IMarker.TRANSIENT, Boolean.TRUE);
			attributes.put(ANNOTATION_ID, a.getId());
			attributes.put(REVIEW, review);
			markers.add(attributes);
			collect(a.getReplies(), markers);
		}
	}

	private void schedule(List<Map<String, Object>> markers) {
		Job job = new Job(Messages.Markers_update) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				IWorkspace workspace = ResourcesPlugin.getWorkspace();
				try {
					workspace.run(m -> {
						IWorkspaceRoot root = workspace.getRoot();
						for (IMarker old : root.findMarkers(TYPE, false, IResource.DEPTH_ZERO))
							if (review.equals(old.getAttribute(REVIEW, null)))
								old.delete();
						for (Map<String, Object> attributes : markers)
							root.createMarker(TYPE, attributes);
					}, null, IWorkspace.AVOID_UPDATE, monitor);
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return FaultlineUiPlugin.error(e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(serial);
		job.setSystem(true);
		job.schedule();
	}

	/**
	 * Shows what a marker's annotation is pinned to, in the open review that has it.
	 *
	 * @return whether an open review has it
	 */
	public static boolean goTo(IWorkbenchPage page, IMarker marker) {
		String id = marker.getAttribute(ANNOTATION_ID, null);
		if (id == null)
			return false;
		for (IEditorReference ref : page.getEditorReferences())
			if (ref.getEditor(false) instanceof ReviewEditor editor && editor.hasReview()) {
				Annotation annotation = find(editor.document().getAnnotations(), id);
				if (annotation != null) {
					page.activate(editor);
					editor.reveal(annotation.getTarget());
					return true;
				}
			}
		return false;
	}

	private static Annotation find(List<Annotation> annotations, String id) {
		for (Annotation a : annotations) {
			if (id.equals(a.getId()))
				return a;
			Annotation reply = find(a.getReplies(), id);
			if (reply != null)
				return reply;
		}
		return null;
	}
}
