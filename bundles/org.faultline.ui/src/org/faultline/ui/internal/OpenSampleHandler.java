package org.faultline.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.faultline.ui.FaultlineUi;

/** Shows the seed patch that ships with Faultline in the Patch view. */
public final class OpenSampleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			PatchView view = (PatchView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(FaultlineUi.PATCH_VIEW_ID);
			view.openSample();
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Patch view", e);
		}
		return null;
	}
}
