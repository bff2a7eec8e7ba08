package org.faultline.explore.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.faultline.exec.RunObserver;
import org.faultline.explore.Metrics;
import org.faultline.model.exec.TraceEventKind;

/**
 * Watches one run: the names of the calls it makes in order, where a concurrent event could come in (before
 * the call that follows a lock drop, before a call that may sleep, before ->fault), which allocations it
 * tries, and what it costs ({@link Metrics}).
 */
public final class Probe implements RunObserver {

	/** Before the {@code nth} call of {@code at}; {@code why} it is a race point. */
	public record RacePoint(String at, int nth, String why) {
	}

	/** Step names, made once: a run has hundreds of steps. */
	private static final String[] OPS = { "", "->fault", "->map_pages", "->page_mkwrite" };
	private static final String[] KINDS = new String[TraceEventKind.values().length];

	static {
		for (TraceEventKind k : TraceEventKind.values())
			KINDS[k.ordinal()] = k.name().toLowerCase(java.util.Locale.ROOT) + " ";
	}

	private final boolean discover;
	private final List<String> calls = new ArrayList<>();
	private final List<String> steps = new ArrayList<>();
	private final Map<String, Integer> callCounts = new HashMap<>();
	private final Map<String, RacePoint> points = new LinkedHashMap<>();
	private final Map<String, Integer> allocations = new LinkedHashMap<>();
	private String lastCall;
	private int lastNth;
	private String dropped;
	private int pageLocksHeld, immapHeld;
	private int faults, faultCalls, mapPagesCalls, pagesMapped, pageLocks, tableAllocations, ptlAcquisitions,
			reclaimUnderLock;

	/** @param discover whether to find race points, which costs a count per called name */
	public Probe(boolean discover) {
		this.discover = discover;
	}

	@Override
	public void call(String function, Op op) {
		calls.add(function);
		if (discover) {
			lastCall = function;
			lastNth = callCounts.merge(function, 1, Integer::sum);
		}
		switch (op) {
		case FAULT -> {
			faultCalls++;
			point("->fault");
		}
		case MAP_PAGES -> mapPagesCalls++;
		default -> {
		}
		}
		if (op != Op.NONE)
			steps.add(OPS[op.ordinal()] + " (" + function + ")");
		if (dropped != null)
			point("after dropping " + dropped);
		dropped = null;
		if (function.equals("__handle_mm_fault") || function.equals("handle_mm_fault"))
			faults++;
		else if (function.equals("set_pte_at"))
			pagesMapped++;
	}

	@Override
	public void event(TraceEventKind kind, String what) {
		boolean page = what.startsWith("page "), immap = what.startsWith("i_mmap_rwsem");
		switch (kind) {
		case LOCK, UNLOCK, MAP, UNMAP -> steps.add(KINDS[kind.ordinal()] + subject(what, kind));
		case PTE_WRITE -> steps.add(what.contains(" = ") ? "set pmd" : "set pte");
		default -> {
		}
		}
		switch (kind) {
		case LOCK -> {
			if (page) {
				pageLocks++;
				pageLocksHeld++;
			} else if (what.startsWith("spin "))
				ptlAcquisitions++;
			else if (immap)
				immapHeld++;
		}
		case UNLOCK -> {
			dropped = what;
			if (page)
				pageLocksHeld--;
			else if (immap)
				immapHeld--;
		}
		default -> {
		}
		}
	}

	@Override
	public void allocation(String primitive) {
		allocations.merge(primitive, 1, Integer::sum);
		steps.add("allocate (" + primitive + ")");
		if (primitive.endsWith("_alloc_one"))
			tableAllocations++;
	}

	@Override
	public void sleep(String what, boolean reclaim) {
		if (discover && lastCall != null)
			points.putIfAbsent(lastCall + "#" + lastNth, new RacePoint(lastCall, lastNth, what + " may sleep"));
		if (reclaim && (pageLocksHeld > 0 || immapHeld > 0))
			reclaimUnderLock++;
	}

	private void point(String why) {
		if (discover)
			points.putIfAbsent(lastCall + "#" + lastNth, new RacePoint(lastCall, lastNth, why));
	}

	public List<String> calls() {
		return calls;
	}

	/**
	 * What the fault did, step by step, without the names of the code's own functions: the vma operations it
	 * called, allocations, locks, pte maps and page-table stores (the objects by kind, not by address).
	 */
	public List<String> steps() {
		return steps;
	}

	private static String subject(String what, TraceEventKind kind) {
		if (what.startsWith("spin "))
			return "ptl";
		if (kind == TraceEventKind.MAP || kind == TraceEventKind.UNMAP)
			return "pte table";
		int space = what.indexOf(' ');
		return space < 0 ? what : what.substring(0, space);
	}

	/** The race points by "name#nth", in the order the run reached them. */
	public Map<String, RacePoint> racePoints() {
		return points;
	}

	/** Allocating primitive to the number of allocations it tried. */
	public Map<String, Integer> allocations() {
		return allocations;
	}

	public Metrics metrics() {
		return new Metrics(faults, faultCalls, mapPagesCalls, pagesMapped, pageLocks, tableAllocations,
				ptlAcquisitions, reclaimUnderLock);
	}
}
