package org.faultline.debug.ui.internal.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.faultline.debug.breakpoints.FindingBreakpoint;
import org.faultline.debug.ui.internal.DebugUiPlugin;
import org.faultline.debug.ui.internal.Messages;
import org.faultline.model.exec.FindingKind;

/** "Suspend on Finding...": a breakpoint that suspends a run when the model raises a finding of the chosen kind. */
public final class SuspendOnFindingHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Object> choices = new ArrayList<>();
		choices.add(Messages.SuspendOnFinding_any);
		choices.addAll(FindingKind.VALUES);
		ListDialog dialog = new ListDialog(HandlerUtil.getActiveShell(event));
		dialog.setTitle(Messages.SuspendOnFinding_title);
		dialog.setMessage(Messages.SuspendOnFinding_message);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider());
		dialog.setInput(choices);
		dialog.setInitialSelections(choices.get(0));
		if (dialog.open() != Window.OK || dialog.getResult().length == 0)
			return null;
		Object chosen = dialog.getResult()[0];
		try {
			new FindingBreakpoint(chosen instanceof FindingKind kind ? kind : null);
		} catch (CoreException e) {
			ErrorDialog.openError(HandlerUtil.getActiveShell(event), Messages.SuspendOnFinding_title, null,
					DebugUiPlugin.error(NLS.bind(Messages.SuspendOnFinding_failed, e.getMessage()), e));
		}
		return null;
	}
}
