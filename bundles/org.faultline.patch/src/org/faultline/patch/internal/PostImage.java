package org.faultline.patch.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.faultline.patch.internal.DiffModel.Line;

/**
 * The blob id git gives a file after its hunks are applied: SHA-1 over {@code "blob <length>\0"} and the bytes.
 * Candidates of one file differ only from their first hunk on, so the text before it is hashed once per length
 * (the header, which comes first, names the length) and each candidate hashes only the rest.
 */
final class PostImage {

	private final List<String> file;

	private final boolean endsWithNewline;

	private final Charset charset;

	private final Map<Long, MessageDigest> prefixes = new HashMap<>();

	private final Map<List<Integer>, byte[]> between = new HashMap<>();

	private int prefixLines = -1;

	/** How many bytes the candidates hashed, beyond the text they share: the work of a search. */
	private long hashed;

	private byte[] prefix;

	/**
	 * @param file
	 *            the file's lines before the patch, without line ends
	 * @param endsWithNewline
	 *            whether its last line has a line end
	 */
	PostImage(List<String> file, boolean endsWithNewline, Charset charset) {
		this.file = file;
		this.endsWithNewline = endsWithNewline;
		this.charset = charset;
	}

	/** How many bytes of candidates this has hashed so far. */
	long hashedBytes() {
		return hashed;
	}

	/** @param fitted every hunk of the file, none failed, in order */
	ObjectId id(List<HunkResult> fitted) {
		int first = fitted.isEmpty() ? file.size() : fitted.getFirst().appliedAtLine() - 1;
		byte[] rest = textFrom(first, fitted);
		MessageDigest digest = prefix(first, rest.length);
		digest.update(rest);
		hashed += rest.length;
		return ObjectId.fromRaw(digest.digest());
	}

	private MessageDigest prefix(int lines, long restLength) {
		if (lines != prefixLines) {
			prefixes.clear();
			prefixLines = lines;
			prefix = fileText(0, lines);
		}
		return resumed(prefixes.computeIfAbsent(prefix.length + restLength, length -> started(length, prefix)));
	}

	/** A digest of a blob of that length that has read its header and {@code start}. */
	private static MessageDigest started(long length, byte[] start) {
		MessageDigest digest = Constants.newMessageDigest();
		digest.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
		digest.update((byte) ' ');
		digest.update(Constants.encodeASCII(length));
		digest.update((byte) 0);
		digest.update(start);
		return digest;
	}

	/** A copy of a digest that goes on from where it stands, which stays as it is for the next. */
	private static MessageDigest resumed(MessageDigest start) {
		try {
			return (MessageDigest) start.clone();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("SHA-1 cannot be resumed on this JVM", e);
		}
	}

	/** The new file's bytes from a line on: the file's lines between hunks, the hunks' new sides. */
	private byte[] textFrom(int from, List<HunkResult> fitted) {
		return write(from, fitted, -1, -1, null);
	}

	/**
	 * The post-image of {@code fitted} as the bytes before one new-side line of one hunk and those after its text
	 * (its line end first), so that many texts of that line are hashed each at the cost of what follows it.
	 *
	 * @param hunk
	 *            the hunk's index in {@code fitted}
	 * @param line
	 *            the line's index among the hunk's repaired lines; it must be on the new side
	 */
	Around around(List<HunkResult> fitted, int hunk, int line) {
		int[] cut = new int[1];
		byte[] text = write(0, fitted, hunk, line, cut);
		return new Around(Arrays.copyOfRange(text, 0, cut[0]), Arrays.copyOfRange(text, cut[0], text.length));
	}

	/**
	 * Writes the new file from a line on; where {@code cut} is given, the text of new-side line {@code line} of hunk
	 * {@code hunk} is left out (its line end stays) and {@code cut[0]} says where it stood.
	 */
	private byte[] write(int from, List<HunkResult> fitted, int hunk, int line, int[] cut) {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		int at = from;
		for (int h = 0; h < fitted.size(); h++) {
			int start = fitted.get(h).appliedAtLine() - 1;
			text.writeBytes(fileText(at, start));
			at = start;
			StringBuilder lines = new StringBuilder();
			List<Line> repaired = fitted.get(h).repaired().lines();
			for (int l = 0; l < repaired.size(); l++) {
				Line each = repaired.get(l);
				if (each.onNewSide()) {
					if (h == hunk && l == line) {
						text.writeBytes(lines.toString().getBytes(charset));
						lines.setLength(0);
						cut[0] = text.size();
					} else
						lines.append(each.text());
					lines.append(each.noNewlineAtEnd() ? "" : "\n");
				}
				at += each.onOldSide() ? 1 : 0;
			}
			text.writeBytes(lines.toString().getBytes(charset));
		}
		text.writeBytes(fileText(at, file.size()));
		return text.toByteArray();
	}

	/** The post-image with a gap for one line's text: {@link #id(String)} hashes it with a text put there. */
	final class Around {

		private final byte[] before;

		private final byte[] after;

		private final Map<Long, MessageDigest> starts = new HashMap<>();

		private Around(byte[] before, byte[] after) {
			this.before = before;
			this.after = after;
		}

		ObjectId id(String line) {
			byte[] middle = line.getBytes(charset);
			MessageDigest digest = resumed(starts.computeIfAbsent((long) before.length + middle.length + after.length,
					length -> started(length, before)));
			digest.update(middle);
			digest.update(after);
			hashed += middle.length + after.length;
			return ObjectId.fromRaw(digest.digest());
		}
	}

	/** The bytes of the file's lines from one to another, the same for every candidate: encoded once. */
	private byte[] fileText(int from, int to) {
		return between.computeIfAbsent(List.of(from, to), k -> {
			StringBuilder text = new StringBuilder();
			for (int line = from; line < to; line++)
				text.append(file.get(line)).append(line < file.size() - 1 || endsWithNewline ? "\n" : "");
			return text.toString().getBytes(charset);
		});
	}
}
