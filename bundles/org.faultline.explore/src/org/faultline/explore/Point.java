package org.faultline.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.faultline.exec.Scenario.PmdState;
import org.faultline.exec.Scenario.RaceAction;

/**
 * One scenario of the space: a value of every static dimension, and at most one variant found by running it
 * (an allocation failure or a concurrent event). The first value of each dimension is its default, so a
 * scenario's {@link #nonDefault()} says how unusual it is.
 */
public record Point(VmaKind vma, Access access, PmdState pmd, PteState pte, CacheState cache,
		FaultBehaviour fault, FaultAround faultAround, Variant variant) {

	public static final PmdState[] PMD_STATES = { PmdState.TABLE, PmdState.NONE, PmdState.HUGE,
			PmdState.HUGE_WRITE, PmdState.DEVMAP };

	public enum VmaKind {
		PRIVATE_FILE, ANON, SHARED_FILE, DAX, SHMEM_HUGE, SPECIAL;

		public boolean file() {
			return this != ANON;
		}

		/** Whether the vma's file has a page cache that faults read (DAX and pfn mappings do not). */
		public boolean pageCache() {
			return this == PRIVATE_FILE || this == SHARED_FILE || this == SHMEM_HUGE;
		}
	}

	public enum Access {
		READ, WRITE, EXEC
	}

	/** The pte of the faulting address, when the pmd has a table. */
	public enum PteState {
		NONE, PRESENT_RO, PRESENT_RW, SWAP, PROTNONE, ZERO
	}

	/** The faulting page in the file's page cache; HOT is it and its neighbours (the fault-around window). */
	public enum CacheState {
		UPTODATE, ABSENT, HOT, NOT_UPTODATE, LOCKED
	}

	/** The vma's ->fault: OWN is the kind's own (filemap, DAX, a pfn inserter), the others replace it. */
	public enum FaultBehaviour {
		OWN, FILEMAP, DAX_COW, PAGE, RETRY, SIGBUS, NOPAGE, NONE
	}

	/** fault_around_bytes: the kernel's default, or fault-around off (one page). */
	public enum FaultAround {
		DEFAULT_64K(65536), OFF(4096);

		public final long bytes;

		FaultAround(long bytes) {
			this.bytes = bytes;
		}
	}

	/** What running a scenario found to vary: an allocation to fail, or a point to race at. */
	public sealed interface Variant {
		String text();
	}

	/** The {@code after}+1-th call of {@code primitive} fails (it allocates). */
	public record Failure(String primitive, int after) implements Variant {
		public String text() {
			return "fail " + primitive + " after=" + after;
		}
	}

	/** Before the {@code nth} call of {@code at}, another thread does {@code action}; {@code why} at is a point. */
	public record Race(String at, int nth, RaceKind action, String why) implements Variant {
		public String text() {
			return "race at=" + at + " nth=" + nth + " action=" + action.scenarioName() + "  # " + why;
		}
	}

	/** The concurrent events the explorer injects. */
	public enum RaceKind {
		/** Another thread's fault on the same pmd populates it with a pte table. */
		SAME_PMD_FAULT(RaceAction.PTE_TABLE),
		/** A THP fault or khugepaged collapse installs a huge pmd. */
		THP_COLLAPSE(RaceAction.HUGE_PMD),
		MADV_DONTNEED(RaceAction.MADV_DONTNEED),
		TRUNCATE(RaceAction.TRUNCATE),
		THP_SPLIT(RaceAction.THP_SPLIT);

		/** What the scenario's race does. */
		public final RaceAction action;

		RaceKind(RaceAction action) {
			this.action = action;
		}

		/** The action's name in the scenario text form. */
		public String scenarioName() {
			return Point.name(action);
		}
	}

	public Point withVariant(Variant v) {
		return new Point(vma, access, pmd, pte, cache, fault, faultAround, v);
	}

	/** How many dimensions are not at their default; the variant counts as one. */
	public int nonDefault() {
		int n = variant == null ? 0 : 1;
		for (Enum<?> e : List.<Enum<?>>of(vma, access, pte, cache, fault, faultAround))
			n += e.ordinal() == 0 ? 0 : 1;
		return n + (pmd == PMD_STATES[0] ? 0 : 1);
	}

	/** The non-default dimensions, e.g. "vma=dax access=write pmd=none". */
	public String label() {
		List<String> parts = new ArrayList<>();
		add(parts, "vma", vma);
		add(parts, "access", access);
		if (pmd != PMD_STATES[0])
			parts.add("pmd=" + name(pmd));
		add(parts, "pte", pte);
		add(parts, "cache", cache);
		add(parts, "fault", fault);
		add(parts, "fault-around", faultAround);
		if (variant != null)
			parts.add(variant.text().replaceFirst("  #.*", ""));
		return parts.isEmpty() ? "defaults" : String.join(" ", parts);
	}

	private static void add(List<String> parts, String dimension, Enum<?> value) {
		if (value.ordinal() != 0)
			parts.add(dimension + "=" + name(value));
	}

	static String name(Enum<?> e) {
		return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
