package org.faultline.patch.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jgit.errors.DirCacheNameConflictException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.patch.FormatError;
import org.eclipse.jgit.patch.Patch;
import org.eclipse.jgit.patch.PatchApplier;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.model.patch.ChangeType;
import org.faultline.model.patch.LineKind;
import org.faultline.patch.internal.DiffModel.FileDiff;
import org.faultline.patch.internal.DiffModel.Hunk;

/**
 * Applies file diffs onto a tree in the object database, never a working tree: each file's hunks are fitted
 * (and repaired) against the file's text in the base tree, written as an exact git diff and applied with
 * JGit's PatchApplier. Nothing is applied when any hunk fails.
 */
public final class TreePatcher {

	/** Per-file counts of what was applied. */
	public record FileStat(String path, int insertions, int deletions) {
	}

	/**
	 * @param tree
	 *            the new tree, or null when something failed
	 * @param hunksByFile
	 *            per file diff, in order, how its hunks fitted (empty for a file refused as a whole)
	 */
	public record Result(ObjectId tree, List<List<HunkResult>> hunksByFile, List<FileStat> stats,
			List<Problem> problems) {

		public boolean failed() {
			return tree == null;
		}
	}

	private static final String SYMLINK_MODE = "120000";

	private final Repository repository;

	private final Supplier<ObjectInserter> inserters;

	private final BooleanSupplier cancelled;

	/**
	 * @param inserters
	 *            where the blobs and trees of each result are written
	 * @param cancelled
	 *            asked while a repair searches for the post-image a git diff names
	 */
	public TreePatcher(Repository repository, Supplier<ObjectInserter> inserters, BooleanSupplier cancelled) {
		this.repository = repository;
		this.inserters = inserters;
		this.cancelled = cancelled;
	}

	public Result apply(RevTree base, List<FileDiff> files, boolean reverse) throws IOException {
		List<List<HunkResult>> hunkResults = new ArrayList<>();
		List<FileStat> stats = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		DiffWriter writer = new DiffWriter();
		problems.addAll(pathConflicts(files));
		try (ObjectReader reader = repository.newObjectReader()) {
			for (FileDiff original : files) {
				FileDiff file = reverse ? original.reversed() : original;
				try {
					hunkResults.add(fitFile(reader, base, file, writer, stats));
				} catch (PatchInputException e) {
					hunkResults.add(List.of());
					problems.add(e.problem());
				}
			}
		}
		for (HunkResult hunk : hunkResults.stream().flatMap(List::stream).toList()) {
			if (hunk.failed()) {
				problems.add(Problem.error("hunk-failed", hunk.detail(), hunk.path(), hunk.hunkIndex(),
						hunk.original().sourceLine()));
			}
		}
		if (!problems.isEmpty())
			return new Result(null, hunkResults, stats, problems);
		return new Result(applyExact(base, writer.toByteArray(), problems), hunkResults, stats, problems);
	}

	private ObjectId applyExact(RevTree base, byte[] diff, List<Problem> problems) throws IOException {
		Patch patch = new Patch();
		patch.parse(diff, 0, diff.length);
		for (FormatError error : patch.getErrors()) {
			problems.add(Problem.error("jgit-parse", "JGit cannot read the repaired diff: " + error.getMessage(), null,
					-1, 0));
		}
		if (!problems.isEmpty())
			return null;
		try (ObjectInserter inserter = inserters.get()) {
			PatchApplier.Result result;
			try {
				result = new PatchApplier(repository, base, inserter).applyPatch(patch);
			} catch (DirCacheNameConflictException e) {
				// a path the patch makes a file is a directory in the tree, or the other way round
				problems.add(Problem.error("path-conflict", "'" + e.getPath1() + "' and '" + e.getPath2()
						+ "' cannot both exist: one would be a file and a directory at once", e.getPath2(), -1, 0));
				return null;
			}
			// JGit drops a file with a failed hunk from the result tree: such a tree must never be used
			for (PatchApplier.Result.Error error : result.getErrors())
				problems.add(Problem.error("jgit-apply", error.toString().strip(), null, -1, 0));
			inserter.flush();
			return problems.isEmpty() ? result.getTreeId() : null;
		}
	}

	private List<HunkResult> fitFile(ObjectReader reader, RevTree base, FileDiff file, DiffWriter writer,
			List<FileStat> stats) throws IOException, PatchInputException {
		String path = file.path();
		checkPath(file, file.oldPath());
		checkPath(file, file.newPath());
		if (file.binary()) {
			throw new PatchInputException(Problem.error("binary-diff",
					"binary diff: Faultline applies text hunks only and the mail carries no text for this file", path, -1,
					file.sourceLine()));
		}
		if (SYMLINK_MODE.equals(file.newMode()) && file.changeType() != ChangeType.DELETE)
			checkLinkTarget(file);
		byte[] content = new byte[0];
		ObjectId blob = ObjectId.zeroId();
		if (file.changeType() == ChangeType.ADD) {
			if (find(reader, base, file.newPath()) != null) {
				throw new PatchInputException(Problem.error("file-exists", "the patch creates a file the tree already has",
						path, -1, file.sourceLine()));
			}
		} else {
			TreeWalk walk = find(reader, base, file.oldPath());
			if (walk == null) {
				throw new PatchInputException(Problem.error("no-such-file", "no such file in the tree", file.oldPath(), -1,
						file.sourceLine()));
			}
			if (walk.getFileMode(0) != FileMode.REGULAR_FILE && walk.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
				throw new PatchInputException(Problem.error("not-a-file",
						"is a " + (walk.getFileMode(0) == FileMode.SYMLINK ? "symbolic link" : "directory or submodule")
								+ " in the tree, not a file",
						file.oldPath(), -1, file.sourceLine()));
			}
			blob = walk.getObjectId(0);
			content = reader.open(blob).getCachedBytes(Integer.MAX_VALUE);
		}
		Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
		String text = new String(content, charset);
		if (text.contains("\r\n")) {
			// JGit's in-core apply would rewrite every line end of such a file to LF
			throw new PatchInputException(Problem.error("crlf-file",
					"the file has CRLF line ends, which applying in-core would turn into LF", path, -1,
					file.sourceLine()));
		}
		List<String> lines = lines(text);
		List<HunkResult> fitted = FileRepair.fit(path, lines, file.hunks(), BlobEvidence.of(file.oldBlob(),
				file.newBlob(), blob, text, charset, BlobEvidence.DEFAULT_BUDGET, cancelled));
		if (fitted.stream().noneMatch(HunkResult::failed)) {
			List<Hunk> repaired = fitted.stream().map(HunkResult::repaired).toList();
			writer.add(file, repaired, charset);
			int insertions = repaired.stream().mapToInt(h -> (int) h.count(LineKind.ADDED)).sum();
			int deletions = repaired.stream().mapToInt(h -> (int) h.count(LineKind.REMOVED)).sum();
			stats.add(new FileStat(path, insertions, deletions));
		}
		return fitted;
	}

	/**
	 * Paths of the patch that go through another path of the same patch: git would have to make that one a
	 * file (or a symbolic link) and a directory at once, and a link could lead the write out of the tree.
	 */
	private static List<Problem> pathConflicts(List<FileDiff> files) {
		Map<String, FileDiff> byPath = new HashMap<>();
		for (FileDiff file : files) {
			if (file.changeType() != ChangeType.DELETE && file.newPath() != null)
				byPath.putIfAbsent(file.newPath(), file);
		}
		List<Problem> problems = new ArrayList<>();
		for (FileDiff file : files) {
			String path = file.path();
			for (int slash = path == null ? -1 : path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
				FileDiff parent = byPath.get(path.substring(0, slash));
				if (parent != null) {
					String what = SYMLINK_MODE.equals(parent.newMode()) ? "a symbolic link" : "a file";
					problems.add(Problem.error("path-conflict",
							"writes through " + parent.newPath() + ", which the patch makes " + what, path, -1, file.sourceLine()));
					break;
				}
			}
		}
		return problems;
	}

	/** The file at a path, or null; a symbolic link on the way there is an error, as git apply has it. */
	private static TreeWalk find(ObjectReader reader, RevTree base, String path) throws IOException, PatchInputException {
		String[] parts = path.split("/");
		for (int i = 1; i < parts.length; i++) {
			String parent = String.join("/", Arrays.copyOfRange(parts, 0, i));
			TreeWalk walk = TreeWalk.forPath(reader, parent, base);
			if (walk != null && walk.getFileMode(0) == FileMode.SYMLINK) {
				throw new PatchInputException(Problem.error("symlink-in-path",
						"path goes through the symbolic link " + parent + " in the tree", path, -1, 0));
			}
		}
		return TreeWalk.forPath(reader, path, base);
	}

	/** A symbolic link the patch makes must stay inside the tree: relative, and not climbing above its root. */
	private static void checkLinkTarget(FileDiff file) throws PatchInputException {
		String target = file.hunks().stream().flatMap(h -> h.lines().stream()).filter(l -> l.kind() == LineKind.ADDED)
				.map(DiffModel.Line::text).findFirst().orElse("");
		int depth = file.newPath().split("/").length - 1;
		boolean outside = target.startsWith("/");
		for (String part : target.split("/")) {
			depth += part.equals("..") ? -1 : part.isEmpty() || part.equals(".") ? 0 : 1;
			outside |= depth < 0;
		}
		if (outside) {
			throw new PatchInputException(Problem.error("symlink-outside", "makes a symbolic link to '" + target
					+ "', which is outside the tree", file.newPath(), -1, file.sourceLine()));
		}
	}

	private static void checkPath(FileDiff file, String path) throws PatchInputException {
		if (path == null)
			return;
		String reason = null;
		if (path.isEmpty()) {
			reason = "empty path";
		} else if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
			reason = "absolute path";
		} else {
			for (String part : path.split("/")) {
				if (part.equals("..") || part.equals(".")) {
					reason = "path leaves the tree (" + part + ")";
				} else if (part.equalsIgnoreCase(".git")) {
					reason = "path inside .git";
				} else if (part.isEmpty()) {
					reason = "path has an empty component";
				}
			}
		}
		if (reason != null) {
			throw new PatchInputException(Problem.error("bad-path", reason + ": '" + path + "'", null, -1,
					file.sourceLine()));
		}
	}

	private static boolean isUtf8(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/** A text's lines without line ends; a final line end does not start another line. */
	static List<String> lines(String text) {
		if (text.isEmpty())
			return List.of();
		String[] split = text.split("\n", -1);
		int count = text.endsWith("\n") ? split.length - 1 : split.length;
		return List.of(Arrays.copyOf(split, count));
	}
}
