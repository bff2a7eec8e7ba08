package org.faultline.debug.ui.internal.launch;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of a "Fault scenario" launch: what to review and which version, the scenario, and the common ones. */
public final class FaultScenarioTabGroup extends AbstractLaunchConfigurationTabGroup {

	@Override
	public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
		ReviewTab review = new ReviewTab();
		setTabs(new ILaunchConfigurationTab[] { review, new ScenarioTab(review), new CommonTab() });
	}
}
