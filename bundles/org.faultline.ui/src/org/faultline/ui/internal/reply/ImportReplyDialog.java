package org.faultline.ui.internal.reply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.faultline.model.patch.Trailer;
import org.faultline.review.ReplyReader;
import org.faultline.review.ReviewException;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.TitledDialog;
import org.faultline.ui.internal.editor.ReviewEditor;

/**
 * Import Reply: a reply mail to the review's patch, pasted (the clipboard's text is there to start with) or read
 * from a file, read back by {@link ReplyReader} into published annotations by their authors; then a report of what
 * was added and of every comment that could not be matched, with the reason.
 */
public final class ImportReplyDialog extends TitledDialog {

	private static final int READ_FILE_ID = IDialogConstants.CLIENT_ID + 1;

	private final ReviewEditor editor;

	private Text mail;

	public ImportReplyDialog(Shell parent, ReviewEditor editor) {
		super(parent, Messages.Reply_importTitle);
		this.editor = editor;
	}

	@Override
	protected void fill(Composite area) {
		setMessage(Messages.Reply_importMessage);
		mail = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		monospace(mail, 100, 28);
		Clipboard clipboard = new Clipboard(area.getDisplay());
		try {
			if (clipboard.getContents(TextTransfer.getInstance()) instanceof String text)
				mail.setText(text);
		} finally {
			clipboard.dispose();
		}
		mail.addListener(SWT.Modify, e -> getButton(IDialogConstants.OK_ID).setEnabled(!mail.getText().isBlank()));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, READ_FILE_ID, Messages.Reply_readFile, false);
		createButton(parent, IDialogConstants.OK_ID, Messages.Reply_import, true).setEnabled(!mail.getText().isBlank());
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id != READ_FILE_ID) {
			super.buttonPressed(id);
			return;
		}
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.eml;*.txt;*.mbox", "*" });
		String file = dialog.open();
		if (file == null)
			return;
		try {
			mail.setText(Files.readString(Path.of(file), StandardCharsets.UTF_8));
			setErrorMessage(null);
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Reply_cannotRead, file, e.getMessage()));
		}
	}

	@Override
	protected void okPressed() {
		ReplyReader.Result result;
		try {
			result = editor.importReply(mail.getText());
		} catch (ReviewException e) {
			// the reply is not for this patch or names nobody: say so and let it be corrected
			setErrorMessage(NLS.bind(Messages.Reply_cannotImport, e.getMessage()));
			return;
		}
		super.okPressed();
		MessageDialog.open(result.unplaced().isEmpty() ? MessageDialog.INFORMATION : MessageDialog.WARNING, getParentShell(),
				Messages.Reply_importTitle, report(result), SWT.NONE);
	}

	/** What importing did, in words: the comments added, the trailers given, what was not matched and why. */
	public static String report(ReplyReader.Result result) {
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.Reply_imported, result.annotations().size()));
		if (!result.trailers().isEmpty())
			lines.add(NLS.bind(Messages.Reply_trailers,
					String.join(", ", result.trailers().stream().map(ImportReplyDialog::trailer).toList())));
		if (!result.unplaced().isEmpty()) {
			lines.add("");
			lines.add(NLS.bind(Messages.Reply_unplaced, result.unplaced().size()));
			for (ReplyReader.Unplaced u : result.unplaced())
				lines.add(NLS.bind(Messages.Reply_unplacedItem, abbreviated(u.text()), u.reason()));
		}
		return String.join("\n", lines);
	}

	private static String trailer(Trailer t) {
		return t.getKey() + ": " + t.getValue();
	}

	/** The first line of a comment, cut to fit a line of the report. */
	private static String abbreviated(String text) {
		String first = text.strip().lines().findFirst().orElse("");
		return first.length() > 60 ? first.substring(0, 59) + "…" : first;
	}
}
