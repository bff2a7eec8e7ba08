package org.faultline.debug.ui.internal.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetExtension;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.breakpoints.CFunctionBreakpoint;
import org.faultline.debug.breakpoints.CLineBreakpoint;
import org.faultline.debug.sourcelookup.VersionStorage;
import org.faultline.debug.ui.internal.VersionStorageInput;

/**
 * Line and function breakpoints in a version's file: a line breakpoint where the caret or the ruler click is; a
 * function breakpoint on the C identifier selected or under the caret. Toggling again removes it.
 */
final class ToggleBreakpointsAdapter implements IToggleBreakpointsTargetExtension {

	@Override
	public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
		return storage(part) != null && selection instanceof ITextSelection;
	}

	@Override
	public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		VersionStorage storage = storage(part);
		if (storage == null || !(selection instanceof ITextSelection text))
			return;
		int line = text.getStartLine() + 1;
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		String commit = storage.commit().name();
		for (IBreakpoint b : manager.getBreakpoints(FaultlineDebug.MODEL_ID))
			if (b instanceof CLineBreakpoint l && l.getPath().equals(storage.path()) && l.getLineNumber() == line
					&& (l.getCommit().isEmpty() || l.getCommit().equals(commit))) {
				b.delete();
				return;
			}
		// the line is a line of this version's file: the breakpoint is for this version
		new CLineBreakpoint(storage.path(), line, commit);
	}

	@Override
	public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
		return function(part, selection) != null;
	}

	@Override
	public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		String function = function(part, selection);
		if (function == null)
			return;
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		for (IBreakpoint b : manager.getBreakpoints(FaultlineDebug.MODEL_ID))
			if (b instanceof CFunctionBreakpoint f && f.getFunction().equals(function)) {
				b.delete();
				return;
			}
		new CFunctionBreakpoint(function);
	}

	@Override
	public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
		return false;
	}

	@Override
	public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
		// the model has no watchpoints
	}

	/** Run > Toggle Breakpoint: a function breakpoint when an identifier is selected, else a line breakpoint. */
	@Override
	public boolean canToggleBreakpoints(IWorkbenchPart part, ISelection selection) {
		return canToggleLineBreakpoints(part, selection);
	}

	@Override
	public void toggleBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		if (selection instanceof ITextSelection text && text.getLength() > 0 && function(part, selection) != null)
			toggleMethodBreakpoints(part, selection);
		else
			toggleLineBreakpoints(part, selection);
	}

	private static VersionStorage storage(IWorkbenchPart part) {
		return part instanceof ITextEditor editor && editor.getEditorInput() instanceof VersionStorageInput input
				? input.getStorage()
				: null;
	}

	/** The C identifier selected, or under the caret when nothing is selected; null when there is none. */
	private static String function(IWorkbenchPart part, ISelection selection) {
		if (storage(part) == null || !(selection instanceof ITextSelection text))
			return null;
		ITextEditor editor = (ITextEditor) part;
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			int start = text.getOffset();
			int end = start + text.getLength();
			if (text.getLength() == 0) {
				while (start > 0 && identifierPart(document.getChar(start - 1)))
					start--;
				while (end < document.getLength() && identifierPart(document.getChar(end)))
					end++;
			}
			String word = document.get(start, end - start).strip();
			return word.matches("[A-Za-z_][A-Za-z0-9_]*") ? word : null;
		} catch (BadLocationException e) {
			return null;
		}
	}

	private static boolean identifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}
}
