package org.faultline.ui.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;
import org.faultline.ui.FaultlineUi;

/**
 * Shows a patch as the reviewer received it: an outline of what the intake engine read (header, series
 * position, trailers, declared diffstat, files, problems) above the text, with diff lines coloured. Both wrap to the
 * view, however narrow: the outline's rows are indented by their depth and a row's continuation further. Reading
 * happens in a Job so that a large mbox never blocks the UI thread.
 */
public final class PatchView extends ViewPart {

	/** How far a row of the outline is indented per level, in characters. */
	private static final int INDENT = 2;

	/** The outline, a row a line (wrapped): the rows of a tree do not wrap, and a narrow view cut them off. */
	private StyledText outline;

	/** The outline's rows, depth first, as its lines show them. */
	private List<PatchOutline> rows = List.of();

	/** The outline's row chosen, -1 for none. */
	private int chosen = -1;

	private StyledText text;

	private String shownSource;

	private PatchSeries series;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		outline = WrappedText.create(sash, SWT.NONE);
		outline.setFont(parent.getFont());
		// a row is chosen by a click or by moving the caret onto it
		outline.addCaretListener(e -> choose(outline.getLineAtOffset(e.caretOffset)));
		text = WrappedText.create(sash, SWT.NONE);
		text.setText("Open a patch mail, mbox, git format-patch file or diff with File > Open Patch...,\n"
				+ "or the sample (the seed patch) from this view's toolbar.");
		sash.setWeights(1, 2);
	}

	@Override
	public void setFocus() {
		outline.setFocus();
	}

	/** What is shown: a file path or a sample's name, or {@code null} before anything is opened. */
	public String getShownSource() {
		return shownSource;
	}

	/** The series read from what is shown, or {@code null} when it could not be read. */
	public PatchSeries getSeries() {
		return series;
	}

	/** The text shown now. */
	public String getShownText() {
		return text.getText();
	}

	/** The text widget, for whoever needs to see how it is laid out. */
	public StyledText getText() {
		return text;
	}

	/** The outline's widget, for whoever needs to see how it is laid out. */
	public StyledText getOutline() {
		return outline;
	}

	/** The labels of the outline's rows, depth first, for whoever needs to see what the outline says. */
	public List<String> getOutlineLabels() {
		return rows.stream().map(PatchOutline::label).toList();
	}

	/**
	 * Reads {@code file} in the background and shows it.
	 *
	 * @return the scheduled job, so callers can wait for it
	 */
	public Job open(Path file) {
		return load(file.toString(), () -> Files.readAllBytes(file));
	}

	/** Shows the seed patch that ships with Faultline. */
	public Job openSample() {
		return load(Samples.SEED, () -> Samples.bytes(Samples.SEED));
	}

	private interface Source {
		byte[] read() throws Exception;
	}

	private Job load(String label, Source source) {
		Job job = Job.create("Reading " + label, (IProgressMonitor monitor) -> {
			byte[] bytes;
			try {
				bytes = source.read();
			} catch (Exception e) {
				return new Status(IStatus.ERROR, FaultlineUi.PLUGIN_ID, "Cannot read patch " + label + ": " + e.getMessage(), e);
			}
			if (monitor.isCanceled())
				return Status.CANCEL_STATUS;
			String content = new String(bytes, StandardCharsets.UTF_8);
			PatchSeries read = null;
			List<PatchOutline> rows;
			try {
				read = PatchReader.read().setSource(label, bytes).call();
				rows = PatchOutline.of(read);
			} catch (PatchException e) {
				rows = PatchOutline.of(e.getProblems());
			}
			PatchSeries shownSeries = read;
			List<PatchOutline> shownRows = rows;
			text.getDisplay().asyncExec(() -> show(label, content, shownSeries, shownRows));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void show(String label, String content, PatchSeries read, List<PatchOutline> rows) {
		if (text.isDisposed())
			return;
		series = read;
		// the view is narrow: its tab keeps its name, the line above the outline the file's, the tooltip the whole path
		setContentDescription(String.valueOf(Path.of(label).getFileName()));
		setTitleToolTip(label);
		showOutline(rows);
		text.setText(content);
		text.setStyleRanges(diffStyles(content));
		shownSource = label;
	}

	/** Shows the outline's rows a line each, indented by their depth, a continuation further than its row. */
	private void showOutline(List<PatchOutline> top) {
		List<PatchOutline> flat = new ArrayList<>();
		List<Integer> depths = new ArrayList<>();
		top.forEach(row -> flatten(row, 0, flat, depths));
		// no row is chosen by the caret that setting the text moves
		rows = List.of();
		outline.setText(String.join("\n", flat.stream().map(PatchOutline::label).toList()));
		rows = flat;
		chosen = -1;
		int step = INDENT * WrappedText.characterWidth(outline);
		for (int line = 0; line < flat.size(); line++) {
			outline.setLineIndent(line, 1, depths.get(line) * step);
			outline.setLineWrapIndent(line, 1, (depths.get(line) + 1) * step);
		}
	}

	private static void flatten(PatchOutline row, int depth, List<PatchOutline> flat, List<Integer> depths) {
		flat.add(row);
		depths.add(depth);
		row.children().forEach(child -> flatten(child, depth + 1, flat, depths));
	}

	/** Marks a row of the outline as chosen and shows the line of the patch it stands for. */
	private void choose(int line) {
		if (line == chosen || line >= rows.size())
			return;
		if (chosen >= 0) {
			outline.setLineBackground(chosen, 1, null);
			outline.replaceStyleRanges(0, outline.getCharCount(), new StyleRange[0]);
		}
		chosen = line;
		outline.setLineBackground(line, 1, outline.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		int start = outline.getOffsetAtLine(line);
		outline.setStyleRange(new StyleRange(start, rows.get(line).label().length(),
				outline.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT), null));
		reveal(rows.get(line).sourceLine());
	}

	private void reveal(int sourceLine) {
		if (sourceLine > 0 && sourceLine <= text.getLineCount()) {
			text.setTopIndex(sourceLine - 1);
			text.setSelection(text.getOffsetAtLine(sourceLine - 1));
		}
	}

	private StyleRange[] diffStyles(String content) {
		List<StyleRange> styles = new ArrayList<>();
		Color added = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
		Color removed = text.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		Color header = text.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
		int offset = 0;
		for (String line : content.split("\n", -1)) {
			Color color = line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@") ? header
					: line.startsWith("+") ? added : line.startsWith("-") ? removed : null;
			if (color != null && !line.isEmpty())
				styles.add(new StyleRange(offset, line.length(), color, null));
			offset += line.length() + 1;
		}
		return styles.toArray(StyleRange[]::new);
	}
}
