package org.faultline.debug.ui.internal.editor;

import org.eclipse.core.resources.IMarker;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.model.FaultDebugTarget;
import org.faultline.debug.model.VersionSide;
import org.faultline.debug.model.VersionThread;
import org.faultline.debug.sourcelookup.VersionStorage;
import org.faultline.debug.ui.internal.DebugUiPlugin;
import org.faultline.debug.ui.internal.Messages;
import org.faultline.debug.ui.internal.VersionStorageInput;
import org.faultline.ui.internal.editor.MarkerViewOpening;

/**
 * Double-clicking a finding's marker in the Problems or Markers view opens the version's file where the finding was
 * raised, in the debugger's editor, with the line selected. A finding's marker lives as long as its launch (it is
 * removed when the launch ends), so the launch's version of that commit has the repository to read the file from.
 */
public final class FindingOpening implements IDebugEventSetListener {

	private FindingOpening() {
	}

	/**
	 * Opens finding markers from the marker views from now on. A launch's findings are made as its threads step, so
	 * the views of every workbench page are hooked when one of its threads suspends.
	 */
	public static FindingOpening start() {
		MarkerViewOpening.register(FaultlineDebug.FINDING_MARKER, FindingOpening::open);
		FindingOpening opening = new FindingOpening();
		DebugPlugin.getDefault().addDebugEventListener(opening);
		return opening;
	}

	public void stop() {
		DebugPlugin.getDefault().removeDebugEventListener(this);
		MarkerViewOpening.unregister(FaultlineDebug.FINDING_MARKER);
	}

	@Override
	public void handleDebugEvents(DebugEvent[] events) {
		for (DebugEvent e : events)
			if (e.getKind() == DebugEvent.SUSPEND && e.getSource() instanceof VersionThread
					&& PlatformUI.isWorkbenchRunning()) {
				IWorkbench workbench = PlatformUI.getWorkbench();
				workbench.getDisplay().asyncExec(() -> {
					for (IWorkbenchWindow window : workbench.getWorkbenchWindows())
						for (IWorkbenchPage page : window.getPages())
							MarkerViewOpening.install(page);
				});
				return;
			}
	}

	/** @return whether a running launch has the marker's version */
	static boolean open(IWorkbenchPage page, IMarker marker) {
		String path = marker.getAttribute(FaultlineDebug.MARKER_PATH, null);
		VersionSide side = side(marker.getAttribute(FaultlineDebug.MARKER_COMMIT, ""));
		if (path == null || side == null)
			return false;
		VersionStorage storage = new VersionStorage(side.repository(), side.commit(), path, side.label());
		try {
			IEditorPart editor = IDE.openEditor(page, new VersionStorageInput(storage), VersionSourceEditor.ID);
			IDE.gotoMarker(editor, marker);
			return true;
		} catch (PartInitException e) {
			StatusManager.getManager().handle(DebugUiPlugin.error(NLS.bind(Messages.Finding_cannotOpen,
					new Object[] { path, marker.getAttribute(IMarker.LINE_NUMBER, 0), e.getMessage() }), e),
					StatusManager.SHOW | StatusManager.LOG);
			return false;
		}
	}

	/** The version of that commit in a launch that has not ended; null when none has it. */
	private static VersionSide side(String commit) {
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches())
			for (IDebugTarget target : launch.getDebugTargets())
				if (target instanceof FaultDebugTarget fault && !fault.isTerminated())
					for (VersionThread thread : fault.versionThreads())
						if (thread.side().commit().name().equals(commit))
							return thread.side();
		return null;
	}
}
