package org.faultline.c;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real Linux checkout named by {@code -Dfaultline.kernel=DIR} (README, "Tests on a real kernel"). Kernel
 * code never enters the project, so the tests that read one are skipped without it.
 */
final class RealKernel {

	private RealKernel() {
	}

	/** @return the checkout's root; aborts (skips) the calling test when none is configured. */
	static Path tree() {
		String dir = System.getProperty("faultline.kernel", "");
		assumeTrue(!dir.isBlank(), "no real kernel tree: run with -Dfaultline.kernel=DIR");
		Path root = Path.of(dir);
		assumeTrue(Files.isRegularFile(root.resolve("mm/memory.c")), root + " has no mm/memory.c");
		return root;
	}
}
