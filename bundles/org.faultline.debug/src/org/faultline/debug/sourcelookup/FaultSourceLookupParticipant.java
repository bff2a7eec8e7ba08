package org.faultline.debug.sourcelookup;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.sourcelookup.AbstractSourceLookupParticipant;
import org.faultline.debug.model.FaultStackFrame;

/** Maps a frame to its version's file, read from git. */
public final class FaultSourceLookupParticipant extends AbstractSourceLookupParticipant {

	@Override
	public String getSourceName(Object object) throws CoreException {
		return object instanceof FaultStackFrame f ? f.file() : null;
	}

	/** The frame's own version's file: the same path is another file in the other version. */
	@Override
	public Object[] findSourceElements(Object object) throws CoreException {
		return object instanceof FaultStackFrame f ? new Object[] { f.source() } : EMPTY;
	}
}
