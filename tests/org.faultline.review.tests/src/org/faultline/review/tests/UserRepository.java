package org.faultline.review.tests;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.faultline.exec.VersionSources;
import org.faultline.mmtree.ModelledTree;

/**
 * A kernel-like git checkout on disk, as a user has one: the modelled tree's base files committed on a branch
 * and checked out, so that tests can show what Faultline leaves untouched.
 */
final class UserRepository {

	static final PersonIdent USER = new PersonIdent("A User", "user@example.org");

	private UserRepository() {
	}

	/** A checkout in {@code dir} of the modelled tree's base ("huge tmpfs (model)") on branch master, tag v1. */
	static Git create(Path dir) throws Exception {
		Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("master").call();
		try (ModelledTree tree = ModelledTree.open()) {
			for (var file : VersionSources.files(tree.repository(), tree.baseCommit().getTree()).entrySet()) {
				Path path = dir.resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.getValue());
			}
		}
		git.add().addFilepattern(".").call();
		RevCommit commit = git.commit().setMessage("huge tmpfs (model)").setAuthor(USER).setCommitter(USER).call();
		git.tag().setName("v1").setObjectId(commit).call();
		return git;
	}

	/**
	 * Digests of everything of the user's that Faultline must not change: every file of the working tree, the
	 * index, HEAD, and every ref except Faultline's own.
	 */
	static Map<String, String> state(Repository repository) throws IOException {
		Map<String, String> state = new TreeMap<>();
		Path work = repository.getWorkTree().toPath();
		Path git = repository.getDirectory().toPath();
		// a git gc may be running in .git: not walked
		Files.walkFileTree(work, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				return dir.equals(git) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				state.put(work.relativize(file).toString(), digest(Files.readAllBytes(file)));
				return FileVisitResult.CONTINUE;
			}
		});
		state.put(".git/index", digest(Files.readAllBytes(repository.getIndexFile().toPath())));
		state.put(".git/HEAD", digest(Files.readAllBytes(git.resolve("HEAD"))));
		state.putAll(userRefs(repository));
		return state;
	}

	/**
	 * Every ref but Faultline's, read until two reads agree: JGit reads {@code packed-refs} before the loose refs,
	 * so a git gc packing refs in between makes one read miss refs that had been loose.
	 */
	private static Map<String, String> userRefs(Repository repository) throws IOException {
		Map<String, String> last = null;
		while (true) {
			Map<String, String> refs = new TreeMap<>();
			for (Ref ref : repository.getRefDatabase().getRefs())
				if (!ref.getName().startsWith("refs/faultline/"))
					refs.put(ref.getName(), ref.getObjectId().name());
			if (refs.equals(last))
				return refs;
			last = refs;
		}
	}

	private static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
