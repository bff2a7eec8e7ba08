package org.faultline.exec;

import java.util.List;
import java.util.Map;

/**
 * What one fault runs over: the vma and its file, the fault, the page-table and page-cache state before it,
 * what the vma's operations do, allocation failures and races. Written by users in the text form that
 * {@link ScenarioParser} reads; see {@code scenarios/*.fault} for the ones that ship. {@code text} is the
 * text it was read from.
 */
public record Scenario(String name, String description, Vma vma, Fault fault, PmdState pmd, List<Pte> ptes,
		List<CachedPage> cache, Ops ops, Long faultAroundBytes, Map<String, Integer> failAfter, List<Race> races,
		boolean thpEnabled, boolean thpMaps, long budget, Map<String, Long> unknownValues, String text) {

	public Scenario {
		ptes = List.copyOf(ptes);
		cache = List.copyOf(cache);
		failAfter = Map.copyOf(failAfter);
		races = List.copyOf(races);
		unknownValues = Map.copyOf(unknownValues);
	}

	/** @param flags VM_* bits; {@code file} false for anonymous memory */
	public record Vma(boolean file, boolean shared, long start, long pages, long pgoff, long flags, long fileSize) {
		public long end() {
			return start + pages * 4096;
		}
	}

	/** @param flags FAULT_FLAG_* bits */
	public record Fault(long address, long flags) {
		public boolean write() {
			return (flags & 1) != 0;
		}
	}

	public enum PmdState {
		NONE, TABLE, HUGE, HUGE_WRITE, DEVMAP
	}

	/** A pte of the fault's pte table, by its file page index (or page offset in the vma). */
	public record Pte(long index, Kind kind, boolean write, boolean dirty, boolean young, long swapOffset) {
		public enum Kind {
			PRESENT, ZERO, SWAP, PROTNONE
		}
	}

	public record CachedPage(long index, boolean uptodate, boolean locked, boolean hwpoison, boolean readahead,
			boolean dirty, String exceptional) {
	}

	/** What the vma's operations are: the filemap ones (interpreted) or modelled behaviours. */
	public record Ops(FaultKind fault, long faultResult, boolean faultTakesImmap, boolean mapPages,
			boolean pageMkwrite, boolean pmdFault) {
	}

	public enum FaultKind {
		/** filemap_fault of the version, interpreted. */
		FILEMAP,
		/** A DAX-like ->fault: fills vmf->cow_page, returns no page (optionally holding i_mmap_rwsem). */
		DAX_COW,
		/** A driver ->fault returning the cached page at the index, locked (VM_FAULT_LOCKED). */
		PAGE,
		/** ->fault releases mmap_sem and returns VM_FAULT_RETRY. */
		RETRY,
		/** ->fault returns the given VM_FAULT_* error. */
		ERROR,
		/** ->fault returns VM_FAULT_NOPAGE without installing anything. */
		NOPAGE,
		/** No ->fault at all. */
		NONE
	}

	/** Before the {@code nth} call of {@code at} (a primitive or an interpreted function), {@code action} happens. */
	public record Race(String at, int nth, RaceAction action) {
	}

	public enum RaceAction {
		/** Another thread's THP fault installs a huge pmd where the pmd was none. */
		HUGE_PMD,
		/** Another thread's MADV_DONTNEED clears the pmd (a huge pmd goes back to none) or the fault's ptes. */
		MADV_DONTNEED,
		/** Another thread's fault populates the pmd with a pte table. */
		PTE_TABLE,
		/**
		 * truncate(2) of the file down to the faulting page: i_size shrinks, the pages from there on leave the
		 * page cache and the fault's ptes are zapped; a page locked by anyone stays (truncation would wait).
		 */
		TRUNCATE,
		/** Another thread splits a huge pmd into a pte table mapping its small pages (split_huge_pmd). */
		THP_SPLIT
	}
}
