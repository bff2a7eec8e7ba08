package org.faultline.mmtree.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.patch.Patch;
import org.eclipse.jgit.patch.PatchApplier;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.faultline.mmtree.ModelledTree;

/**
 * Builds the modelled tree's repository: the files under {@code tree/} become "model of v4.6-rc", and
 * the embedded model patch applied onto them with JGit becomes "huge tmpfs (model)".
 * <p>
 * Every object is a pure function of the embedded files and the fixed identities and dates below,
 * so the commit ids never change unless the model does.
 */
public final class ModelledTreeBuilder {

	static final String MODEL_PATCH = "patches/0001-huge-tmpfs-model.patch";

	private static final String V46_MESSAGE = """
			model of v4.6-rc

			Faultline's model of the Linux page-fault path (mm/memory.c,
			mm/filemap.c and the model headers they include) as of v4.6-rc,
			before the huge tmpfs series. See README for what is modelled.
			""";

	private static final PersonIdent V46_AUTHOR = new PersonIdent(ModelPatch.MODEL_AUTHOR, ModelPatch.MODEL_ADDRESS,
			Instant.parse("2016-04-10T12:00:00Z"), TimeZone.getTimeZone("UTC").toZoneId());

	public ModelledTree build() throws IOException {
		Repository repository = new InMemoryRepository(new DfsRepositoryDescription("faultline-mmtree"));
		try (ObjectInserter inserter = repository.newObjectInserter(); RevWalk walk = new RevWalk(repository)) {
			ObjectId v46Tree = writeTree(inserter, ModelResources.treeFiles());
			ObjectId v46Id = commit(inserter, v46Tree, null, V46_AUTHOR, V46_MESSAGE);
			inserter.flush(); // the applier reads the base through its own reader

			ModelPatch modelPatch = ModelPatch.parse(ModelResources.read(MODEL_PATCH));
			ObjectId hugeTree = apply(repository, walk.parseCommit(v46Id).getTree(), inserter, modelPatch.diff());
			ObjectId hugeId = commit(inserter, hugeTree, v46Id, modelPatch.author(), modelPatch.message());
			inserter.flush();

			RevCommit v46 = walk.parseCommit(v46Id);
			RevCommit huge = walk.parseCommit(hugeId);
			setRef(repository, ModelledTree.V4_6_RC_TAG, v46);
			setRef(repository, ModelledTree.HUGE_TMPFS_TAG, huge);
			setRef(repository, ModelledTree.BASE_REF, huge);
			RefUpdate head = repository.updateRef(Constants.HEAD);
			head.disableRefLog();
			head.link(ModelledTree.BASE_REF);
			return new ModelledTree(repository, v46, huge);
		} catch (IOException | RuntimeException e) {
			repository.close();
			throw e;
		}
	}

	private static ObjectId writeTree(ObjectInserter inserter, List<String> paths) throws IOException {
		DirCache index = DirCache.newInCore();
		DirCacheBuilder builder = index.builder();
		for (String path : paths) {
			DirCacheEntry entry = new DirCacheEntry(path);
			entry.setFileMode(FileMode.REGULAR_FILE);
			entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, ModelResources.read("tree/" + path)));
			builder.add(entry);
		}
		builder.finish();
		return index.writeTree(inserter);
	}

	private static ObjectId apply(Repository repository, org.eclipse.jgit.revwalk.RevTree base, ObjectInserter inserter,
			byte[] diff) throws IOException {
		Patch patch = new Patch();
		try (InputStream in = new ByteArrayInputStream(diff)) {
			patch.parse(in);
		}
		if (!patch.getErrors().isEmpty())
			throw new IllegalStateException(MODEL_PATCH + " does not parse: " + patch.getErrors());
		PatchApplier.Result result = new PatchApplier(repository, base, inserter).applyPatch(patch);
		if (!result.getErrors().isEmpty()) {
			// the applier drops files whose hunks failed: a partial tree must never become a commit
			throw new IllegalStateException(MODEL_PATCH + " does not apply: " + result.getErrors());
		}
		return result.getTreeId();
	}

	private static ObjectId commit(ObjectInserter inserter, ObjectId tree, ObjectId parent, PersonIdent author,
			String message) throws IOException {
		CommitBuilder commit = new CommitBuilder();
		commit.setTreeId(tree);
		if (parent != null)
			commit.setParentId(parent);
		commit.setAuthor(author);
		commit.setCommitter(author);
		commit.setMessage(message);
		commit.setEncoding(StandardCharsets.UTF_8);
		return inserter.insert(commit);
	}

	private static void setRef(Repository repository, String name, RevCommit commit) throws IOException {
		RefUpdate update = repository.updateRef(name);
		update.setNewObjectId(commit);
		update.disableRefLog();
		RefUpdate.Result result = update.forceUpdate();
		if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED)
			throw new IOException("cannot set " + name + ": " + result);
	}
}
