package org.faultline.patch.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.patch.ApplyCommand;

/** A user's checkout in a temporary folder: files committed on master, and what the user's state hashes to. */
final class TestRepository implements AutoCloseable {

	static final PersonIdent REVIEWER = new PersonIdent("Rita Reviewer", "rita@example.org");

	private final Git git;

	private final Path root;

	TestRepository(Path root, Map<String, String> files) throws IOException, GitAPIException {
		this.root = root;
		this.git = Git.init().setDirectory(root.toFile()).setInitialBranch("master").call();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = root.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
		}
		git.add().addFilepattern(".").call();
		git.commit().setMessage("base").setAuthor(REVIEWER).setCommitter(REVIEWER).setSign(false).call();
	}

	Repository repository() {
		return git.getRepository();
	}

	Path root() {
		return root;
	}

	Git git() {
		return git;
	}

	String read(ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository())) {
			RevCommit parsed = walk.parseCommit(commit);
			try (TreeWalk tree = TreeWalk.forPath(repository(), path, parsed.getTree())) {
				if (tree == null)
					return null;
				return new String(repository().open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
			}
		}
	}

	/**
	 * A hash of everything of the user's: working tree files, index, HEAD and every ref outside Faultline's
	 * own namespace (branches, tags, remotes, notes).
	 */
	String userStateHash() throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve(".git")))
						.sorted().toList()) {
					digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
					digest.update(Files.readAllBytes(file));
				}
			}
			digest.update(Files.readAllBytes(root.resolve(".git/index")));
			digest.update(Files.readAllBytes(root.resolve(".git/HEAD")));
			for (Ref ref : repository().getRefDatabase().getRefsByPrefix(Constants.R_REFS)) {
				if (!ref.getName().startsWith(ApplyCommand.REF_PREFIX))
					digest.update((ref.getName() + ref.getObjectId().name()).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		git.close();
	}
}
