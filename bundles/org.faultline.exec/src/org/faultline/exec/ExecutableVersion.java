package org.faultline.exec;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.faultline.c.parse.Program;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.SourceSet;
import org.faultline.exec.internal.interp.CompiledVersion;
import org.faultline.exec.internal.interp.Lowering;
import org.faultline.exec.internal.prim.Primitives;

/**
 * One version of the fault path (mm/memory.c and mm/filemap.c with their headers), parsed and lowered once
 * into executable form; runs share it. The boundary: functions defined in the two .c files are interpreted,
 * except the stops; functions defined elsewhere (inlines of real kernel headers) and the stops run as their
 * primitives. A function with no primitive is interpreted wherever it is defined.
 */
public final class ExecutableVersion {

	/**
	 * The default boundary: helpers that real kernel sources define in memory.c/filemap.c but that the engine
	 * models as primitives (page lock and wait-queue internals, page-cache insertion, readahead policy,
	 * diagnostics), following the fault-path inventory.
	 */
	public static final Set<String> DEFAULT_STOPS = Set.of("unlock_page", "__lock_page", "__lock_page_killable",
			"__lock_page_or_retry", "wait_on_page_bit", "wait_on_page_bit_killable", "page_waitqueue",
			"pagecache_get_page", "find_get_entry", "__page_cache_alloc", "add_to_page_cache_lru",
			"__add_to_page_cache_locked", "page_cache_tree_insert", "do_sync_mmap_readahead",
			"do_async_mmap_readahead", "shrink_readahead_size_eio", "print_bad_pte", "add_mm_counter_fast",
			"folio_unlock", "filemap_get_entry", "filemap_add_folio", "folio_wait_bit_common");

	private static final String MEMORY_C = "mm/memory.c", FILEMAP_C = "mm/filemap.c";

	private final String label;
	final CompiledVersion compiled;

	private ExecutableVersion(String label, CompiledVersion compiled) {
		this.label = label;
		this.compiled = compiled;
	}

	/**
	 * The fault path's files of a tree with the headers they include, preprocessed as an x86_64 kernel build
	 * reads them ({@link SourceSet#kernelIncludes()}, {@link Configuration#x86_64()}); not yet loaded.
	 */
	public static SourceSet sources(SourceSet.Reader reader) {
		return SourceSet.from(reader).kernelIncludes().configuration(Configuration.x86_64()).file(MEMORY_C)
				.file(FILEMAP_C);
	}

	/** Lowers a version loaded from {@link #sources}, e.g. one whose parse is shared with the semantic diff. */
	public static ExecutableVersion lower(String label, Program program, Set<String> stops) {
		return new ExecutableVersion(label, Lowering.lower(program, Primitives.standard(),
				f -> !stops.contains(f.name()) && Set.of(MEMORY_C, FILEMAP_C).contains(f.range().file())));
	}

	/**
	 * Loads {@code mm/memory.c} and {@code mm/filemap.c} with their headers through a reader ({@link #sources}).
	 *
	 * @throws IOException when one of the two files cannot be read
	 */
	public static ExecutableVersion load(String label, SourceSet.Reader reader, Set<String> stops) throws IOException {
		return lower(label, sources(reader).load(), stops);
	}

	public static ExecutableVersion load(String label, SourceSet.Reader reader) throws IOException {
		return load(label, reader, DEFAULT_STOPS);
	}

	public String label() {
		return label;
	}

	/** The same lowered code under another name: runs report the label they ran on. */
	public ExecutableVersion withLabel(String newLabel) {
		return new ExecutableVersion(newLabel, compiled);
	}

	/** Constructs the sources have that the engine cannot run, with file:line. */
	public List<String> problems() {
		return compiled.problems();
	}

	public boolean defines(String function) {
		return compiled.function(function) != null;
	}
}
