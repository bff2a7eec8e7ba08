package org.faultline.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.FaultlineDebug.Settings;
import org.faultline.debug.internal.LaunchedReview;
import org.faultline.exec.NamedScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch configuration's attributes: written and read back, which scenario wins, and bad input. */
class LaunchSettingsTest {

	@TempDir
	Path dir;

	@Test
	void aConfigurationKeepsItsSettings() throws CoreException {
		Settings s = new Settings("/p/0001.patch", "/src/linux", "v4.6", FaultlineDebug.VERSION_BOTH, "anon-write",
				"/s/x.fault", "scenario x", false);
		ILaunchConfigurationWorkingCopy wc = FaultlineDebug.newConfiguration("kept", s);
		assertEquals(FaultlineDebug.LAUNCH_CONFIGURATION_TYPE, wc.getType().getIdentifier());
		assertTrue(wc.getType().supportsMode(ILaunchManager.DEBUG_MODE) && wc.getType().supportsMode(
				ILaunchManager.RUN_MODE));
		assertEquals(s, FaultlineDebug.settings(wc));
	}

	@Test
	void editedTextWinsOverTheFileWhichWinsOverTheName() throws Exception {
		String shipped;
		try (InputStream in = NamedScenarios.class.getClassLoader()
				.getResourceAsStream("scenarios/read-cached-pmd-none.fault")) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Path file = dir.resolve("mine.fault");
		Files.writeString(file, shipped.replace("scenario read-cached-pmd-none", "scenario from-file"));
		String text = shipped.replace("scenario read-cached-pmd-none", "scenario edited");
		assertEquals("edited", scenario("anon-write", file.toString(), text));
		assertEquals("from-file", scenario("anon-write", file.toString(), ""));
		assertEquals("anon-write", scenario("anon-write", "", ""));
	}

	private static String scenario(String name, String file, String text) throws CoreException {
		return LaunchedReview.scenario(new Settings("", "", "", FaultlineDebug.VERSION_BEFORE, name, file, text,
				true)).name();
	}

	@Test
	void badInputIsRefusedNamingWhatAndWhere() throws Exception {
		CoreException text = assertThrows(CoreException.class,
				() -> scenario("", "", "scenario broken\nvma nonsense\n"));
		assertTrue(text.getMessage().startsWith("the launch configuration's scenario:2:"), text.getMessage());
		CoreException noName = assertThrows(CoreException.class, () -> scenario("", "", ""));
		assertTrue(noName.getMessage().contains("names no scenario"), noName.getMessage());
		CoreException unknown = assertThrows(CoreException.class, () -> scenario("no-such-scenario", "", ""));
		assertTrue(unknown.getMessage().contains("no shipped scenario"), unknown.getMessage());

		Path missingPatch = dir.resolve("missing.patch");
		CoreException patch = assertThrows(CoreException.class, () -> launch(new Settings(missingPatch.toString(),
				"", "", FaultlineDebug.VERSION_BEFORE, "anon-write", "", "", true)));
		assertTrue(patch.getMessage().contains(missingPatch.toString()), patch.getMessage());
		CoreException repository = assertThrows(CoreException.class, () -> launch(new Settings("",
				dir.toString(), "", FaultlineDebug.VERSION_BEFORE, "anon-write", "", "", true)));
		assertTrue(repository.getMessage().contains("not a git repository"), repository.getMessage());
	}

	private static void launch(Settings s) throws CoreException {
		FaultlineDebug.newConfiguration("bad", s).launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
	}
}
