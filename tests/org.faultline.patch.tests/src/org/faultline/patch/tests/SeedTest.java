package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.LineKind;
import org.faultline.model.patch.PatchForm;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.patch.Trailer;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed: a whitespace-damaged web archive copy of a real -mm patch. */
class SeedTest {

	@TempDir
	Path folder;

	@Test
	void sampleIsTheSeedByteForByte() throws Exception {
		byte[] sample = Samples.bytes(Samples.SEED);
		assertEquals("ae2dabae0250f588a79aba16661d8bdd9138856b7c3dfff7de0e8e59b6bb1599",
				HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sample)));
	}

	@Test
	void readsTheArchiveCopy() throws Exception {
		PatchSeries series = Samples.seed();
		assertEquals(1, series.getPatches().size());
		PatchMail mail = series.getPatches().getFirst();
		assertEquals(PatchForm.WEB_ARCHIVE, mail.getForm());
		assertEquals("huge tmpfs: avoid premature exposure of new pagetable revert", mail.getSubject());
		assertEquals(4, mail.getSeriesIndex());
		assertEquals(5, mail.getSeriesTotal());
		assertEquals(List.of("mmotm"), mail.getSubjectTags());
		assertEquals("Hugh Dickins", mail.getAuthorName());
		assertEquals("hughd@xxxxxxxxxx", mail.getAuthorAddress());
		assertEquals("Sat Apr 16 2016 - 19:38:23 EST", mail.getDateText());
		assertEquals("EST", mail.getZoneLabel());
		assertEquals(-5 * 60, mail.getZoneOffsetMinutes());
		assertEquals(LocalDateTime.of(2016, 4, 16, 19, 38, 23).toInstant(ZoneOffset.ofHours(-5)),
				mail.getDate().toInstant());
		assertEquals(List.of("Reported-by", "Reported-by", "Signed-off-by"),
				mail.getTrailers().stream().map(Trailer::getKey).toList());
		assertEquals("kernel test robot <xiaolong.ye@xxxxxxxxx>", mail.getTrailers().getFirst().getValue());
		assertTrue(mail.getMessage().startsWith("This patch reverts all of my 09/31, your"));
		assertTrue(mail.getMessage().endsWith("shmem should use the new pmd_fault()."));

		assertEquals(2, mail.getDeclaredDiffstat().getFilesChanged());
		assertEquals(101, mail.getDeclaredDiffstat().getInsertions());
		assertEquals(134, mail.getDeclaredDiffstat().getDeletions());
		assertEquals(List.of("mm/filemap.c", "mm/memory.c"),
				mail.getDeclaredDiffstat().getEntries().stream().map(e -> e.getPath()).toList());
		assertEquals(List.of(10, 225), mail.getDeclaredDiffstat().getEntries().stream().map(e -> e.getChanges()).toList());

		assertEquals(List.of("mm/filemap.c", "mm/memory.c"), mail.getFileDiffs().stream().map(FileDiff::getNewPath).toList());
		assertEquals(List.of(3, 19), mail.getFileDiffs().stream().map(f -> f.getHunks().size()).toList());
		assertEquals(179, count(mail, LineKind.CONTEXT));
		assertEquals(134, count(mail, LineKind.REMOVED));
		assertEquals(101, count(mail, LineKind.ADDED));
	}

	@Test
	void appliesWithRepairOntoATreeWithKernelIndentation() throws Exception {
		PatchMail mail = Samples.seed().getPatches().getFirst();
		Map<String, String> pre = new LinkedHashMap<>();
		Map<String, String> post = new LinkedHashMap<>();
		for (FileDiff file : mail.getFileDiffs()) {
			pre.put(file.getNewPath(), KernelStyleTree.image(file, false));
			post.put(file.getNewPath(), KernelStyleTree.image(file, true));
		}
		try (TestRepository repo = new TestRepository(folder, pre)) {
			String before = repo.userStateHash();
			ApplyResult result = ApplyCommand.on(repo.repository()).setSeries(Samples.seed())
					.setCommitter(TestRepository.REVIEWER).call();
			assertEquals(before, repo.userStateHash(), "the user's tree, index, HEAD and branches are untouched");

			ApplyReport report = result.reports().getFirst();
			assertTrue(report.isSuccess(), () -> report.getProblems().toString());
			assertTrue(report.getProblems().isEmpty(), () -> report.getProblems().toString());
			assertEquals(22, report.getHunkReports().size());
			for (HunkReport hunk : report.getHunkReports()) {
				// only the #include hunk has no indentation to lose
				HunkOutcome expected = hunk.getDetail().isEmpty() && hunk.getHunk().getLines().stream()
						.allMatch(l -> l.getText().isEmpty() || l.getText().startsWith("#")) ? HunkOutcome.EXACT
								: HunkOutcome.WHITESPACE_REPAIRED;
				assertEquals(expected, hunk.getOutcome(), hunk.getPath() + " " + hunk.getHunkIndex());
				assertEquals(0, hunk.getOffset());
			}
			assertEquals(21, report.getHunkReports().stream()
					.filter(h -> h.getOutcome() == HunkOutcome.WHITESPACE_REPAIRED).count());
			assertEquals(2, report.getAppliedDiffstat().getFilesChanged());
			assertEquals(101, report.getAppliedDiffstat().getInsertions());
			assertEquals(134, report.getAppliedDiffstat().getDeletions());

			for (String path : post.keySet()) {
				String applied = repo.read(result.head(), path);
				assertEquals(squash(post.get(path)), squash(applied), path + " has the post-image, whitespace aside");
				assertNotEquals(squash(pre.get(path)), squash(applied));
				assertTrue(applied.lines().noneMatch(l -> l.startsWith(" ") && !l.startsWith(" *")),
						path + " is indented with tabs");
			}
			try (RevWalk walk = new RevWalk(repo.repository())) {
				RevCommit commit = walk.parseCommit(result.head());
				PersonIdent author = commit.getAuthorIdent();
				assertEquals("Hugh Dickins", author.getName());
				assertEquals("hughd@xxxxxxxxxx", author.getEmailAddress());
				assertEquals(mail.getDate().toInstant(), author.getWhenAsInstant());
				assertEquals(ZoneOffset.ofHours(-5), author.getZoneOffset());
				assertEquals(TestRepository.REVIEWER.getName(), commit.getCommitterIdent().getName());
				assertEquals("huge tmpfs: avoid premature exposure of new pagetable revert", commit.getShortMessage());
				assertTrue(commit.getFullMessage().endsWith("Signed-off-by: Hugh Dickins <hughd@xxxxxxxxxx>\n"));
				assertEquals(repo.repository().resolve("master"), commit.getParent(0).getId());
			}
			assertEquals(result.head(), repo.repository().resolve(result.refName()));
			assertTrue(result.refName().startsWith("refs/faultline/"));
		}
	}

	private static long count(PatchMail mail, LineKind kind) {
		return mail.getFileDiffs().stream().flatMap(f -> f.getHunks().stream()).flatMap(h -> h.getLines().stream())
				.filter(l -> l.getKind() == kind).count();
	}

	private static List<String> squash(String text) {
		List<String> lines = new ArrayList<>();
		text.lines().forEach(l -> lines.add(l.replaceAll("\\s+", "")));
		return lines;
	}

	/**
	 * Builds a file that holds a diff's old (or new) side where its hunks say, with filler lines between them,
	 * re-indented the way kernel code is: tabs by brace depth, one more under an unbraced if/else/for/while,
	 * labels and preprocessor lines at column 0, " * " inside comments.
	 */
	static final class KernelStyleTree {

		private KernelStyleTree() {
		}

		static String image(FileDiff file, boolean newSide) {
			StringBuilder text = new StringBuilder();
			int line = 1;
			for (Hunk hunk : file.getHunks()) {
				int start = newSide ? hunk.getNewStart() : hunk.getOldStart();
				for (; line < start; line++) {
					text.append("/* filler */\n"); // the same on both sides, as the lines between hunks are
				}
				List<String> side = new ArrayList<>();
				for (HunkLine hunkLine : hunk.getLines()) {
					if (hunkLine.getKind() == LineKind.CONTEXT || hunkLine.getKind() == (newSide ? LineKind.ADDED : LineKind.REMOVED))
						side.add(hunkLine.getText().strip());
				}
				for (String indented : indent(side)) {
					text.append(indented).append('\n');
					line++;
				}
			}
			return text.toString();
		}

		private static List<String> indent(List<String> lines) {
			int depth = 0;
			int lowest = 0;
			int[] depths = new int[lines.size()];
			boolean pendingBody = false;
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.startsWith("}"))
					depth--;
				depths[i] = depth + (pendingBody && !line.startsWith("{") ? 1 : 0);
				lowest = Math.min(lowest, depth);
				pendingBody = line.matches("^(if|else|for|while)\\b.*[^;{]$") || line.equals("else");
				depth += count(line, '{') - count(line, '}') + (line.startsWith("}") ? 1 : 0);
			}
			List<String> out = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				boolean column0 = line.isEmpty() || line.startsWith("#") || line.matches("^[A-Za-z_]\\w*:$");
				String indent = column0 ? "" : "\t".repeat(Math.max(0, depths[i] - lowest));
				out.add(indent + (line.startsWith("*") ? " " : "") + line);
			}
			return out;
		}

		private static int count(String line, char c) {
			return (int) line.chars().filter(ch -> ch == c).count();
		}
	}
}
