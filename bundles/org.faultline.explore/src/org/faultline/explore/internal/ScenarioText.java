package org.faultline.explore.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.faultline.exec.Scenario;
import org.faultline.exec.ScenarioException;
import org.faultline.exec.ScenarioParser;
import org.faultline.explore.Point;
import org.faultline.explore.Point.Access;
import org.faultline.explore.Point.FaultBehaviour;
import org.faultline.explore.Point.VmaKind;

/**
 * A point of the space in the scenario text form (docs/scenarios.md), so that every explored scenario can be
 * run again with {@code faultline run --scenario}. The geometry is fixed: a 512-page vma at 0x7f0000000000
 * over a 2 MiB file, faulting at page 3.
 */
public final class ScenarioText {

	public static final long START = 0x7f0000000000L;
	public static final int FAULT_PAGE = 3;
	/** The pages a hot page cache holds: the fault-around window of the default fault_around_bytes. */
	private static final int HOT_PAGES = 16;

	private ScenarioText() {
	}

	public static Scenario scenario(Point p) {
		try {
			return ScenarioParser.parse("explored", text(p));
		} catch (ScenarioException e) {
			throw new IllegalStateException("the explorer wrote a scenario it cannot read: " + e.getMessage(), e);
		}
	}

	/** {@code base} with a variant added, made without parsing (the same as parsing the variant's text). */
	public static Scenario withVariant(Scenario base, Point.Variant v) {
		Map<String, Integer> fail = new HashMap<>(base.failAfter());
		List<Scenario.Race> races = new ArrayList<>(base.races());
		switch (v) {
		case Point.Failure f -> fail.put(f.primitive(), f.after());
		case Point.Race r -> races.add(new Scenario.Race(r.at(), r.nth(), r.action().action));
		}
		return new Scenario(base.name(), base.description(), base.vma(), base.fault(), base.pmd(), base.ptes(),
				base.cache(), base.ops(), base.faultAroundBytes(), fail, races, base.thpEnabled(), base.thpMaps(),
				base.budget(), base.unknownValues(), base.text() + v.text() + "\n");
	}

	public static String text(Point p) {
		StringBuilder s = new StringBuilder();
		s.append("scenario ").append(p.label().replace(' ', '_')).append('\n');
		s.append(vma(p.vma())).append('\n');
		s.append("fault address=0x").append(Long.toHexString(START + FAULT_PAGE * 4096L)).append(" flags=user,allow-retry,killable")
				.append(p.access() == Access.WRITE ? ",write" : p.access() == Access.EXEC ? ",instruction" : "")
				.append('\n');
		s.append("pmd ").append(p.pmd().name().toLowerCase().replace('_', '-')).append('\n');
		String pte = switch (p.pte()) {
		case NONE -> null;
		case PRESENT_RO -> "present young";
		case PRESENT_RW -> "present write dirty young";
		case SWAP -> "swap=7";
		case PROTNONE -> "protnone";
		case ZERO -> "zero young";
		};
		if (pte != null)
			s.append("pte index=").append(FAULT_PAGE).append(' ').append(pte).append('\n');
		switch (p.cache()) {
		case ABSENT -> {
		}
		case UPTODATE -> page(s, FAULT_PAGE, "uptodate");
		case NOT_UPTODATE -> page(s, FAULT_PAGE, "");
		case LOCKED -> page(s, FAULT_PAGE, "uptodate locked");
		case HOT -> {
			for (int i = 0; i < HOT_PAGES; i++)
				page(s, i, "uptodate");
		}
		}
		if (p.vma().file())
			s.append("ops fault=").append(fault(p)).append(switch (p.vma()) {
			case PRIVATE_FILE, SHARED_FILE -> " map_pages=yes page_mkwrite=yes pmd_fault=no";
			case SHMEM_HUGE -> " map_pages=yes page_mkwrite=no pmd_fault=yes";
			default -> " map_pages=no page_mkwrite=no pmd_fault=no";
			}).append('\n');
		s.append("fault-around-bytes ").append(p.faultAround().bytes).append('\n');
		if (p.vma() == VmaKind.ANON)
			s.append("thp enabled\n");
		if (p.vma() == VmaKind.SHMEM_HUGE)
			s.append("thp enabled maps\n");
		s.append("budget 20000\n");
		if (p.variant() != null)
			s.append(p.variant().text()).append('\n');
		return s.toString();
	}

	private static String vma(VmaKind kind) {
		String geometry = " start=0x" + Long.toHexString(START) + " pages=512 size=0x200000 flags=";
		return "vma " + switch (kind) {
		case ANON -> "anon private" + geometry + "read,write,mayread,maywrite";
		case PRIVATE_FILE -> "file private" + geometry + "read,write,exec,mayread,maywrite,mayexec";
		case DAX -> "file private" + geometry + "read,write,exec,mayread,maywrite,mayexec,mixedmap";
		case SHARED_FILE, SHMEM_HUGE -> "file shared" + geometry + "read,write,exec,mayread,maywrite,mayexec";
		case SPECIAL -> "file shared" + geometry + "read,write,mayread,maywrite,pfnmap";
		};
	}

	private static String fault(Point p) {
		FaultBehaviour f = p.fault();
		if (f == FaultBehaviour.OWN)
			return switch (p.vma()) {
			case DAX -> "dax-cow:immap";
			case SPECIAL -> "nopage";
			default -> "filemap";
			};
		return switch (f) {
		case FILEMAP -> "filemap";
		case DAX_COW -> "dax-cow";
		case PAGE -> "page";
		case RETRY -> "retry";
		case SIGBUS -> "error:SIGBUS";
		case NOPAGE -> "nopage";
		case NONE -> "none";
		case OWN -> throw new IllegalStateException();
		};
	}

	private static void page(StringBuilder s, int index, String flags) {
		s.append("page index=").append(index).append(flags.isEmpty() ? "" : " " + flags).append('\n');
	}
}
