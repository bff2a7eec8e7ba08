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
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;
import org.faultline.ui.FaultlineUi;

/**
 * Shows a patch as the reviewer received it: an outline of what the intake engine read (header, series
 * position, trailers, declared diffstat, files, problems) above the text, with diff lines coloured.
 * Reading happens in a Job so that a large mbox never blocks the UI thread.
 */
public final class PatchView extends ViewPart {

	/** Marks where a wrapped line goes on. */
	private static final String CONTINUATION = "\u21aa";

	private TreeViewer outline;

	private StyledText text;

	private String shownSource;

	private PatchSeries series;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		outline.setContentProvider(new OutlineContent());
		// a row wider than a narrow view is read whole in its tooltip
		outline.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((PatchOutline) element).label();
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		ColumnViewerToolTipSupport.enableFor(outline);
		outline.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof PatchOutline row)
				reveal(row.sourceLine());
		});
		text = new StyledText(sash, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		// wrapped to the view's width, however narrow: a line's continuation is indented past where any line of a
		// patch starts, and marked, so that it does not read as a line of its own
		text.setWordWrap(true);
		GC gc = new GC(text);
		int charWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
		gc.dispose();
		text.setWrapIndent(2 * charWidth);
		text.addPaintListener(this::markContinuations);
		text.setText("Open a patch mail, mbox, git format-patch file or diff with File > Open Patch...,\n"
				+ "or the sample (the seed patch) from this view's toolbar.");
		sash.setWeights(1, 2);
	}

	@Override
	public void setFocus() {
		outline.getControl().setFocus();
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

	/** The labels of the outline's rows, depth first, for whoever needs to see what the outline says. */
	public List<String> getOutlineLabels() {
		List<String> labels = new ArrayList<>();
		if (outline.getInput() instanceof List<?> rows)
			rows.forEach(row -> collect((PatchOutline) row, labels));
		return labels;
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
		setContentDescription(label);
		setPartName("Patch: " + Path.of(label).getFileName());
		outline.setInput(rows);
		outline.expandToLevel(3);
		text.setText(content);
		text.setStyleRanges(diffStyles(content));
		shownSource = label;
	}

	/** Draws a continuation mark in the indent of each wrapped line's continuations in view. */
	private void markContinuations(PaintEvent e) {
		int lineHeight = text.getLineHeight();
		int count = text.getLineCount();
		e.gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		for (int line = text.getTopIndex(); line < count; line++) {
			int top = text.getLinePixel(line);
			if (top > e.y + e.height)
				break;
			int start = text.getOffsetAtLine(line);
			int end = line + 1 < count ? text.getOffsetAtLine(line + 1) - 1 : text.getCharCount();
			if (end <= start)
				continue;
			int height = text.getTextBounds(start, end - 1).height;
			for (int y = top + lineHeight; y + lineHeight <= top + height; y += lineHeight)
				e.gc.drawString(CONTINUATION, text.getLeftMargin(), y, true);
		}
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

	private static void collect(PatchOutline row, List<String> labels) {
		labels.add(row.label());
		row.children().forEach(child -> collect(child, labels));
	}

	private static final class OutlineContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> rows ? rows.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((PatchOutline) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((PatchOutline) element).children().isEmpty();
		}
	}
}
