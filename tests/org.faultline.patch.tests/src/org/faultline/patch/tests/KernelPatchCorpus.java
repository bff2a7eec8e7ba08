package org.faultline.patch.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * Real-looking kernel patches made at test time from two real kernel trees: for every C source or header that
 * both trees have and that differs, the changes inside one top-level definition (a function, a struct, an
 * initializer) form one patch, as a reviewer would see a small change of that function posted. Nothing of
 * the kernel is kept in the project.
 */
final class KernelPatchCorpus {

	/**
	 * One patch: the base file's text, the exact diff lines that change it (without an {@code index} line) and the
	 * blob ids of the file before and after it.
	 */
	record KernelPatch(String path, String base, List<String> diff, ObjectId before, ObjectId after) {

		/**
		 * The diff as git writes it, with the blob ids abbreviated to {@code digits}; as it is without index line
		 * (quilt, most mm tooling) for 0.
		 */
		List<String> diff(int digits) {
			if (digits == 0)
				return diff;
			List<String> withIndex = new ArrayList<>(diff);
			withIndex.add(1, "index " + before.abbreviate(digits).name() + ".." + after.abbreviate(digits).name()
					+ " 100644");
			return withIndex;
		}
	}

	/** Context lines around each change, as git and JGit write them by default. */
	private static final int CONTEXT = 3;

	private KernelPatchCorpus() {
	}

	/**
	 * @param folders
	 *            folders relative to both trees whose *.c and *.h files are compared; one ending in {@code /**} with
	 *            its subfolders, the others alone
	 */
	static List<KernelPatch> between(Path oldTree, Path newTree, List<String> folders) throws IOException {
		List<KernelPatch> patches = new ArrayList<>();
		Path root = oldTree.toAbsolutePath().normalize();
		for (String folder : folders) {
			boolean deep = folder.endsWith("/**");
			Path start = root.resolve(deep ? folder.substring(0, folder.length() - 3) : folder).normalize();
			try (Stream<Path> files = deep ? Files.walk(start) : Files.list(start)) {
				for (Path old : files.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h"))
						.filter(Files::isRegularFile).sorted().toList()) {
					String path = root.relativize(old).toString().replace('\\', '/');
					Path changed = newTree.resolve(path);
					if (Files.isRegularFile(changed))
						patches.addAll(perDefinition(path, Files.readAllBytes(old), Files.readAllBytes(changed)));
				}
			}
		}
		return patches;
	}

	private static List<KernelPatch> perDefinition(String path, byte[] oldBytes, byte[] newBytes) throws IOException {
		RawText a = new RawText(oldBytes);
		RawText b = new RawText(newBytes);
		EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
				.diff(RawTextComparator.DEFAULT, a, b);
		Map<Integer, EditList> byDefinition = new LinkedHashMap<>();
		int[] definitionOfLine = definitions(a);
		for (Edit edit : edits) {
			int line = Math.min(edit.getBeginA(), definitionOfLine.length - 1);
			byDefinition.computeIfAbsent(line < 0 ? 0 : definitionOfLine[line], k -> new EditList()).add(edit);
		}
		String base = new String(oldBytes, StandardCharsets.UTF_8);
		String changed = new String(newBytes, StandardCharsets.UTF_8);
		List<KernelPatch> patches = new ArrayList<>();
		for (EditList group : joinTouching(byDefinition.values())) {
			ByteArrayOutputStream hunks = new ByteArrayOutputStream();
			try (DiffFormatter formatter = new DiffFormatter(hunks)) {
				formatter.setContext(CONTEXT);
				formatter.format(group, a, b);
			}
			List<String> diff = new ArrayList<>(List.of("diff --git a/" + path + " b/" + path, "--- a/" + path,
					"+++ b/" + path));
			hunks.toString(StandardCharsets.UTF_8).lines().forEach(diff::add);
			patches.add(new KernelPatch(path, base, diff, blobId(base), blobId(postImage(base, changed, group))));
		}
		return patches;
	}

	/** The base with only these edits made: the file after this one patch. */
	private static String postImage(String base, String changed, EditList edits) {
		List<String> oldLines = List.of(base.split("\n", -1));
		List<String> newLines = List.of(changed.split("\n", -1));
		List<String> post = new ArrayList<>();
		int at = 0;
		for (Edit edit : edits) {
			post.addAll(oldLines.subList(at, edit.getBeginA()));
			post.addAll(newLines.subList(edit.getBeginB(), edit.getEndB()));
			at = edit.getEndA();
		}
		post.addAll(oldLines.subList(at, oldLines.size()));
		return String.join("\n", post);
	}

	private static ObjectId blobId(String text) {
		try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
			return formatter.idFor(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * The groups, with a group joined to the one before when an edit of one falls in the other's context lines:
	 * JGit writes a group's context as if no other edit were near, so such a hunk would count lines it does not
	 * show (and at the end of a file, read past it).
	 */
	private static List<EditList> joinTouching(Iterable<EditList> groups) {
		List<EditList> joined = new ArrayList<>();
		for (EditList group : groups) {
			if (!joined.isEmpty() && group.getFirst().getBeginA() - joined.getLast().getLast().getEndA() < CONTEXT)
				joined.getLast().addAll(group);
			else
				joined.add(group);
		}
		return joined;
	}

	/** For every line, which top-level definition it is in: how many lines ending one ("}" at column 0) precede it. */
	private static int[] definitions(RawText text) {
		int[] of = new int[Math.max(1, text.size())];
		int count = 0;
		for (int i = 0; i < text.size(); i++) {
			of[i] = count;
			count += text.getString(i).startsWith("}") ? 1 : 0;
		}
		return of;
	}
}
