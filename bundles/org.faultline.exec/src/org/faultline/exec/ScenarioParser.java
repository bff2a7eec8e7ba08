package org.faultline.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.faultline.exec.Scenario.CachedPage;
import org.faultline.exec.Scenario.FaultKind;
import org.faultline.exec.Scenario.PmdState;
import org.faultline.exec.Scenario.Pte;
import org.faultline.exec.Scenario.Race;
import org.faultline.exec.Scenario.RaceAction;

/**
 * Reads the text form of a {@link Scenario}: one directive per line, {@code #} starts a comment.
 *
 * <pre>
 * scenario read-cached-pmd-none
 * description read fault on a file page that is in the page cache; the pmd has no pte table yet
 * vma file private start=0x7f0000000000 pages=512 pgoff=0 flags=read,write,mayread,maywrite size=0x200000
 * fault address=0x7f0000003000 flags=user,allow-retry
 * pmd none                          # none | table | huge | huge-write | devmap
 * pte index=4 present write dirty   # present | zero | swap=OFFSET | protnone
 * page index=3 uptodate             # uptodate locked hwpoison readahead dirty, or exceptional=shadow
 * ops fault=filemap map_pages=yes page_mkwrite=yes pmd_fault=no
 *                                   # fault=filemap | dax-cow[:immap] | page | retry | error:SIGBUS | nopage | none
 * fault-around-bytes 65536
 * fail pte_alloc_one after=0        # the first call fails
 * race at=pte_alloc nth=1 action=huge-pmd   # huge-pmd | madv-dontneed | pte-table | truncate | thp-split
 * thp enabled maps
 * budget 200000
 * unknown some_helper=0
 * </pre>
 */
public final class ScenarioParser {

	private static final Map<String, Long> VM_FLAGS = Map.ofEntries(Map.entry("read", 0x1L), Map.entry("write", 0x2L),
			Map.entry("exec", 0x4L), Map.entry("shared", 0x8L), Map.entry("mayread", 0x10L),
			Map.entry("maywrite", 0x20L), Map.entry("mayexec", 0x40L), Map.entry("mayshare", 0x80L),
			Map.entry("growsdown", 0x100L), Map.entry("uffd-missing", 0x200L), Map.entry("pfnmap", 0x400L),
			Map.entry("locked", 0x2000L), Map.entry("hugetlb", 0x400000L), Map.entry("mixedmap", 0x10000000L));
	private static final Map<String, Long> FAULT_FLAGS = Map.ofEntries(Map.entry("write", 0x01L),
			Map.entry("mkwrite", 0x02L), Map.entry("allow-retry", 0x04L), Map.entry("retry-nowait", 0x08L),
			Map.entry("killable", 0x10L), Map.entry("tried", 0x20L), Map.entry("user", 0x40L),
			Map.entry("remote", 0x80L), Map.entry("instruction", 0x100L), Map.entry("read", 0L));
	private static final Map<String, Long> VM_FAULT = Map.of("OOM", 0x1L, "SIGBUS", 0x2L, "MAJOR", 0x4L, "HWPOISON",
			0x10L, "SIGSEGV", 0x40L, "NOPAGE", 0x100L, "LOCKED", 0x200L, "RETRY", 0x400L, "FALLBACK", 0x800L);

	/** The most steps a run may be given: ten times the default, what the trace of a traced run can hold. */
	private static final long MAX_BUDGET = 1_000_000;
	/** x86_64's user address space (TASK_SIZE), where a vma lies. */
	private static final long USER_SPACE_END = 1L << 47;
	private static final long PAGE_SIZE = 4096;
	/** Entries of a pte table; also the most fault_around_bytes may cover (the kernel refuses more). */
	private static final long PTRS_PER_PTE = 512;

	private final String source;
	private int line;
	private int faultLine;
	private String name = "unnamed";
	private String description = "";
	private Scenario.Vma vma;
	private Scenario.Fault fault;
	private PmdState pmd = PmdState.NONE;
	private final List<Pte> ptes = new ArrayList<>();
	private final List<CachedPage> cache = new ArrayList<>();
	private Scenario.Ops ops;
	private Long faultAround;
	private final Map<String, Integer> fail = new LinkedHashMap<>();
	private final List<Race> races = new ArrayList<>();
	private boolean thp, thpMaps;
	private long budget = 100_000;
	private final Map<String, Long> unknown = new HashMap<>();

	private ScenarioParser(String source) {
		this.source = source;
	}

	public static Scenario parse(String source, String text) throws ScenarioException {
		return new ScenarioParser(source).read(text);
	}

	public static Scenario parse(String source, InputStream in) throws ScenarioException, IOException {
		return parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
	}

	private Scenario read(String text) throws ScenarioException {
		for (String raw : text.split("\n", -1)) {
			line++;
			int hash = raw.indexOf('#');
			String l = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
			if (l.isEmpty())
				continue;
			String[] words = l.split("\\s+");
			directive(words[0], words, l);
		}
		if (vma == null)
			throw error("no 'vma' line");
		if (fault == null)
			throw error("no 'fault' line");
		if (ops == null)
			ops = new Scenario.Ops(vma.file() ? FaultKind.FILEMAP : FaultKind.NONE, 0, false, vma.file(), vma.file(),
					false);
		if (pmd == PmdState.NONE && !ptes.isEmpty())
			throw error("'pte' lines need 'pmd table'");
		if (fault.address() < vma.start() || fault.address() >= vma.end()) {
			line = faultLine;
			throw error(String.format("fault address 0x%x is outside the vma [0x%x, 0x%x)", fault.address(), vma.start(),
					vma.end()));
		}
		return new Scenario(name, description, vma, fault, pmd, ptes, cache, ops, faultAround, fail, races, thp,
				thpMaps, budget, unknown, text);
	}

	private void directive(String word, String[] w, String whole) throws ScenarioException {
		Map<String, String> kv = options(w);
		switch (word) {
		case "scenario" -> name = single(w);
		case "description" -> description = (description + " " + whole.substring(word.length()).strip()).strip();
		case "vma" -> {
			boolean file = has(w, "file");
			if (!file && !has(w, "anon"))
				throw error("vma must say 'file' or 'anon'");
			boolean shared = has(w, "shared");
			long flags = flags(kv.getOrDefault("flags", "read,mayread"), VM_FLAGS, "vma flag")
					| (shared ? 0x88L : 0);
			long start = within(number(kv.getOrDefault("start", "0x7f0000000000")), 0, USER_SPACE_END - PAGE_SIZE,
					"vma start");
			if (start % PAGE_SIZE != 0)
				throw error(String.format("vma start 0x%x is not page-aligned (a multiple of 0x1000)", start));
			long pages = within(number(kv.getOrDefault("pages", "512")), 1, (USER_SPACE_END - start) / PAGE_SIZE,
					"vma pages (from its start to the end of user space)");
			vma = new Scenario.Vma(file, shared, start, pages,
					within(number(kv.getOrDefault("pgoff", "0")), 0, Long.MAX_VALUE / PAGE_SIZE - pages, "vma pgoff"),
					flags, within(number(kv.getOrDefault("size", "0x200000")), 0, Long.MAX_VALUE, "vma size"));
		}
		case "fault" -> {
			fault = new Scenario.Fault(number(required(kv, "address")),
					flags(kv.getOrDefault("flags", "user"), FAULT_FLAGS, "fault flag"));
			faultLine = line;
		}
		case "pmd" -> pmd = switch (single(w)) {
			case "none" -> PmdState.NONE;
			case "table" -> PmdState.TABLE;
			case "huge" -> PmdState.HUGE;
			case "huge-write" -> PmdState.HUGE_WRITE;
			case "devmap" -> PmdState.DEVMAP;
			default -> throw error("pmd must be none, table, huge, huge-write or devmap");
		};
		case "pte" -> {
			Pte.Kind kind = has(w, "present") ? Pte.Kind.PRESENT : has(w, "zero") ? Pte.Kind.ZERO
					: kv.containsKey("swap") ? Pte.Kind.SWAP : has(w, "protnone") ? Pte.Kind.PROTNONE : null;
			if (kind == null)
				throw error("pte must be present, zero, swap=N or protnone");
			ptes.add(new Pte(within(number(required(kv, "index")), 0, PTRS_PER_PTE - 1, "pte index"), kind, has(w, "write"), has(w, "dirty"), has(w, "young"),
					kv.containsKey("swap") ? number(kv.get("swap")) : 0));
		}
		case "page" -> cache.add(new CachedPage(within(number(required(kv, "index")), 0, Long.MAX_VALUE / PAGE_SIZE,
				"page index"), has(w, "uptodate"), has(w, "locked"),
				has(w, "hwpoison"), has(w, "readahead"), has(w, "dirty"), kv.get("exceptional")));
		case "ops" -> ops = ops(kv);
		case "fault-around-bytes" -> faultAround = within(number(single(w)), 0, PTRS_PER_PTE * PAGE_SIZE,
				"fault-around-bytes");
		case "fail" -> {
			if (w.length < 2 || w[1].contains("="))
				throw error("'fail' names the allocating primitive, e.g. fail pte_alloc_one");
			fail.put(w[1], (int) within(number(kv.getOrDefault("after", "0")), 0, Integer.MAX_VALUE, "fail after"));
		}
		case "race" -> races.add(new Race(required(kv, "at"),
				(int) within(number(kv.getOrDefault("nth", "1")), 1, Integer.MAX_VALUE, "race nth"),
				switch (required(kv, "action")) {
				case "huge-pmd" -> RaceAction.HUGE_PMD;
				case "madv-dontneed" -> RaceAction.MADV_DONTNEED;
				case "pte-table" -> RaceAction.PTE_TABLE;
				case "truncate" -> RaceAction.TRUNCATE;
				case "thp-split" -> RaceAction.THP_SPLIT;
				default -> throw error("race action must be huge-pmd, madv-dontneed, pte-table, truncate or thp-split");
				}));
		case "thp" -> {
			thp = has(w, "enabled");
			thpMaps = has(w, "maps");
		}
		case "budget" -> budget = within(number(single(w)), 1, MAX_BUDGET, "budget");
		case "unknown" -> {
			for (var e : kv.entrySet())
				unknown.put(e.getKey(), number(e.getValue()));
		}
		default -> throw error("unknown directive '" + word + "'");
		}
	}

	private Scenario.Ops ops(Map<String, String> kv) throws ScenarioException {
		String f = kv.getOrDefault("fault", "filemap");
		String[] parts = f.split(":");
		FaultKind kind = switch (parts[0]) {
		case "filemap" -> FaultKind.FILEMAP;
		case "dax-cow" -> FaultKind.DAX_COW;
		case "page" -> FaultKind.PAGE;
		case "retry" -> FaultKind.RETRY;
		case "error" -> FaultKind.ERROR;
		case "nopage" -> FaultKind.NOPAGE;
		case "none" -> FaultKind.NONE;
		default -> throw error("unknown ->fault behaviour '" + parts[0] + "'");
		};
		long result = 0;
		boolean immap = false;
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].equals("immap"))
				immap = true;
			else if (VM_FAULT.containsKey(parts[i]))
				result |= VM_FAULT.get(parts[i]);
			else
				throw error("unknown ->fault option '" + parts[i] + "'");
		}
		if (kind == FaultKind.ERROR && result == 0)
			throw error("fault=error needs a VM_FAULT name, e.g. error:SIGBUS");
		return new Scenario.Ops(kind, result, immap, yes(kv, "map_pages"), yes(kv, "page_mkwrite"), yes(kv, "pmd_fault"));
	}

	private boolean yes(Map<String, String> kv, String key) throws ScenarioException {
		String v = kv.getOrDefault(key, "no");
		if (!v.equals("yes") && !v.equals("no") && !v.equals("filemap"))
			throw error(key + " must be yes or no");
		return !v.equals("no");
	}

	private static boolean has(String[] w, String word) {
		for (int i = 1; i < w.length; i++)
			if (w[i].equals(word))
				return true;
		return false;
	}

	private static Map<String, String> options(String[] w) {
		Map<String, String> kv = new HashMap<>();
		for (int i = 1; i < w.length; i++) {
			int eq = w[i].indexOf('=');
			if (eq > 0)
				kv.put(w[i].substring(0, eq), w[i].substring(eq + 1));
		}
		return kv;
	}

	private String single(String[] w) throws ScenarioException {
		if (w.length != 2)
			throw error("'" + w[0] + "' takes one value");
		return w[1];
	}

	private String required(Map<String, String> kv, String key) throws ScenarioException {
		String v = kv.get(key);
		if (v == null)
			throw error("missing " + key + "=");
		return v;
	}

	private long flags(String list, Map<String, Long> names, String what) throws ScenarioException {
		long bits = 0;
		for (String f : list.toLowerCase(Locale.ROOT).split(",")) {
			Long b = names.get(f.strip());
			if (b == null)
				throw error("unknown " + what + " '" + f + "'; known: " + names.keySet());
			bits |= b;
		}
		return bits;
	}

	private long within(long value, long min, long max, String what) throws ScenarioException {
		if (value < min || value > max)
			throw error(what + " must be from " + min + " to " + max + ", not " + value);
		return value;
	}

	private long number(String text) throws ScenarioException {
		try {
			return parseNumber(text);
		} catch (NumberFormatException e) {
			throw error("not a number: '" + text + "'");
		}
	}

	private static long parseNumber(String text) {
		String t = text.replace("_", "");
		return t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
	}

	private ScenarioException error(String message) {
		return new ScenarioException(source, line, message);
	}
}
