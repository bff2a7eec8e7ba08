package org.faultline.debug.ui.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.faultline.debug.FaultlineDebug;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Debug This" on a review's scenario makes the launch configuration of that review: the sample and the modelled
 * tree are named by empty attributes, as the launch dialog's defaults are, and a second "Debug This" on the same
 * scenario and version finds the configuration the first one made.
 */
class DebugThisConfigurationTest {

	@AfterEach
	void deleteConfigurations() throws Exception {
		for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurations(FaultlineDebug.type()))
			c.delete();
	}

	@Test
	void theSampleOnTheModelledTreeIsTheSeedConfigurationAndIsReused() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree();
				ReviewSession session = ReviewSession.on(base).setSample().open()) {
			ILaunchConfiguration first = DebugThisHandler.configuration(session, "read-cached-pmd-none",
					FaultlineDebug.VERSION_BOTH);
			assertEquals(FaultlineDebug.Settings.seed(FaultlineDebug.VERSION_BOTH, "read-cached-pmd-none"),
					FaultlineDebug.settings(first));
			assertEquals(first, DebugThisHandler.configuration(session, "read-cached-pmd-none",
					FaultlineDebug.VERSION_BOTH));
			ILaunchConfiguration before = DebugThisHandler.configuration(session, "read-cached-pmd-none",
					FaultlineDebug.VERSION_BEFORE);
			assertEquals(FaultlineDebug.VERSION_BEFORE, FaultlineDebug.settings(before).version());
			assertEquals(2, DebugPlugin.getDefault().getLaunchManager()
					.getLaunchConfigurations(FaultlineDebug.type()).length);
		}
	}
}
