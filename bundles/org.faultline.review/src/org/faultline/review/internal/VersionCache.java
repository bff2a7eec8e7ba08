package org.faultline.review.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.exec.ExecutableVersion;

/**
 * Parsed and lowered versions of the fault path, kept by the id of the git tree they were read from. A tree id
 * names its content, so a version built for one session (or one repository) serves every other that has the
 * same tree: reopening a review, or the same base in the IDE and in a test, builds nothing again. The few most
 * recently used are kept; a whole version is a few megabytes. All parsing goes through one long-lived
 * parser, which re-parses a file incrementally from the last version of it it saw: a fresh parser takes about
 * 90 ms for the fault path of the modelled tree, a reused one about 10 (benchmark {@code version-build}).
 */
public final class VersionCache {

	private static final int KEPT = 6;

	private static final VersionCache SHARED = new VersionCache();

	/** Not thread-safe: used under its own lock. Lives as long as the cache, like the trees it keeps. */
	private final CParser parser = new CParser();

	private final Map<ObjectId, Built> built = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<ObjectId, Built> eldest) {
			return size() > KEPT;
		}
	};

	public static VersionCache shared() {
		return SHARED;
	}

	/** The parse of a tree's fault path, made the first time it is asked for. */
	public Program program(ObjectId tree, SourceSet.Reader reader) throws IOException {
		Built b = entry(tree);
		synchronized (b) {
			if (b.program == null)
				synchronized (parser) {
					b.program = ExecutableVersion.sources(reader).parser(parser).load();
				}
			return b.program;
		}
	}

	/** The executable form of a tree's fault path, lowered once from its {@link #program}. */
	public ExecutableVersion executable(ObjectId tree, SourceSet.Reader reader) throws IOException {
		Program program = program(tree, reader);
		Built b = entry(tree);
		synchronized (b) {
			if (b.executable == null)
				b.executable = ExecutableVersion.lower(tree.name(), program, ExecutableVersion.DEFAULT_STOPS);
			return b.executable;
		}
	}

	/** Forgets everything, e.g. for a benchmark that measures building. */
	public synchronized void clear() {
		built.clear();
	}

	private synchronized Built entry(ObjectId tree) {
		return built.computeIfAbsent(tree.copy(), t -> new Built());
	}

	private static final class Built {
		Program program;
		ExecutableVersion executable;
	}
}
