package org.faultline.patch.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;

import org.faultline.patch.internal.DiffModel.FileDiff;
import org.faultline.patch.internal.DiffModel.Hunk;
import org.faultline.patch.internal.DiffModel.Line;

/**
 * Writes repaired file diffs as a git diff that applies exactly: one {@code diff --git} section per file (so
 * JGit never runs one file into the next), hunk headers recomputed from the lines.
 */
final class DiffWriter {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/**
	 * @param charset
	 *            the file's own encoding, so that restored lines keep their bytes
	 */
	void add(FileDiff file, List<Hunk> hunks, Charset charset) {
		String oldPath = file.oldPath() == null ? file.newPath() : file.oldPath();
		String newPath = file.newPath() == null ? file.oldPath() : file.newPath();
		StringBuilder text = new StringBuilder();
		text.append("diff --git a/").append(oldPath).append(" b/").append(newPath).append('\n');
		switch (file.changeType()) {
			case ADD -> text.append("new file mode ").append(mode(file.newMode())).append('\n');
			case DELETE -> text.append("deleted file mode ").append(mode(file.oldMode())).append('\n');
			case RENAME -> text.append("rename from ").append(oldPath).append("\nrename to ").append(newPath).append('\n');
			case COPY -> text.append("copy from ").append(oldPath).append("\ncopy to ").append(newPath).append('\n');
			default -> {
				if (file.oldMode() != null && file.newMode() != null && !file.oldMode().equals(file.newMode()))
					text.append("old mode ").append(file.oldMode()).append("\nnew mode ").append(file.newMode()).append('\n');
			}
		}
		if (!hunks.isEmpty()) {
			text.append("--- ").append(file.oldPath() == null ? "/dev/null" : "a/" + oldPath).append('\n');
			text.append("+++ ").append(file.newPath() == null ? "/dev/null" : "b/" + newPath).append('\n');
		}
		int shift = 0;
		for (Hunk hunk : hunks) {
			int oldCount = (int) hunk.lines().stream().filter(Line::onOldSide).count();
			int newCount = (int) hunk.lines().stream().filter(Line::onNewSide).count();
			// a side with no lines names the line before the change
			int newStart = hunk.oldStart() + shift + (oldCount == 0 ? 1 : 0) - (newCount == 0 ? 1 : 0);
			shift += newCount - oldCount;
			text.append("@@ -").append(hunk.oldStart()).append(',').append(oldCount).append(" +").append(newStart)
					.append(',').append(newCount).append(" @@").append('\n');
			for (Line line : hunk.lines()) {
				char marker = switch (line.kind()) {
					case ADDED -> '+';
					case REMOVED -> '-';
					case CONTEXT -> ' ';
				};
				text.append(marker).append(line.text()).append('\n');
				if (line.noNewlineAtEnd())
					text.append("\\ No newline at end of file\n");
			}
		}
		out.writeBytes(text.toString().getBytes(charset));
	}

	private static String mode(String mode) {
		return mode == null ? "100644" : mode;
	}

	byte[] toByteArray() {
		return out.toByteArray();
	}
}
