package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.faultline.model.patch.ChangeType;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.LineKind;
import org.faultline.model.patch.PatchForm;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.junit.jupiter.api.Test;

/** Every form a reviewer gets a patch in reads into the same model. */
class MailFormsTest {

	static final String DIFF = """
			diff --git a/mm/fault.c b/mm/fault.c
			index 1111111..2222222 100644
			--- a/mm/fault.c
			+++ b/mm/fault.c
			@@ -1,3 +1,3 @@
			 int a;
			-int b;
			+int c;
			 int d;
			""";

	static PatchSeries read(String text) throws PatchException {
		return PatchReader.read().setSource("test", text.getBytes(StandardCharsets.UTF_8)).call();
	}

	static String mail(String subject, String messageId, String inReplyTo, String body) {
		return "From: Ada Lovelace <ada@example.org>\n" + "Date: Tue, 3 Mar 2026 10:15:00 +0100\n" + "Subject: " + subject
				+ "\n" + "Message-Id: <" + messageId + ">\n" + (inReplyTo == null ? "" : "In-Reply-To: <" + inReplyTo + ">\n")
				+ "\n" + body;
	}

	@Test
	void formatPatch() throws Exception {
		PatchMail mail = read(Fixtures.text("fault.patch")).getPatches().getFirst();
		assertEquals(PatchForm.FORMAT_PATCH, mail.getForm());
		assertEquals("mm: fixture fault handlers wait for locked pages", mail.getSubject());
		assertEquals(-1, mail.getSeriesIndex());
		assertEquals("Ada Reviewer", mail.getAuthorName());
		assertEquals("ada@example.org", mail.getAuthorAddress());
		assertEquals(60, mail.getZoneOffsetMinutes());
		assertEquals("+0100", mail.getZoneLabel());
		assertEquals(List.of("Reported-by", "Signed-off-by"), mail.getTrailers().stream().map(t -> t.getKey()).toList());
		assertTrue(mail.getMessage().startsWith("The read fault path dropped"));
		assertEquals(1, mail.getDeclaredDiffstat().getFilesChanged());
		assertEquals(11, mail.getDeclaredDiffstat().getInsertions());
		assertEquals(3, mail.getDeclaredDiffstat().getDeletions());
		assertEquals(14, mail.getDeclaredDiffstat().getEntries().getFirst().getChanges());
		assertEquals(2, mail.getFileDiffs().getFirst().getHunks().size());
	}

	@Test
	void quotedPrintableMailWithEncodedSubjectCharsetAndCrlf() throws Exception {
		String qp = """
				From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.org>
				Date: Wed, 4 Mar 2026 08:00:00 -0500 (EST)
				Subject: =?UTF-8?Q?=5BPATCH_v3_2/7=5D_mm:_f=C3=BCr_?=
				 =?UTF-8?Q?alle?=
				MIME-Version: 1.0
				Content-Type: text/plain; charset="utf-8"
				Content-Transfer-Encoding: quoted-printable

				Gr=C3=BC=C3=9Fe: a long line that the sender's mail program had to break=
				 softly.

				Signed-off-by: J=C3=B6rg M=C3=BCller <joerg@example.org>
				---
				diff --git a/mm/fault.c b/mm/fault.c
				--- a/mm/fault.c
				+++ b/mm/fault.c
				@@ -1,3 +1,3 @@
				 int a;
				-int b;
				+int c; /* =3D=3D x */
				 int d;
				""".replace("\n", "\r\n");
		PatchMail mail = read(qp).getPatches().getFirst();
		assertEquals(PatchForm.MAIL, mail.getForm());
		assertEquals("mm: für alle", mail.getSubject());
		assertEquals(2, mail.getSeriesIndex());
		assertEquals(7, mail.getSeriesTotal());
		assertEquals(3, mail.getSeriesVersion());
		assertEquals("Jörg Müller", mail.getAuthorName());
		assertEquals(-300, mail.getZoneOffsetMinutes());
		assertEquals("Grüße: a long line that the sender's mail program had to break softly.", mail.getMessage());
		assertEquals("Jörg Müller <joerg@example.org>", mail.getTrailers().getFirst().getValue());
		Hunk hunk = mail.getFileDiffs().getFirst().getHunks().getFirst();
		assertEquals("int c; /* == x */", hunk.getLines().get(2).getText());
		assertEquals(LineKind.ADDED, hunk.getLines().get(2).getKind());
	}

	@Test
	void base64PatchAttachmentInMultipartMail() throws Exception {
		String attachment = Base64.getMimeEncoder().encodeToString(DIFF.getBytes(StandardCharsets.UTF_8));
		String multipart = mail("[PATCH] mm: attached", "a@x", null, """
				This is a multi-part message in MIME format.
				--XYZ
				Content-Type: text/plain; charset=us-ascii

				The patch is attached.

				Signed-off-by: Ada Lovelace <ada@example.org>
				--XYZ
				Content-Type: text/x-patch; name="0001.patch"
				Content-Transfer-Encoding: base64

				""" + attachment + "\n--XYZ--\n").replace("Message-Id:", "Content-Type: multipart/mixed; boundary=\"XYZ\"\nMessage-Id:");
		PatchMail mail = read(multipart).getPatches().getFirst();
		assertEquals("mm: attached", mail.getSubject());
		assertEquals("The patch is attached.", mail.getMessage());
		assertEquals(1, mail.getTrailers().size());
		assertEquals("int c;", mail.getFileDiffs().getFirst().getHunks().getFirst().getLines().get(2).getText());
	}

	@Test
	void mboxSeriesInOrderWithCoverLetterAndReplyLeftOut() throws Exception {
		String mbox = "From ada Tue Mar  3 10:15:00 2026\n"
				+ mail("[PATCH v2 2/2] mm: second", "p2@x", "p0@x", "Second.\n---\n" + DIFF) + "\n"
				+ "From ada Tue Mar  3 10:15:00 2026\n" + mail("[PATCH v2 0/2] mm: cover", "p0@x", null, "Cover text.\n")
				+ "\n" + "From bob Tue Mar  3 11:00:00 2026\n"
				+ mail("Re: [PATCH v2 1/2] mm: first", "r1@x", "p1@x", "> quoted\nLooks good.\n") + "\n"
				+ "From ada Tue Mar  3 10:15:00 2026\n"
				+ mail("[PATCH v2 1/2] mm: first", "p1@x", "p0@x", "First.\n\n>From the archive, escaped.\n---\n" + DIFF);
		PatchSeries series = read(mbox);
		assertEquals(List.of("mm: first", "mm: second"), series.getPatches().stream().map(PatchMail::getSubject).toList());
		assertEquals(PatchForm.MBOX, series.getPatches().getFirst().getForm());
		assertEquals("mm: cover", series.getCoverLetter().getSubject());
		assertTrue(series.getCoverLetter().isCoverLetter());
		assertEquals("p0@x", series.getPatches().getFirst().getInReplyTo());
		assertEquals("First.\n\nFrom the archive, escaped.", series.getPatches().getFirst().getMessage());
		assertEquals(List.of("no-diff"), series.getProblems().stream().map(p -> p.getCode()).toList());
	}

	@Test
	void ofTwoVersionsTheNewestIsKept() throws Exception {
		String mbox = "From ada Tue Mar  3 10:15:00 2026\n" + mail("[PATCH 1/1] mm: old", "v1@x", null, DIFF) + "\n"
				+ "From ada Tue Mar  3 10:15:00 2026\n" + mail("[PATCH v2 1/1] mm: new", "v2@x", null, DIFF);
		PatchSeries series = read(mbox);
		assertEquals(List.of("mm: new"), series.getPatches().stream().map(PatchMail::getSubject).toList());
		assertEquals(List.of("older-version"), series.getProblems().stream().map(p -> p.getCode()).toList());
	}

	@Test
	void unnumberedPatchesFollowTheirThread() throws Exception {
		String reply = mail("[PATCH] mm: fix on top", "b@x", "a@x", DIFF).replace("In-Reply-To: <a@x>\n",
				"In-Reply-To: <a@x>\nReferences: <root@x> <a@x>\n");
		String mbox = "From ada Tue Mar  3 10:15:00 2026\n" + reply + "\n" + "From ada Tue Mar  3 10:15:00 2026\n"
				+ mail("[PATCH] mm: base fix", "a@x", "root@x", DIFF);
		assertEquals(List.of("mm: base fix", "mm: fix on top"),
				read(mbox).getPatches().stream().map(PatchMail::getSubject).toList());
	}

	@Test
	void inBodyFromAndSubjectOverrideTheSender() throws Exception {
		PatchMail mail = read(mail("[PATCH 1/1] mm: as sent", "f@x", null,
				"From: Real Author <real@example.org>\nSubject: [PATCH] mm: as written\n\nWhy.\n---\n" + DIFF))
				.getPatches().getFirst();
		assertEquals("Real Author", mail.getAuthorName());
		assertEquals("real@example.org", mail.getAuthorAddress());
		assertEquals("mm: as written", mail.getSubject());
		assertEquals("Why.", mail.getMessage());
	}

	@Test
	void archiveFooterAfterTheLastHunkIsLeftOut() throws Exception {
		String page = "[PATCH] mm: c for b\n\nFrom: Ada Lovelace\nDate: Tue Mar 03 2026 - 10:15:00 EST\n\nWhy.\n---\n"
				+ DIFF.replace(" int d;\n", "int d;\n") + "\nPlease read the FAQ at the address this archive gives for it, "
				+ "before you write\n";
		PatchSeries series = read(page);
		PatchMail mail = series.getPatches().getFirst();
		assertEquals(PatchForm.WEB_ARCHIVE, mail.getForm());
		assertEquals(List.of("int a;", "int b;", "int c;", "int d;"),
				mail.getFileDiffs().getFirst().getHunks().getFirst().getLines().stream().map(l -> l.getText()).toList());
		assertEquals(List.of("text-after-diff"), series.getProblems().stream().map(p -> p.getCode()).toList());
	}

	@Test
	void quiltDiffWithoutGitLines() throws Exception {
		PatchMail mail = read(Fixtures.text("table.patch")).getPatches().getFirst();
		assertEquals(PatchForm.PLAIN_DIFF, mail.getForm());
		assertEquals("mm: table helpers name their mask", mail.getSubject());
		assertEquals(1, mail.getTrailers().size());
		assertNull(mail.getDeclaredDiffstat());
		FileDiff file = mail.getFileDiffs().getFirst();
		assertEquals("mm/table.c", file.getOldPath());
		assertEquals("mm/table.c", file.getNewPath());
		assertEquals(2, file.getHunks().size());
	}

	@Test
	void twoQuiltFilesStayApart() throws Exception {
		String quilt = """
				--- a/mm/one.c
				+++ b/mm/one.c
				@@ -1,2 +1,2 @@
				 one
				-two
				+three
				--- a/mm/two.c	2016-04-16 19:38:23.000000000 -0500
				+++ b/mm/two.c	2016-04-16 19:38:23.000000000 -0500
				@@ -1 +1,2 @@
				 four
				+five
				""";
		PatchMail mail = read(quilt).getPatches().getFirst();
		assertEquals(List.of("mm/one.c", "mm/two.c"), mail.getFileDiffs().stream().map(FileDiff::getNewPath).toList());
		assertEquals(3, mail.getFileDiffs().getFirst().getHunks().getFirst().getLines().size());
	}

	@Test
	void newAndDeletedFiles() throws Exception {
		String diff = """
				diff --git a/mm/new.c b/mm/new.c
				new file mode 100644
				--- /dev/null
				+++ b/mm/new.c
				@@ -0,0 +1 @@
				+int fresh;
				diff --git a/mm/old.c b/mm/old.c
				deleted file mode 100644
				--- a/mm/old.c
				+++ /dev/null
				@@ -1 +0,0 @@
				-int stale;
				""";
		List<FileDiff> files = read(diff).getPatches().getFirst().getFileDiffs();
		assertEquals(ChangeType.ADD, files.get(0).getChangeType());
		assertNull(files.get(0).getOldPath());
		assertEquals(ChangeType.DELETE, files.get(1).getChangeType());
		assertEquals("mm/old.c", files.get(1).getOldPath());
	}
}
