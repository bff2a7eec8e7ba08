package org.faultline.ui.internal;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog whose window and title area say the same title; a subclass fills the area under the title.
 */
public abstract class TitledDialog extends TitleAreaDialog {

	private final String title;

	protected TitledDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		setTitle(title);
		Composite area = (Composite) super.createDialogArea(parent);
		fill(area);
		return area;
	}

	/** Makes the dialog's own controls in {@code area}, whose layout is a one-column grid. */
	protected abstract void fill(Composite area);

	/**
	 * A text in the workbench's monospace font, laid out to fill its cell and asking for room for {@code columns} by
	 * {@code rows} characters: a mail reads as it will be sent.
	 */
	protected static GridData monospace(Control text, int columns, int rows) {
		text.setFont(JFaceResources.getTextFont());
		GC gc = new GC(text);
		FontMetrics metrics = gc.getFontMetrics();
		gc.dispose();
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = (int) Math.ceil(metrics.getAverageCharacterWidth() * columns);
		data.heightHint = metrics.getHeight() * rows;
		text.setLayoutData(data);
		return data;
	}
}
