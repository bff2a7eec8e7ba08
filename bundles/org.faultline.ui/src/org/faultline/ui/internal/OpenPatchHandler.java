package org.faultline.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.faultline.ui.FaultlineUi;

/** Asks for a patch file and shows it in the Patch view. */
public final class OpenPatchHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText("Open Patch");
		dialog.setFilterExtensions(new String[] { "*.patch;*.diff;*.eml;*.mbox;*.txt", "*" });
		String chosen = dialog.open();
		if (chosen == null)
			return null;
		try {
			PatchView view = (PatchView) window.getActivePage().showView(FaultlineUi.PATCH_VIEW_ID);
			view.open(Path.of(chosen));
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Patch view", e);
		}
		return null;
	}
}
