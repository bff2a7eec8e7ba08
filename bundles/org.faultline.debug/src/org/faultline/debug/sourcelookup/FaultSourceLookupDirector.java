package org.faultline.debug.sourcelookup;

import org.eclipse.debug.core.sourcelookup.AbstractSourceLookupDirector;
import org.eclipse.debug.core.sourcelookup.ISourceLookupParticipant;

/** The source locator of fault scenario launches ({@code org.faultline.debug.sourceLookupDirector}). */
public final class FaultSourceLookupDirector extends AbstractSourceLookupDirector {

	@Override
	public void initializeParticipants() {
		addParticipants(new ISourceLookupParticipant[] { new FaultSourceLookupParticipant() });
	}
}
