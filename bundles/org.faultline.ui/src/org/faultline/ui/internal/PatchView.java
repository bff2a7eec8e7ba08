package org.faultline.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.faultline.ui.FaultlineUi;

/**
 * Shows a patch file as the reviewer received it, with diff lines coloured. Reading happens in a Job so
 * that a large mbox never blocks the UI thread.
 */
public final class PatchView extends ViewPart {

	private StyledText text;

	private Path shownFile;

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setText("Open a patch mail, mbox, git format-patch file or diff with File > Open Patch...");
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	/** The file shown, or {@code null} before one is opened. */
	public Path getShownFile() {
		return shownFile;
	}

	/** The text shown now. */
	public String getShownText() {
		return text.getText();
	}

	/**
	 * Reads {@code file} in the background and shows it.
	 *
	 * @return the scheduled job, so callers can wait for it
	 */
	public Job open(Path file) {
		Job job = Job.create("Reading " + file.getFileName(), (IProgressMonitor monitor) -> {
			try {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				text.getDisplay().asyncExec(() -> show(file, content));
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return new Status(IStatus.ERROR, FaultlineUi.PLUGIN_ID, "Cannot read patch " + file + ": " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void show(Path file, String content) {
		if (text.isDisposed()) {
			return;
		}
		shownFile = file;
		setContentDescription(file.toString());
		setPartName("Patch: " + file.getFileName());
		text.setText(content);
		text.setStyleRanges(diffStyles(content));
	}

	private List<StyleRange> diffStylesList(String content) {
		List<StyleRange> styles = new ArrayList<>();
		Color added = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
		Color removed = text.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		Color header = text.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
		int offset = 0;
		for (String line : content.split("\n", -1)) {
			Color color = line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@") ? header
					: line.startsWith("+") ? added : line.startsWith("-") ? removed : null;
			if (color != null && !line.isEmpty()) {
				styles.add(new StyleRange(offset, line.length(), color, null));
			}
			offset += line.length() + 1;
		}
		return styles;
	}

	private StyleRange[] diffStyles(String content) {
		return diffStylesList(content).toArray(StyleRange[]::new);
	}
}
