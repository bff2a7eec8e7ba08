package org.faultline.patch.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.security.MessageDigest;
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

	/** @param fitted every hunk of the file, none failed, in order */
	ObjectId id(List<HunkResult> fitted) {
		int first = fitted.isEmpty() ? file.size() : fitted.getFirst().appliedAtLine() - 1;
		byte[] rest = textFrom(first, fitted);
		MessageDigest digest = prefix(first, rest.length);
		digest.update(rest);
		return ObjectId.fromRaw(digest.digest());
	}

	private MessageDigest prefix(int lines, long restLength) {
		if (lines != prefixLines) {
			prefixes.clear();
			prefixLines = lines;
			prefix = fileText(0, lines);
		}
		long length = prefix.length + restLength;
		MessageDigest start = prefixes.computeIfAbsent(length, l -> {
			MessageDigest digest = Constants.newMessageDigest();
			digest.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
			digest.update((byte) ' ');
			digest.update(Constants.encodeASCII(l));
			digest.update((byte) 0);
			digest.update(prefix);
			return digest;
		});
		try {
			return (MessageDigest) start.clone();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("SHA-1 cannot be resumed on this JVM", e);
		}
	}

	/** The new file's bytes from a line on: the file's lines between hunks, the hunks' new sides. */
	private byte[] textFrom(int from, List<HunkResult> fitted) {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		int at = from;
		for (HunkResult hunk : fitted) {
			int start = hunk.appliedAtLine() - 1;
			text.writeBytes(fileText(at, start));
			at = start;
			StringBuilder lines = new StringBuilder();
			for (Line line : hunk.repaired().lines()) {
				if (line.onNewSide())
					lines.append(line.text()).append(line.noNewlineAtEnd() ? "" : "\n");
				at += line.onOldSide() ? 1 : 0;
			}
			text.writeBytes(lines.toString().getBytes(charset));
		}
		text.writeBytes(fileText(at, file.size()));
		return text.toByteArray();
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
