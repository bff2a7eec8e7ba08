package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchReader;
import org.faultline.patch.tests.Fixtures.Damage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture patch, clean and damaged, applies onto its pre-image and gives exactly its post-image.
 */
class ApplyFixtureTest {

	@TempDir
	Path folder;

	static Stream<Arguments> cases() {
		return Stream.of(
				// a format-patch mail whose added lines have no inner tabs: every damage is repairable
				Arguments.of("fault", "mm/fault.c", Damage.NONE, HunkOutcome.EXACT),
				Arguments.of("fault", "mm/fault.c", Damage.TABS_STRIPPED, HunkOutcome.WHITESPACE_REPAIRED),
				Arguments.of("fault", "mm/fault.c", Damage.LEADING_WHITESPACE_STRIPPED, HunkOutcome.WHITESPACE_REPAIRED),
				Arguments.of("fault", "mm/fault.c", Damage.CRLF, HunkOutcome.EXACT),
				Arguments.of("fault", "mm/fault.c", Damage.WRAPPED, null),
				Arguments.of("fault", "mm/fault.c", Damage.SHIFTED, HunkOutcome.OFFSET),
				// a quilt diff without diff --git lines, its added #define aligned with a tab
				Arguments.of("table", "mm/table.c", Damage.NONE, HunkOutcome.EXACT),
				Arguments.of("table", "mm/table.c", Damage.CRLF, HunkOutcome.EXACT),
				Arguments.of("table", "mm/table.c", Damage.SHIFTED, HunkOutcome.OFFSET));
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("cases")
	void appliesToExactPostImage(String fixture, String path, Damage damage, HunkOutcome everyHunk) throws Exception {
		String patch = damage.apply(Fixtures.text(fixture + ".patch"));
		try (TestRepository repo = new TestRepository(folder, Map.of(path, Fixtures.text(fixture + "_PreImage")))) {
			PatchSeries series = PatchReader.read().setSource(fixture + ".patch", patch.getBytes(StandardCharsets.UTF_8))
					.call();
			ApplyResult result = ApplyCommand.on(repo.repository()).setSeries(series)
					.setCommitter(TestRepository.REVIEWER).call();

			ApplyReport report = result.reports().getFirst();
			assertTrue(report.isSuccess(), () -> report.getProblems().toString());
			assertNotNull(result.head());
			assertEquals(Fixtures.text(fixture + "_PostImage"), repo.read(result.head(), path));
			if (everyHunk != null) {
				for (HunkReport hunk : report.getHunkReports())
					assertEquals(everyHunk, hunk.getOutcome(), hunk.getDetail());
			}
			assertTrue(report.getProblems().isEmpty(), () -> "diffstat agrees: " + report.getProblems());
		}
	}
}
