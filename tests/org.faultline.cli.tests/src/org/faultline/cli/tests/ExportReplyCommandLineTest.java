package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.faultline.cli.Faultline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline export-reply} on the seed's review of the modelled tree (kept under $FAULTLINE_DATA). */
class ExportReplyCommandLineTest {

	@TempDir
	Path folder;

	@Test
	void theReviewLeavesAsAReplyWithItsCommentsAndTrailer() throws Exception {
		String text = "Is orig_pte read under the pte lock here? " + UUID.randomUUID();
		CommandLineRun add = CommandLineRun.of("annotate", "--add", text, "--on", "function:after:do_read_fault",
				"--author", "Ada Reviewer <ada@example.org>");
		assertEquals(0, add.exit(), add.err());

		CommandLineRun published = CommandLineRun.of("export-reply", "--from", "Ada Reviewer <ada@example.org>");
		assertEquals(0, published.exit(), published.err());
		assertFalse(published.out().contains(text), "a draft stays out unless asked");

		Path mail = folder.resolve("reply.txt");
		CommandLineRun reply = CommandLineRun.of("export-reply", "--drafts", "--trailer", "Reviewed-by", "--from",
				"Ada Reviewer <ada@example.org>", "-o", mail.toString());
		assertEquals(0, reply.exit(), reply.err());
		String written = Files.readString(mail);
		assertTrue(written.startsWith("From: Ada Reviewer <ada@example.org>\n"), written);
		assertTrue(written.contains("Subject: Re: [PATCH mmotm 4/5] huge tmpfs: avoid premature exposure of new "
				+ "pagetable revert\n"), written);
		assertTrue(written.contains("[function (after): do_read_fault in mm/memory.c]\n" + text), written);
		assertTrue(written.contains("\n> @@ "), "the hunk of do_read_fault is quoted: " + written);
		assertTrue(written.endsWith("Reviewed-by: Ada Reviewer <ada@example.org>\n"), written);
	}

	@Test
	void aTrailerOtherThanReviewedOrAckedIsAUsageError() {
		CommandLineRun run = CommandLineRun.of("export-reply", "--trailer", "Signed-off-by");
		assertEquals(Faultline.EXIT_USAGE, run.exit());
		assertEquals("faultline: --trailer must be Reviewed-by or Acked-by, not Signed-off-by" + System.lineSeparator(),
				run.err());
	}
}
