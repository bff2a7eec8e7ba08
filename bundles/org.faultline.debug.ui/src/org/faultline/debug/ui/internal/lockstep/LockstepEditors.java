package org.faultline.debug.ui.internal.lockstep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MArea;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IReusableEditor;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.texteditor.ITextEditor;
import org.faultline.debug.model.Divergence;
import org.faultline.debug.model.FaultDebugTarget;
import org.faultline.debug.model.FaultStackFrame;
import org.faultline.debug.ui.internal.DebugUiPlugin;
import org.faultline.debug.ui.internal.Messages;
import org.faultline.debug.ui.internal.VersionStorageInput;
import org.faultline.debug.ui.internal.editor.VersionSourceEditor;

/**
 * Lays out a lockstep launch: each version's current frame in its own editor, the first version's on the left and
 * the second's in an editor stack to its right, both with the current line marked, after every suspend. The Debug
 * view shows the source of the one frame it has chosen and reuses its editor for the next; opening both versions'
 * files first means it finds each in its own editor. When the versions diverge, the divergence is marked in both
 * editors and announced on the status line.
 */
public final class LockstepEditors implements IDebugEventSetListener {

	/** The annotation type of the line where the versions part (plugin.xml gives it its colour). */
	public static final String DIVERGENCE_ANNOTATION = "org.faultline.debug.ui.divergence";

	private final Map<IThread, IEditorPart> editors = new HashMap<>();

	/** The annotations this class put in an editor: its current line, and the divergence. */
	private final Map<ITextEditor, List<Annotation>> marks = new HashMap<>();

	private LockstepEditors() {
	}

	public static LockstepEditors start() {
		LockstepEditors editors = new LockstepEditors();
		DebugPlugin.getDefault().addDebugEventListener(editors);
		return editors;
	}

	public void stop() {
		DebugPlugin.getDefault().removeDebugEventListener(this);
	}

	@Override
	public void handleDebugEvents(DebugEvent[] events) {
		FaultDebugTarget suspended = null;
		for (DebugEvent e : events) {
			FaultDebugTarget target = target(e.getSource());
			if (target == null || !lockstep(target))
				continue;
			if (e.getKind() == DebugEvent.SUSPEND || e.getDetail() == FaultDebugTarget.DIVERGED)
				suspended = target;
			if (e.getKind() == DebugEvent.TERMINATE && e.getSource() == target)
				ui(() -> forget(target));
		}
		if (suspended != null) {
			FaultDebugTarget target = suspended;
			ui(() -> show(target));
		}
	}

	private static FaultDebugTarget target(Object source) {
		if (source instanceof FaultDebugTarget t)
			return t;
		return source instanceof IThread thread && thread.getDebugTarget() instanceof FaultDebugTarget t ? t : null;
	}

	private static boolean lockstep(FaultDebugTarget target) {
		return target.isLockstep();
	}

	private static void ui(Runnable r) {
		if (PlatformUI.isWorkbenchRunning())
			PlatformUI.getWorkbench().getDisplay().asyncExec(r);
	}

	/** Both versions' current lines, side by side. */
	void show(FaultDebugTarget target) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null || target.isTerminated())
			return;
		try {
			IThread[] threads = target.getThreads();
			IEditorPart[] shown = new IEditorPart[threads.length];
			FaultStackFrame[] frames = new FaultStackFrame[threads.length];
			for (int i = 0; i < threads.length; i++) {
				if (!(threads[i].getTopStackFrame() instanceof FaultStackFrame frame))
					continue;
				frames[i] = frame;
				shown[i] = open(page, threads[i], new VersionStorageInput(frame.source()), i == 0 ? null : shown[0]);
			}
			if (shown[0] != null && shown[1] != null)
				besides(shown[0], shown[1]);
			String divergence = target.divergence().map(Divergence::describe).orElse(null);
			for (int i = 0; i < threads.length; i++)
				if (shown[i] instanceof ITextEditor editor) {
					page.bringToTop(editor);
					mark(editor, frames[i], divergence);
				}
			if (divergence != null)
				announce(page, divergence, shown);
		} catch (DebugException | PartInitException e) {
			StatusManager.getManager().handle(DebugUiPlugin.error(NLS.bind(Messages.Lockstep_cannotOpen, e.getMessage()), e),
					StatusManager.LOG);
		}
	}

	/**
	 * The editor of a thread's current file: the one already showing it, else the thread's previous editor given
	 * the file, else a new one. Never the other version's editor ({@code taken}).
	 */
	private IEditorPart open(IWorkbenchPage page, IThread thread, IEditorInput input, IEditorPart taken)
			throws PartInitException {
		IEditorPart editor = null;
		for (IEditorReference ref : page.findEditors(input, VersionSourceEditor.ID,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID))
			if (ref.getEditor(true) != taken)
				editor = ref.getEditor(true);
		IEditorPart previous = editors.get(thread);
		if (editor == null && previous instanceof IReusableEditor reusable && previous != taken && open(page, previous)) {
			page.reuseEditor(reusable, input);
			editor = previous;
		}
		if (editor == null)
			editor = page.openEditor(input, VersionSourceEditor.ID, false, IWorkbenchPage.MATCH_NONE);
		editors.put(thread, editor);
		return editor;
	}

	private static boolean open(IWorkbenchPage page, IEditorPart editor) {
		for (IEditorReference ref : page.getEditorReferences())
			if (ref.getEditor(false) == editor)
				return true;
		return false;
	}

	/** Puts the second editor in another stack of the editor area, to the right of the first, made if needed. */
	private static void besides(IEditorPart first, IEditorPart second) {
		MPart left = first.getSite().getService(MPart.class);
		MPart right = second.getSite().getService(MPart.class);
		EModelService models = first.getSite().getService(EModelService.class);
		if (left == null || right == null || models == null || left == right || left.getParent() != right.getParent())
			return;
		MUIElement leftStack = left.getParent();
		MPartStack target = null;
		MUIElement area = leftStack;
		while (area != null && !(area instanceof MArea))
			area = area.getParent();
		if (area != null)
			for (MPartStack stack : models.findElements(area, null, MPartStack.class, null))
				if (stack != leftStack && stack.isToBeRendered())
					target = stack;
		if (target == null) {
			target = models.createModelElement(MPartStack.class);
			target.getTags().add("EditorStack");
			models.insert(target, (MPartSashContainerElement) leftStack, EModelService.RIGHT_OF, 0.5f);
		}
		target.getChildren().add(right);
		target.setSelectedElement(right);
		left.getParent().setSelectedElement(left);
	}

	/** Marks the frame's line as current, and as where the versions part once they have. */
	private void mark(ITextEditor editor, FaultStackFrame frame, String divergence) throws DebugException {
		IEditorInput input = editor.getEditorInput();
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(input);
		IDocument document = editor.getDocumentProvider().getDocument(input);
		if (model == null || document == null)
			return;
		for (Annotation old : marks.getOrDefault(editor, List.of()))
			model.removeAnnotation(old);
		try {
			IRegion line = document.getLineInformation(frame.getLineNumber() - 1);
			Position at = new Position(line.getOffset(), line.getLength());
			Annotation current = new Annotation(IDebugUIConstants.ANNOTATION_TYPE_INSTRUCTION_POINTER_CURRENT, false,
					frame.getName());
			model.addAnnotation(current, at);
			List<Annotation> added = new ArrayList<>(List.of(current));
			if (divergence != null) {
				Annotation parted = new Annotation(DIVERGENCE_ANNOTATION, false,
						NLS.bind(Messages.Lockstep_diverged, divergence));
				model.addAnnotation(parted, new Position(at.offset, at.length));
				added.add(parted);
			}
			marks.put(editor, added);
			editor.selectAndReveal(line.getOffset(), 0);
		} catch (BadLocationException e) {
			// the frame's line is past the file's end: the model and the file disagree; leave the editor as it is
		}
	}

	/** Says that the versions diverge on the status line of the active part and of both editors. */
	private static void announce(IWorkbenchPage page, String divergence, IEditorPart... editors) {
		String message = NLS.bind(Messages.Lockstep_diverged, divergence);
		IWorkbenchPart active = page.getActivePart();
		if (active != null && active.getSite() instanceof IViewSite view)
			view.getActionBars().getStatusLineManager().setErrorMessage(message);
		for (IEditorPart editor : editors)
			if (editor != null && editor.getSite() instanceof IEditorSite site)
				site.getActionBars().getStatusLineManager().setErrorMessage(message);
	}

	/** After the launch: its threads' editors stay open, without the lines this class marked. */
	private void forget(FaultDebugTarget target) {
		editors.keySet().removeIf(thread -> thread.getDebugTarget() == target);
		marks.forEach((editor, annotations) -> {
			IAnnotationModel model = editor.getDocumentProvider() == null ? null
					: editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			if (model != null)
				annotations.forEach(model::removeAnnotation);
		});
		marks.clear();
	}
}
