package org.faultline.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.handlers.HandlerUtil;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.review.view.AnnotationLabels;
import org.faultline.ui.internal.Messages;

/** Annotate (the key binding and menus): asks for the text and pins it to the review editor's selection. */
public final class AnnotateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ReviewEditor editor)
			askAndAnnotate(editor);
		return null;
	}

	static void askAndAnnotate(ReviewEditor editor) {
		AnnotationTarget target = editor.selectedTarget();
		if (target == null) {
			MessageDialog.openInformation(editor.getSite().getShell(), Messages.Annotate_title, Messages.Annotate_nothing);
			return;
		}
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), Messages.Annotate_title,
				NLS.bind(Messages.Annotate_prompt, AnnotationLabels.target(target)), "",
				text -> text.isBlank() ? Messages.Annotate_empty : null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
			}
		};
		if (dialog.open() == IDialogConstants.OK_ID)
			editor.annotateSelection(dialog.getValue());
	}
}
