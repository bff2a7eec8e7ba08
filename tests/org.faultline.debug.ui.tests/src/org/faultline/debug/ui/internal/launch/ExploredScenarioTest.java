package org.faultline.debug.ui.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.internal.LaunchedReview;
import org.faultline.debug.ui.tests.Workbench;
import org.faultline.exec.Scenario;
import org.faultline.explore.DifferenceGroup;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Scenario tab's "one of the explorer's": exploring the review the Review tab names lists the groups the
 * exploration finds, and choosing one makes a configuration whose scenario text is that group's representative,
 * which launches.
 */
class ExploredScenarioTest {

	private Shell shell;
	private ReviewTab review;
	private ScenarioTab scenario;
	private ILaunchConfigurationWorkingCopy configuration;

	@BeforeEach
	void openTabs() throws Exception {
		shell = new Shell(Display.getCurrent());
		shell.setText("Fault scenario");
		shell.setLayout(new FillLayout());
		TabFolder folder = new TabFolder(shell, SWT.NONE);
		review = new ReviewTab();
		scenario = new ScenarioTab(review);
		for (var tab : List.of(review, scenario)) {
			tab.createControl(folder);
			TabItem item = new TabItem(folder, SWT.NONE);
			item.setText(tab.getName());
			item.setControl(tab.getControl());
		}
		folder.setSelection(1);
		configuration = FaultlineDebug.type().newInstance(null, "explored");
		review.setDefaults(configuration);
		scenario.setDefaults(configuration);
		review.initializeFrom(configuration);
		scenario.initializeFrom(configuration);
		shell.setSize(1100, 900);
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void theSeedsGroupsAreListedAndTheChosenOneLaunches() throws Exception {
		List<DifferenceGroup> expected;
		try (ReviewBase base = ReviewBase.modelledTree();
				ReviewSession session = ReviewSession.on(base).setSample().open()) {
			expected = session.exploration().call().groups();
		}
		assertFalse(expected.isEmpty(), "the seed's versions differ");

		scenario.explore();
		Table groups = Workbench.find(scenario.getControl(), Table.class, t -> true).get(0);
		assertEquals(expected.size(), groups.getItemCount());
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(Integer.toString(expected.get(i).count()), groups.getItem(i).getText(0));
			assertEquals(expected.get(i).representative().label(), groups.getItem(i).getText(2));
			assertEquals(expected.get(i).cause().describe(), groups.getItem(i).getText(3));
		}

		int chosen = 0;
		groups.setSelection(chosen);
		groups.notifyListeners(SWT.Selection, new Event());
		assertTrue(scenario.isValid(configuration), scenario.getErrorMessage());
		Workbench.screenshot(shell, "launch-scenario-explored.png");
		scenario.performApply(configuration);

		FaultlineDebug.Settings settings = FaultlineDebug.settings(configuration);
		assertEquals("", settings.scenarioName());
		String[] lines = settings.scenarioText().split("\n", 2);
		assertTrue(lines[0].startsWith("# the explorer's group of " + expected.get(chosen).count() + " scenarios"),
				lines[0]);
		assertEquals(expected.get(chosen).scenarioText(), lines[1]);
		Scenario parsed = LaunchedReview.scenario(settings);
		try (LaunchedReview launched = LaunchedReview.open(settings, new NullProgressMonitor())) {
			assertEquals(parsed.description(), launched.scenario().description());
			assertEquals(1, launched.sides().size());
		}
	}

	@Test
	void aPatchThatCannotBeReadIsTheTabsErrorNotAnException() throws Exception {
		configuration.setAttribute(FaultlineDebug.ATTR_PATCH, "/nonexistent/fix.patch");
		review.initializeFrom(configuration);
		scenario.explore();
		assertEquals(0, Workbench.find(scenario.getControl(), Table.class, t -> true).get(0).getItemCount());
		assertTrue(scenario.isValid(configuration), "the shipped scenario is still a valid choice");
		assertTrue(scenario.getErrorMessage().startsWith("Cannot explore the review: "),
				scenario.getErrorMessage());
	}
}
