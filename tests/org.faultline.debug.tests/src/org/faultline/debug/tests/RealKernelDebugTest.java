package org.faultline.debug.tests;

import static org.faultline.debug.tests.Launches.stepIntoUntil;
import static org.faultline.debug.tests.Launches.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.FaultlineDebug.Settings;
import org.faultline.debug.model.FaultStackFrame;
import org.faultline.debug.model.VersionThread;
import org.faultline.debug.sourcelookup.VersionStorage;
import org.junit.jupiter.api.Test;

/**
 * Opt-in ({@code -Dfaultline.kernel=DIR}, a git checkout of Linux 4.6; README): the seed's read fault stepped on
 * the checkout's HEAD, with sources read from the repository's blobs.
 */
class RealKernelDebugTest {

	@Test
	void theReadFaultStepsIntoTheRealDoFaultWithItsSourceFromTheRepository() throws Exception {
		String dir = System.getProperty("faultline.kernel", "");
		assumeTrue(!dir.isBlank(), "no real kernel tree: run with -Dfaultline.kernel=DIR");
		Path root = Path.of(dir);
		assumeTrue(Files.isDirectory(root.resolve(".git")), root + " is not a git checkout");
		// the seed need not apply to this tree: only the version before is stepped
		Settings s = new Settings("", root.toString(), "HEAD", FaultlineDebug.VERSION_BEFORE,
				Launches.SCENARIO, "", "", true);
		try (Launches l = Launches.debug(s)) {
			VersionThread t = l.thread(0);
			stepIntoUntil(t, "__do_fault");
			FaultStackFrame frame = (FaultStackFrame) top(t);
			VersionStorage source = (VersionStorage) l.launch.getSourceLocator().getSourceElement(frame);
			assertEquals("mm/memory.c", source.path());
			String text = new String(source.bytes(), StandardCharsets.UTF_8);
			assertEquals(Files.readString(root.resolve("mm/memory.c")), text,
					"the blob at HEAD of an unmodified checkout is the file");
			String line = text.lines().skip(frame.getLineNumber() - 1).findFirst().orElseThrow();
			assertTrue(line.contains("__do_fault"), "the frame's first line is the function's: " + line);
		}
	}
}
