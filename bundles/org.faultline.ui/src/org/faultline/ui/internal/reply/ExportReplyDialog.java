package org.faultline.ui.internal.reply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.faultline.model.review.Annotation;
import org.faultline.review.ReplyWriter;
import org.faultline.review.ReviewException;
import org.faultline.ui.internal.FaultlineUiPlugin;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.TitledDialog;
import org.faultline.ui.internal.WrappedText;
import org.faultline.ui.internal.editor.ReviewEditor;

/**
 * Export Reply: the review as the reply mail {@link ReplyWriter} writes, previewed as it will be sent, from the
 * reviewer of the preferences, with a trailer or none, drafts in or out; then copied or saved. The drafts sent can
 * be marked published, so the next reply does not send them again.
 */
public final class ExportReplyDialog extends TitledDialog {

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private static final int SAVE_ID = IDialogConstants.CLIENT_ID + 2;

	/** The trailers a reviewer gives; the first, none. */
	private static final String[] TRAILERS = { null, "Reviewed-by", "Acked-by" };

	private final ReviewEditor editor;

	private final PersonIdent reviewer;

	private Combo trailer;

	private Button drafts;

	private Button publish;

	private StyledText preview;

	private String reply;

	public ExportReplyDialog(Shell parent, ReviewEditor editor) {
		super(parent, Messages.Reply_exportTitle);
		this.editor = editor;
		this.reviewer = FaultlineUiPlugin.get().reviewer();
	}

	@Override
	protected void fill(Composite area) {
		Composite options = new Composite(area, SWT.NONE);
		options.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		options.setLayout(new GridLayout(6, false));
		new Label(options, SWT.NONE).setText(Messages.Reply_from);
		Label from = new Label(options, SWT.NONE);
		from.setText(reviewer.getName() + " <" + reviewer.getEmailAddress() + ">");
		from.setToolTipText(Messages.Reply_fromHint);
		new Label(options, SWT.NONE).setText(Messages.Reply_trailer);
		trailer = new Combo(options, SWT.READ_ONLY);
		for (String key : TRAILERS)
			trailer.add(key == null ? Messages.Reply_noTrailer : key);
		trailer.select(0);
		trailer.addListener(SWT.Selection, e -> update());
		drafts = new Button(options, SWT.CHECK);
		drafts.setText(Messages.Reply_drafts);
		// what is made in the workbench is a draft until it is sent: without them a first reply would be empty
		drafts.setSelection(editor.document().getAnnotations().stream().allMatch(Annotation::isDraft));
		drafts.addListener(SWT.Selection, e -> update());
		publish = new Button(options, SWT.CHECK);
		publish.setText(Messages.Reply_publish);
		publish.setSelection(true);
		publish.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		// a long line (a decision row's reference) wraps, marked, rather than run off the preview
		preview = WrappedText.create(options, SWT.BORDER);
		monospace(preview, 100, 32).horizontalSpan = 6;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.Reply_copy, true);
		createButton(parent, SAVE_ID, Messages.Reply_save, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
		update();
	}

	/** Writes the reply again for the options chosen. */
	private void update() {
		try {
			reply = ReplyWriter.of(editor.document()).setReviewer(reviewer).setIncludeDrafts(drafts.getSelection())
					.setTrailer(TRAILERS[trailer.getSelectionIndex()]).write();
			preview.setText(reply);
			setErrorMessage(null);
			setMessage(Messages.Reply_exportMessage);
		} catch (ReviewException e) {
			reply = null;
			preview.setText("");
			setErrorMessage(NLS.bind(Messages.Reply_cannotWrite, e.getMessage()));
		}
		publish.setEnabled(drafts.getSelection());
		for (int id : new int[] { COPY_ID, SAVE_ID })
			if (getButton(id) != null)
				getButton(id).setEnabled(reply != null);
	}

	/** Chooses the trailer ({@code null} for none) and whether drafts go out, as a reviewer would (for tests). */
	public void choose(String trailerKey, boolean includeDrafts) {
		for (int i = 0; i < TRAILERS.length; i++)
			if (Objects.equals(TRAILERS[i], trailerKey))
				trailer.select(i);
		drafts.setSelection(includeDrafts);
		update();
	}

	/** The reply as previewed; null when it cannot be written. */
	public String reply() {
		return reply;
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == COPY_ID && reply != null) {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { reply }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			sent();
		} else if (id == SAVE_ID && reply != null) {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFileName(fileName());
			String file = dialog.open();
			if (file == null)
				return;
			try {
				Files.writeString(Path.of(file), reply, StandardCharsets.UTF_8);
			} catch (IOException e) {
				setErrorMessage(NLS.bind(Messages.Reply_cannotSave, file, e.getMessage()));
				return;
			}
			sent();
		} else
			super.buttonPressed(id);
	}

	/** The reply's subject as a file name: what git format-patch would call it, with a mail's extension. */
	private String fileName() {
		String subject = editor.document().getPatch().getSubject();
		return "Re-" + subject.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".eml";
	}

	/** The reply left the dialog: the drafts in it are published if asked, and the dialog closes. */
	private void sent() {
		if (drafts.getSelection() && publish.getSelection())
			editor.publishDrafts();
		setReturnCode(IDialogConstants.OK_ID);
		close();
	}
}
