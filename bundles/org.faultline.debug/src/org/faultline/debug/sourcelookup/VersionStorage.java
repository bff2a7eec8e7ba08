package org.faultline.debug.sourcelookup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.debug.FaultlineDebug;

/**
 * A file of one version, read from its commit's git blob: read-only, and nothing is checked out. Two storages
 * are equal when they name the same commit and path, so an editor opened on one is found again for the next
 * frame in that file.
 */
public final class VersionStorage extends PlatformObject implements IStorage {

	private final Repository repository;
	private final ObjectId commit;
	private final String path;
	private final String version;

	/**
	 * @param path    repository-relative, e.g. {@code mm/memory.c}
	 * @param version the version's label, "before" or "after"
	 */
	public VersionStorage(Repository repository, ObjectId commit, String path, String version) {
		this.repository = repository;
		this.commit = commit.copy();
		this.path = path;
		this.version = version;
	}

	@Override
	public InputStream getContents() throws CoreException {
		return new ByteArrayInputStream(bytes());
	}

	/** The blob's bytes. */
	public byte[] bytes() throws CoreException {
		try (RevWalk walk = new RevWalk(repository);
				TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
			if (tree == null)
				throw FaultlineDebug.error(path + " is not in commit " + commit.name(), null);
			return repository.open(tree.getObjectId(0)).getBytes();
		} catch (IOException e) {
			throw FaultlineDebug.error("cannot read " + path + " of " + commit.name() + ": " + e.getMessage(), e);
		}
	}

	/** The commit and path, as {@code <commit>/<path>}: the same path of two versions differs. */
	@Override
	public IPath getFullPath() {
		return IPath.fromPortableString(commit.name() + "/" + path);
	}

	@Override
	public String getName() {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	@Override
	public boolean isReadOnly() {
		return true;
	}

	public Repository repository() {
		return repository;
	}

	public ObjectId commit() {
		return commit;
	}

	/** The repository-relative path. */
	public String path() {
		return path;
	}

	/** "before" or "after". */
	public String version() {
		return version;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof VersionStorage s && s.commit.equals(commit) && s.path.equals(path);
	}

	@Override
	public int hashCode() {
		return Objects.hash(commit, path);
	}

	@Override
	public String toString() {
		return path + " (" + version + ", " + commit.abbreviate(12).name() + ")";
	}
}
