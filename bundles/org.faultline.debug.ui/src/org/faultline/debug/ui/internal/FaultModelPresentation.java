package org.faultline.debug.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.faultline.debug.breakpoints.CFunctionBreakpoint;
import org.faultline.debug.breakpoints.CLineBreakpoint;
import org.faultline.debug.breakpoints.FindingBreakpoint;
import org.faultline.debug.model.FaultDebugTarget;
import org.faultline.debug.model.FaultStackFrame;
import org.faultline.debug.model.VersionThread;
import org.faultline.debug.sourcelookup.VersionStorage;
import org.faultline.debug.ui.internal.editor.VersionSourceEditor;

/**
 * How the Debug, Variables and Breakpoints views show a fault scenario's run, and which editor shows its source. The
 * debug model already words the machine state for a kernel reviewer; this adds where a thread stands and whether
 * the versions have parted, and opens a version's file read-only from git.
 */
public final class FaultModelPresentation extends LabelProvider implements IDebugModelPresentation {

	@Override
	public void setAttribute(String attribute, Object value) {
		// the labels have no optional parts: type names are part of every value's text already
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof IBreakpoint b)
			return DebugUITools.getImage(enabled(b) ? IDebugUIConstants.IMG_OBJS_BREAKPOINT
					: IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED);
		return null;
	}

	private static boolean enabled(IBreakpoint b) {
		try {
			return b.isEnabled();
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public String getText(Object element) {
		try {
			return switch (element) {
			case FaultDebugTarget target -> target.getName() + target.divergence()
					.map(d -> NLS.bind(Messages.Presentation_diverged, d.describe())).orElse("");
			case VersionThread thread -> thread.getName() + ((FaultDebugTarget) thread.getDebugTarget()).divergence()
					.map(d -> NLS.bind(Messages.Presentation_threadDiverged, d.onlyIn(), d.call().function())).orElse("");
			case FaultStackFrame frame -> frame.getName() + "()  " + frame.file() + ":" + frame.getLineNumber();
			case IVariable variable -> variable.getName() + " = " + variable.getValue().getValueString();
			case CLineBreakpoint b -> NLS.bind(Messages.Presentation_lineBreakpoint, b.getPath(), b.getLineNumber());
			case CFunctionBreakpoint b -> NLS.bind(Messages.Presentation_functionBreakpoint, b.getFunction());
			case FindingBreakpoint b -> NLS.bind(Messages.Presentation_findingBreakpoint,
					b.getKind() == null ? Messages.Presentation_anyFinding : b.getKind().getLiteral());
			default -> null;
			};
		} catch (CoreException e) {
			return e.getMessage();
		}
	}

	@Override
	public void computeDetail(IValue value, IValueDetailListener listener) {
		String detail;
		try {
			detail = value.getValueString();
		} catch (DebugException e) {
			detail = e.getMessage();
		}
		listener.detailComputed(value, detail);
	}

	@Override
	public IEditorInput getEditorInput(Object element) {
		if (element instanceof VersionStorage storage)
			return new VersionStorageInput(storage);
		return null;
	}

	@Override
	public String getEditorId(IEditorInput input, Object element) {
		return input instanceof VersionStorageInput ? VersionSourceEditor.ID : null;
	}
}
