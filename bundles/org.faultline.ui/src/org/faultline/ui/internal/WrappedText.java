package org.faultline.ui.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only text that wraps its lines to its width, however narrow, so that nothing is cut off: a line's
 * continuations are indented past where the line starts and marked with an arrow, so that a wrapped line of a patch
 * or a mail does not read as two.
 */
public final class WrappedText {

	/** Marks where a wrapped line goes on. */
	private static final String CONTINUATION = "\u21aa";

	private WrappedText() {
	}

	/**
	 * A wrapping read-only text in the workbench's text (monospace) font, continuations two characters in.
	 *
	 * @param style more of the text's style (a border)
	 */
	public static StyledText create(Composite parent, int style) {
		StyledText text = new StyledText(parent, style | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setWrapIndent(2 * characterWidth(text));
		text.addPaintListener(e -> markContinuations(text, e));
		return text;
	}

	/** The width of a character of the text's font, rounded up. */
	static int characterWidth(StyledText text) {
		GC gc = new GC(text);
		try {
			return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
		} finally {
			gc.dispose();
		}
	}

	/** Draws a continuation mark where each wrapped line in view goes on, at the line's own indent. */
	private static void markContinuations(StyledText text, PaintEvent e) {
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
			int x = text.getLeftMargin() + text.getLineIndent(line) - text.getHorizontalPixel();
			for (int y = top + lineHeight; y + lineHeight <= top + height; y += lineHeight)
				e.gc.drawString(CONTINUATION, x, y, true);
		}
	}
}
