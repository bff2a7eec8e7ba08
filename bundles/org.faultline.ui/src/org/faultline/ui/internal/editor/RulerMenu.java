package org.faultline.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.faultline.ui.internal.Messages;

/**
 * The context menu of a compare viewer's rulers (line numbers, annotations): Add Annotation on the line clicked, or
 * on the selected lines when the click is within them, as in a text editor's ruler.
 */
final class RulerMenu {

	/** Marks a ruler control that has this menu. */
	private static final String KEY = RulerMenu.class.getName();

	private final TextViewer viewer;

	private final Runnable annotate;

	/** The menu of every ruler of the viewer, its item made for the line clicked. */
	private Menu menu;

	private RulerMenu(TextViewer viewer, Runnable annotate) {
		this.viewer = viewer;
		this.annotate = annotate;
	}

	/**
	 * Gives every ruler of the viewer (the controls beside its text, in its parent) the menu; {@code annotate} asks
	 * for the comment once the viewer's selection is the lines to annotate.
	 */
	static void install(TextViewer viewer, Runnable annotate) {
		Composite rulers = viewer.getTextWidget().getParent();
		RulerMenu menu = new RulerMenu(viewer, annotate);
		menu.installOn(rulers);
		// and on what the compare makes once the viewer is configured (the line-number column, by preference)
		rulers.getDisplay().asyncExec(() -> {
			if (!rulers.isDisposed())
				menu.installOn(rulers);
		});
		// a menu belongs to the shell, not to the control it is set on
		rulers.addListener(SWT.Dispose, e -> {
			if (menu.menu != null)
				menu.menu.dispose();
		});
	}

	private void installOn(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child == viewer.getTextWidget())
				continue;
			if (child.getData(KEY) == null) {
				child.setData(KEY, this);
				child.addListener(SWT.MenuDetect, this::menuDetected);
			}
			if (child instanceof Composite c)
				installOn(c);
		}
	}

	private void menuDetected(Event e) {
		int line = lineAt(new Point(e.x, e.y));
		if (line < 0) {
			e.doit = false;
			return;
		}
		if (menu == null || menu.isDisposed())
			menu = new Menu(viewer.getTextWidget().getParent());
		for (MenuItem item : menu.getItems())
			item.dispose();
		MenuItem add = new MenuItem(menu, SWT.PUSH);
		add.setText(Messages.Annotate_rulerMenu);
		add.addListener(SWT.Selection, s -> {
			selectUnlessWithinSelection(line);
			annotate.run();
		});
		// a ruler's columns come and go with the preferences: whichever was clicked shows the menu
		installOn(viewer.getTextWidget().getParent());
		setMenu(viewer.getTextWidget().getParent());
	}

	private void setMenu(Composite composite) {
		for (Control child : composite.getChildren())
			if (child != viewer.getTextWidget()) {
				child.setMenu(menu);
				if (child instanceof Composite c)
					setMenu(c);
			}
	}

	/** The document line (0-based) at a point on the display; -1 below the last line. */
	private int lineAt(Point onDisplay) {
		StyledText text = viewer.getTextWidget();
		Point inText = text.toControl(onDisplay);
		int widgetLine = text.getLineIndex(inText.y);
		if (widgetLine < 0 || inText.y > text.getLinePixel(text.getLineCount()))
			return -1;
		if (viewer instanceof ITextViewerExtension5 folding)
			return folding.widgetLine2ModelLine(widgetLine);
		try {
			// the widget shows the visible region of the document, from its first line on
			return widgetLine + viewer.getDocument().getLineOfOffset(viewer.getVisibleRegion().getOffset());
		} catch (BadLocationException e) {
			return -1;
		}
	}

	/** Selects the line clicked, unless the selection already has it (a range the reviewer chose). */
	private void selectUnlessWithinSelection(int line) {
		if (viewer.getSelection() instanceof ITextSelection s && s.getLength() > 0 && line >= s.getStartLine()
				&& line <= s.getEndLine())
			return;
		try {
			IDocument document = viewer.getDocument();
			int start = document.getLineOffset(line);
			int end = line + 1 < document.getNumberOfLines() ? document.getLineOffset(line + 1) : document.getLength();
			viewer.setSelectedRange(start, end - start);
		} catch (BadLocationException e) {
			// the line was read from the widget, so it is in the document
			throw new IllegalStateException(e);
		}
	}
}
