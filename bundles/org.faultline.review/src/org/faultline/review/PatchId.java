package org.faultline.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.faultline.model.patch.ChangeType;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.PatchMail;

/**
 * The stable id of a patch, as {@code git patch-id --stable} computes it for the patch in git's format: a SHA-1
 * of each file's diff with all whitespace and the hunk headers' line numbers left out, the files' digests
 * added up so that their order does not matter. Copies of one patch that differ only in whitespace (a web
 * archive's, a mail client's) or in where their hunks apply have the same id; that is what a review is stored
 * under, so it is found again from any of them.
 */
public final class PatchId {

	private PatchId() {
	}

	/** The id of one patch, 40 hex digits. */
	public static String of(PatchMail patch) {
		return of(List.of(patch));
	}

	/** The id of patches taken together, as if their diffs were one. */
	public static String of(List<PatchMail> patches) {
		byte[] sum = new byte[20];
		for (PatchMail patch : patches)
			for (FileDiff file : patch.getFileDiffs())
				add(sum, digest(file));
		return HexFormat.of().formatHex(sum);
	}

	/** What git hashes of one file: its header lines as git writes them, then every line of every hunk. */
	private static byte[] digest(FileDiff file) {
		MessageDigest sha1 = sha1();
		update(sha1, "diff --git a/" + file.getOldPath() + " b/" + file.getNewPath());
		if (file.getChangeType() == ChangeType.ADD)
			update(sha1, "new file mode " + mode(file.getNewMode()));
		if (file.getChangeType() == ChangeType.DELETE)
			update(sha1, "deleted file mode " + mode(file.getOldMode()));
		update(sha1, "--- " + (file.getChangeType() == ChangeType.ADD ? "/dev/null" : "a/" + file.getOldPath()));
		update(sha1, "+++ " + (file.getChangeType() == ChangeType.DELETE ? "/dev/null" : "b/" + file.getNewPath()));
		for (Hunk hunk : file.getHunks())
			for (HunkLine line : hunk.getLines())
				update(sha1, marker(line) + line.getText());
		return sha1.digest();
	}

	private static String mode(String mode) {
		return mode == null ? "100644" : mode;
	}

	private static char marker(HunkLine line) {
		return switch (line.getKind()) {
		case ADDED -> '+';
		case REMOVED -> '-';
		case CONTEXT -> ' ';
		};
	}

	/** Hashes a line without its ASCII whitespace (C's isspace), as git patch-id does unless told --verbatim. */
	private static void update(MessageDigest sha1, String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		int kept = 0;
		for (byte b : bytes)
			if (!(b == ' ' || b >= '\t' && b <= '\r'))
				bytes[kept++] = b;
		sha1.update(bytes, 0, kept);
	}

	/** Adds a digest into the sum byte by byte, carrying upwards, as git's stable mode does. */
	private static void add(byte[] sum, byte[] digest) {
		int carry = 0;
		for (int i = 0; i < sum.length; i++) {
			carry += (sum[i] & 0xff) + (digest[i] & 0xff);
			sum[i] = (byte) carry;
			carry >>= 8;
		}
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-1", e);
		}
	}
}
