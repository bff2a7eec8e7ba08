package org.faultline.review;

import java.io.IOException;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.VersionSources;
import org.faultline.review.internal.VersionCache;

/**
 * One side of a review, a commit of the base's repository: its files, and its fault path parsed (for the
 * semantic diff) and lowered (for running scenarios), each built once and shared by tree id.
 */
public final class Version {

	private final String label;

	private final Repository repository;

	private final RevCommit commit;

	private final SourceSet.Reader reader;

	Version(String label, Repository repository, RevCommit commit) {
		this.label = label;
		this.repository = repository;
		this.commit = commit;
		this.reader = VersionSources.reader(repository, commit.getTree());
	}

	/** What runs and reports call this side, e.g. {@code before (refs/heads/master)}. */
	public String label() {
		return label;
	}

	public ObjectId commitId() {
		return commit.getId();
	}

	public RevCommit commit() {
		return commit;
	}

	public Repository repository() {
		return repository;
	}

	/** A file of this version, or null when it has none at that path. */
	public String read(String path) throws IOException {
		return reader.read(path);
	}

	/** mm/memory.c and mm/filemap.c with the headers they include, parsed. */
	public Program program() throws IOException {
		return VersionCache.shared().program(commit.getTree(), reader);
	}

	/**
	 * Starts parsing the fault path ({@link #program()}) on a daemon thread, so that it proceeds while this
	 * thread does other work, e.g. reading and applying the patch on a second core; {@link #program()} then waits
	 * for it. A failure is left for {@link #program()} to meet again and report.
	 */
	void prefetch() {
		Thread t = new Thread(() -> {
			try {
				program();
			} catch (IOException | RuntimeException | LinkageError e) {
				// program() reads again and throws to its caller; a LinkageError also comes when the JVM exits
				// (the patch did not read, say) while the parser's native library is being loaded
			}
		}, "faultline-parse " + label);
		t.setDaemon(true);
		t.start();
	}

	/** The fault path lowered for running scenarios, under this side's label. */
	public ExecutableVersion executable() throws IOException {
		return VersionCache.shared().executable(commit.getTree(), reader).withLabel(label);
	}
}
