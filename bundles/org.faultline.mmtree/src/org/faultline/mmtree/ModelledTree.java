package org.faultline.mmtree;

import java.io.IOException;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.faultline.mmtree.internal.ModelledTreeBuilder;
import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeFactory;
import org.faultline.model.tree.TreeKind;
import org.faultline.model.tree.TreeVersion;

/**
 * The embedded modelled mm tree: Faultline's own C model of the Linux page-fault path at the seed
 * patch's base, in an in-memory git repository, so that a patch can be applied and run without a
 * kernel checkout.
 * <p>
 * The repository has two commits, built deterministically (same ids on every build): "model of
 * v4.6-rc" and its child "huge tmpfs (model)", which is {@link #BASE_REF} and {@code HEAD}.
 */
public final class ModelledTree implements AutoCloseable {

	/** The seed's base, "huge tmpfs (model)". */
	public static final String BASE_REF = Constants.R_HEADS + Constants.MASTER;

	/** "model of v4.6-rc": the fault path without the huge tmpfs series. */
	public static final String V4_6_RC_TAG = Constants.R_TAGS + "model-v4.6-rc";

	/** "huge tmpfs (model)", the same commit as {@link #BASE_REF}. */
	public static final String HUGE_TMPFS_TAG = Constants.R_TAGS + "model-huge-tmpfs";

	/** What {@link SourceTree#getName()} says for this tree. */
	public static final String NAME = "Faultline modelled mm tree";

	private final Repository repository;

	private final RevCommit v46;

	private final RevCommit base;

	/** Used by the builder; call {@link #open()}. */
	public ModelledTree(Repository repository, RevCommit v46, RevCommit base) {
		this.repository = repository;
		this.v46 = v46;
		this.base = base;
	}

	/** Builds the repository in memory from the sources embedded in this bundle. */
	public static ModelledTree open() throws IOException {
		return new ModelledTreeBuilder().build();
	}

	public Repository repository() {
		return repository;
	}

	/** "huge tmpfs (model)": the tree the seed patch applies to. */
	public RevCommit baseCommit() {
		return base;
	}

	/** "model of v4.6-rc", the parent of {@link #baseCommit()}. */
	public RevCommit v46Commit() {
		return v46;
	}

	/** The tree and its two versions as model objects, for showing and storing. */
	public SourceTree toSourceTree() {
		SourceTree tree = TreeFactory.eINSTANCE.createSourceTree();
		tree.setName(NAME);
		tree.setKind(TreeKind.EMBEDDED_MODEL);
		tree.setRepositoryLocation("");
		tree.getVersions().add(version("model-v4.6-rc", V4_6_RC_TAG, v46));
		tree.getVersions().add(version("model-huge-tmpfs", BASE_REF, base));
		return tree;
	}

	private static TreeVersion version(String label, String ref, RevCommit commit) {
		TreeVersion version = TreeFactory.eINSTANCE.createTreeVersion();
		version.setLabel(label);
		version.setRefName(ref);
		version.setCommitId(commit.name());
		version.setTreeId(commit.getTree().name());
		version.setSummary(commit.getShortMessage());
		return version;
	}

	@Override
	public void close() {
		repository.close();
	}
}
