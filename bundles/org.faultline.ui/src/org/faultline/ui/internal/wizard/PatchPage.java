package org.faultline.ui.internal.wizard;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;
import org.faultline.review.ReviewSession;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.ViewerColumns;

/** The patch to review: from a file, the clipboard or the sample; of a series, the patches to apply. */
public final class PatchPage extends WizardPage {

	private Button fromFile;

	private Button fromClipboard;

	private Button fromSample;

	private Text file;

	private CheckboxTableViewer patches;

	private PatchSeries series;

	private String sourceName;

	PatchPage() {
		super("patch", Messages.Wizard_patchTitle, null);
		setDescription(Messages.Wizard_patchDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		fromFile = radio(body, Messages.Wizard_fromFile, 1);
		file = new Text(body, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addListener(SWT.DefaultSelection, e -> readFile());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.patch;*.diff;*.eml;*.mbox;*.txt", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
				fromFile.setSelection(true);
				fromClipboard.setSelection(false);
				fromSample.setSelection(false);
				readFile();
			}
		});
		fromClipboard = radio(body, Messages.Wizard_fromClipboard, 3);
		fromClipboard.addListener(SWT.Selection, e -> {
			if (fromClipboard.getSelection())
				readClipboard();
		});
		fromSample = radio(body, Messages.Wizard_fromSample, 3);
		fromSample.addListener(SWT.Selection, e -> {
			if (fromSample.getSelection())
				readSample();
		});
		fromFile.setSelection(true);

		Label label = new Label(body, SWT.NONE);
		label.setText(Messages.Wizard_patches);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		Composite holder = new Composite(body, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		data.heightHint = 160;
		holder.setLayoutData(data);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		patches = CheckboxTableViewer.newCheckList(holder, SWT.BORDER | SWT.FULL_SELECTION);
		patches.getTable().setHeaderVisible(true);
		patches.setContentProvider(ArrayContentProvider.getInstance());
		ViewerColumns.add(patches, layout, Messages.Wizard_position, 1, PatchMail.class,
				p -> p.getSeriesTotal() > 0 ? p.getSeriesIndex() + "/" + p.getSeriesTotal() : "", null);
		ViewerColumns.add(patches, layout, Messages.Wizard_subject, 6, PatchMail.class, PatchMail::getSubject, null);
		ViewerColumns.add(patches, layout, Messages.Wizard_author, 3, PatchMail.class, PatchMail::getAuthorName, null);
		patches.addCheckStateListener(e -> validate());
		setControl(body);
		setPageComplete(false);
	}

	private static Button radio(Composite body, String text, int span) {
		Button button = new Button(body, SWT.RADIO);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, span, 1));
		return button;
	}

	/** Reads a patch file: a mail, an mbox, format-patch output, a diff or a web archive copy. */
	public void readFile(Path path) {
		file.setText(path.toString());
		fromFile.setSelection(true);
		fromClipboard.setSelection(false);
		fromSample.setSelection(false);
		readFile();
	}

	private void readFile() {
		Path path = Path.of(file.getText().strip());
		read(path.getFileName() == null ? file.getText() : path.getFileName().toString(), () -> ReviewSession.readPatch(path));
	}

	private void readClipboard() {
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		String text = (String) clipboard.getContents(TextTransfer.getInstance());
		clipboard.dispose();
		if (text == null || text.isBlank()) {
			fail(Messages.Wizard_clipboardEmpty);
			return;
		}
		read(Messages.Wizard_clipboardSource,
				() -> PatchReader.read().setSource(Messages.Wizard_clipboardSource, text.getBytes(StandardCharsets.UTF_8)).call());
	}

	private void readSample() {
		read(Samples.SEED, ReviewSession::sample);
	}

	private interface Reading {
		PatchSeries read() throws Exception;
	}

	/** Reads off the UI thread, in the wizard's progress, then lists the patches, all ticked. */
	private void read(String name, Reading reading) {
		PatchSeries[] read = new PatchSeries[1];
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Wizard_reading, name), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					read[0] = reading.read();
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			fail(NLS.bind(Messages.Wizard_cannotRead, name, e.getCause().getMessage()));
			return;
		} catch (InterruptedException e) {
			fail(Messages.Wizard_cancelled);
			return;
		}
		series = read[0];
		sourceName = name;
		patches.setInput(series.getPatches());
		patches.setAllChecked(true);
		validate();
	}

	private void fail(String message) {
		series = null;
		patches.setInput(java.util.List.of());
		setErrorMessage(message);
		setPageComplete(false);
	}

	private void validate() {
		boolean any = series != null && patches.getCheckedElements().length > 0;
		setErrorMessage(series != null && !any ? Messages.Wizard_tickOne : null);
		setPageComplete(any);
	}

	PatchSeries series() {
		return series;
	}

	String sourceName() {
		return sourceName;
	}

	/** The unticked patches' positions (1-based), which applying leaves out. */
	Set<Integer> skipped() {
		Set<Integer> skipped = new HashSet<>();
		for (int i = 0; i < series.getPatches().size(); i++)
			if (!patches.getChecked(series.getPatches().get(i)))
				skipped.add(i + 1);
		return skipped;
	}

	/** The number of patches listed, for tests. */
	public int listed() {
		return patches.getTable().getItemCount();
	}
}
