package org.faultline.explore;

import static org.faultline.explore.Point.VmaKind.ANON;
import static org.faultline.explore.Point.VmaKind.DAX;
import static org.faultline.explore.Point.VmaKind.SHMEM_HUGE;

import java.util.function.Predicate;

import org.faultline.exec.Scenario.PmdState;
import org.faultline.explore.Point.Access;
import org.faultline.explore.Point.CacheState;
import org.faultline.explore.Point.FaultAround;
import org.faultline.explore.Point.FaultBehaviour;
import org.faultline.explore.Point.PteState;
import org.faultline.explore.Point.Race;
import org.faultline.explore.Point.RaceKind;
import org.faultline.explore.Point.VmaKind;

/**
 * The rules that take a combination of dimension values out of the space: it cannot happen on a real machine,
 * or it is the same scenario as one kept (a value the scenario never reads). The first rule that matches a
 * combination is the one its pruning is counted under.
 */
public enum Rule {

	NO_VM_OPS_FOR_ANON("anonymous memory has no vm_ops, so no ->fault to replace",
			p -> p.vma() == ANON && p.fault() != FaultBehaviour.OWN),
	OWN_FAULT_NAMED_TWICE("the ->fault named is the kind's own (the same scenario as fault=own)",
			p -> p.fault() == own(p.vma())),
	DAX_FAULT_ONLY_ON_DAX("a DAX ->fault serves only a DAX vma", p -> p.fault() == FaultBehaviour.DAX_COW
			&& p.vma() != DAX),
	NO_PAGE_CACHE("anonymous, DAX and pfn mappings fault no page-cache page: only cache=absent",
			p -> !p.vma().pageCache() && p.cache() != CacheState.ABSENT),
	PTE_NEEDS_TABLE("a pte exists only in a pte table (pmd=table)",
			p -> p.pte() != PteState.NONE && p.pmd() != PmdState.TABLE),
	HUGE_PMD_NEEDS_THP("a huge pmd maps only anonymous THP or huge shmem",
			p -> (p.pmd() == PmdState.HUGE || p.pmd() == PmdState.HUGE_WRITE) && !thp(p.vma())),
	DEVMAP_NEEDS_DAX("a devmap pmd maps only DAX", p -> p.pmd() == PmdState.DEVMAP && p.vma() != DAX),
	ZERO_PAGE_ONLY_ANON("only anonymous memory maps the zero page", p -> p.pte() == PteState.ZERO && p.vma() != ANON),
	SWAP_ONLY_PRIVATE("only private mappings hold swap entries in ptes (shmem swaps through its page cache)",
			p -> p.pte() == PteState.SWAP && p.vma() != ANON && p.vma() != VmaKind.PRIVATE_FILE && p.vma() != DAX),
	NO_EXEC_OF_ANON("anonymous memory here is not executable: an exec access gets SIGSEGV before the fault path",
			p -> p.vma() == ANON && p.access() == Access.EXEC),
	ACCESS_ALREADY_ALLOWED("the pte or huge pmd already allows the access: the MMU does not fault",
			Rule::allowed),
	FAULT_AROUND_UNUSED("fault_around_bytes is read only by a read fault of a vma with ->map_pages",
			p -> p.faultAround() != FaultAround.DEFAULT_64K && (p.access() == Access.WRITE || !mapPages(p.vma()))),
	PMD_RACE_NEEDS_EMPTY_PMD("another fault or a collapse populates only an empty pmd (pmd=none)",
			p -> race(p, RaceKind.SAME_PMD_FAULT, RaceKind.THP_COLLAPSE) && p.pmd() != PmdState.NONE),
	COLLAPSE_NEEDS_THP("a huge pmd is installed only where THP maps", p -> race(p, RaceKind.THP_COLLAPSE)
			&& !thp(p.vma())),
	SPLIT_NEEDS_HUGE_PMD("only a huge pmd is split", p -> race(p, RaceKind.THP_SPLIT) && p.pmd() != PmdState.HUGE
			&& p.pmd() != PmdState.HUGE_WRITE),
	TRUNCATE_NEEDS_PAGE_CACHE("only a file with a page cache is truncated under a fault",
			p -> race(p, RaceKind.TRUNCATE) && !p.vma().pageCache()),
	/** Counted by the explorer, which alone knows where each version can be raced. */
	RACE_POINT_IN_ONE_VERSION("the race point is reached by one version only, so it is not the same event in both",
			p -> false);

	private final String why;
	private final Predicate<Point> prunes;

	Rule(String why, Predicate<Point> prunes) {
		this.why = why;
		this.prunes = prunes;
	}

	public String why() {
		return why;
	}

	public String label() {
		return Point.name(this);
	}

	public boolean prunes(Point p) {
		return prunes.test(p);
	}

	/** The first rule that prunes {@code p}, or null if it is feasible. */
	public static Rule pruning(Point p) {
		for (Rule r : values())
			if (r.prunes(p))
				return r;
		return null;
	}

	static FaultBehaviour own(VmaKind kind) {
		return switch (kind) {
		case ANON, DAX -> null;
		case PRIVATE_FILE, SHARED_FILE, SHMEM_HUGE -> FaultBehaviour.FILEMAP;
		case SPECIAL -> FaultBehaviour.NOPAGE;
		};
	}

	static boolean thp(VmaKind kind) {
		return kind == ANON || kind == SHMEM_HUGE;
	}

	static boolean mapPages(VmaKind kind) {
		return kind.pageCache();
	}

	private static boolean race(Point p, RaceKind... kinds) {
		if (p.variant() instanceof Race r)
			for (RaceKind k : kinds)
				if (r.action() == k)
					return true;
		return false;
	}

	private static boolean allowed(Point p) {
		boolean write = p.access() == Access.WRITE;
		return switch (p.pmd()) {
		case HUGE -> !write;
		case HUGE_WRITE -> true;
		case DEVMAP -> !write;
		case TABLE -> switch (p.pte()) {
		case PRESENT_RW -> true;
		case PRESENT_RO, ZERO -> !write;
		case NONE, SWAP, PROTNONE -> false;
		};
		case NONE -> false;
		};
	}
}
