package org.faultline.ui.internal.reply;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.editor.ReviewEditor;
import org.faultline.ui.internal.views.AnnotationsView;

/**
 * Export Reply and Import Reply, from the review editor or from the Annotations view (on the review it shows).
 */
public abstract sealed class ReplyHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ReviewEditor editor = review(HandlerUtil.getActivePart(event));
		if (editor == null)
			MessageDialog.openInformation(shell, Messages.Reply_title, Messages.Reply_noReview);
		else
			open(shell, editor);
		return null;
	}

	abstract void open(Shell shell, ReviewEditor editor);

	private static ReviewEditor review(IWorkbenchPart part) {
		return switch (part) {
			case ReviewEditor e when e.hasReview() -> e;
			case AnnotationsView v -> v.review();
			case null, default -> null;
		};
	}

	public static final class Export extends ReplyHandler {
		@Override
		void open(Shell shell, ReviewEditor editor) {
			new ExportReplyDialog(shell, editor).open();
		}
	}

	public static final class Import extends ReplyHandler {
		@Override
		void open(Shell shell, ReviewEditor editor) {
			new ImportReplyDialog(shell, editor).open();
		}
	}
}
