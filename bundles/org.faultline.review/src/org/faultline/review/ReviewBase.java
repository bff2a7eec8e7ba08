package org.faultline.review;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.faultline.mmtree.ModelledTree;
import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeKind;

/**
 * The tree a patch is reviewed on: the embedded modelled mm tree (in memory, no checkout needed) or a git
 * repository of the user's, which is only read and given new objects and {@code refs/faultline/*} refs; its
 * working tree, index, HEAD and branches are never touched. Closing it closes the repository it opened.
 *
 * <pre>
 * try (ReviewBase base = ReviewBase.repository(Path.of("~/linux"))) { ... }
 * try (ReviewBase base = ReviewBase.modelledTree()) { ... }
 * </pre>
 */
public final class ReviewBase implements AutoCloseable {

	private final Repository repository;

	private final ModelledTree modelled;

	private ReviewBase(Repository repository, ModelledTree modelled) {
		this.repository = repository;
		this.modelled = modelled;
	}

	/** The embedded modelled mm tree; its default revision is the seed's base, "huge tmpfs (model)". */
	public static ReviewBase modelledTree() throws ReviewException {
		try {
			ModelledTree tree = ModelledTree.open();
			return new ReviewBase(tree.repository(), tree);
		} catch (IOException e) {
			throw new ReviewException("cannot build the embedded modelled mm tree: " + e.getMessage(), e);
		}
	}

	/**
	 * The git repository that {@code dir} is in (a checkout or a git directory).
	 *
	 * @throws ReviewException when {@code dir} is not a directory or not in a git repository
	 */
	public static ReviewBase repository(Path dir) throws ReviewException {
		File file = dir.toFile();
		if (!file.isDirectory())
			throw new ReviewException("no such directory: " + dir);
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(file);
		if (builder.getGitDir() == null)
			throw new ReviewException("not a git repository: " + dir);
		try {
			return new ReviewBase(builder.setMustExist(true).build(), null);
		} catch (IOException e) {
			throw new ReviewException("cannot open the git repository of " + dir + ": " + e.getMessage(), e);
		}
	}

	/** A repository the caller owns and closes; closing the base leaves it open. */
	public static ReviewBase of(Repository repository) {
		repository.incrementOpen();
		return new ReviewBase(repository, null);
	}

	public Repository repository() {
		return repository;
	}

	/** What a reviewer calls this tree: the modelled tree's name, or the repository's git directory. */
	public String name() {
		return modelled != null ? ModelledTree.NAME + " (in memory)" : repository.getDirectory().toString();
	}

	public boolean isModelledTree() {
		return modelled != null;
	}

	/** The revision a patch applies to unless told otherwise: the modelled tree's base, or HEAD. */
	public String defaultRevision() {
		return modelled != null ? ModelledTree.BASE_REF : "HEAD";
	}

	/**
	 * The revision of the modelled tree's other image, "model of v4.6-rc", for comparing its two images without
	 * a patch; null for a repository.
	 */
	public String modelledAfterRevision() {
		return modelled != null ? ModelledTree.V4_6_RC_TAG : null;
	}

	/** Describes the base for the review document: what kind of tree it is and where it is. */
	void describe(SourceTree tree) {
		if (modelled != null) {
			tree.setKind(TreeKind.EMBEDDED_MODEL);
			tree.setName(ModelledTree.NAME);
			tree.setRepositoryLocation("");
		}
	}

	@Override
	public void close() {
		if (modelled != null)
			modelled.close();
		else
			repository.close();
	}
}
