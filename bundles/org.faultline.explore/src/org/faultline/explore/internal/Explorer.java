package org.faultline.explore.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.Scenario;
import org.faultline.explore.DifferenceGroup;
import org.faultline.explore.ExplorationResult;
import org.faultline.explore.Point;
import org.faultline.explore.Point.Failure;
import org.faultline.explore.Point.Race;
import org.faultline.explore.Point.RaceKind;
import org.faultline.explore.Rule;
import org.faultline.explore.ScenarioSpace;

/**
 * The exploration itself. First every static scenario (or a seeded sample of them) runs on both versions;
 * each run also reveals the scenario's variants: every allocation either version tries can fail, and every
 * race point both versions reach can see each concurrent event. Then the variants run (a seeded sample if the
 * whole is over the budget). Work is cut into chunks run on a pool; a chunk's counts depend only on its
 * scenarios and merging is order-independent, so the result does not depend on the thread count.
 */
public final class Explorer {

	private static final int CHUNK = 64;
	/** Room for the variants of one static scenario in its ordinal. */
	private static final long VARIANTS_PER_POINT = 1 << 20;

	private final ExecutableVersion before, after;
	private final ScenarioSpace space;
	private final int threads, sampleSize;
	private final long seed;

	public Explorer(ExecutableVersion before, ExecutableVersion after, ScenarioSpace space, int threads,
			int sampleSize, long seed) {
		this.before = before;
		this.after = after;
		this.space = space;
		this.threads = threads;
		this.sampleSize = sampleSize;
		this.seed = seed;
	}

	/**
	 * What one chunk found: its groups, and for each of its static scenarios the scenario and its variants,
	 * and what it pruned.
	 */
	private record Chunk(Groups groups, List<Scenario> scenarios, List<List<Point>> variants,
			Map<Rule, Integer> pruned) {
	}

	public ExplorationResult run(IProgressMonitor monitor) {
		Map<Rule, Integer> pruned = new EnumMap<>(Rule.class);
		List<Point> feasible = space.feasible(pruned);
		List<Integer> chosen = choose(feasible.size());
		SubMonitor progress = SubMonitor.convert(monitor, "Exploring " + chosen.size() + " scenarios", 100);
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "faultline-explore");
			t.setDaemon(true);
			return t;
		});
		try {
			Groups groups = new Groups();
			List<Chunk> statics = inChunks(pool, chosen.size(), progress.split(30), from -> {
				Chunk c = new Chunk(new Groups(), new ArrayList<>(), new ArrayList<>(), new EnumMap<>(Rule.class));
				for (int i = from; i < Math.min(from + CHUNK, chosen.size()); i++) {
					int index = chosen.get(i);
					Point p = feasible.get(index);
					Scenario s = ScenarioText.scenario(p);
					PairRun pair = PairRun.run(s, List.of(), before, after, false, true);
					c.groups.add(pair.cause(), p, index * VARIANTS_PER_POINT);
					c.scenarios.add(s);
					c.variants.add(variants(p, pair, c.pruned));
				}
				return c;
			});
			long variantCount = 0;
			for (Chunk c : statics) {
				groups.merge(c.groups);
				c.pruned.forEach((r, n) -> pruned.merge(r, n, Integer::sum));
				for (List<Point> v : c.variants)
					variantCount += v.size();
			}
			List<Point> vp = new ArrayList<>();
			List<Scenario> bases = new ArrayList<>();
			List<Long> ordinals = new ArrayList<>();
			double keep = Math.min(1, Math.max(0, sampleSize - chosen.size()) / (double) Math.max(1, variantCount));
			int k = 0;
			for (Chunk c : statics)
				for (int n = 0; n < c.variants.size(); n++) {
					long base = chosen.get(k++) * VARIANTS_PER_POINT;
					List<Point> vs = c.variants.get(n);
					for (int j = 0; j < vs.size(); j++)
						if (keep >= 1 || unit(seed, base + j + 1) < keep) {
							vp.add(vs.get(j));
							bases.add(c.scenarios.get(n));
							ordinals.add(base + j + 1);
						}
				}
			statics.clear();
			for (Chunk c : inChunks(pool, vp.size(), progress.split(60), from -> {
				Chunk c = new Chunk(new Groups(), List.of(), List.of(), Map.of());
				for (int i = from; i < Math.min(from + CHUNK, vp.size()); i++) {
					Scenario s = ScenarioText.withVariant(bases.get(i), vp.get(i).variant());
					c.groups.add(PairRun.run(s, List.of(), before, after, false, false).cause(), vp.get(i),
							ordinals.get(i));
				}
				return c;
			}))
				groups.merge(c.groups);
			boolean sampled = chosen.size() < feasible.size() || keep < 1;
			List<DifferenceGroup> out = representatives(groups, progress.split(10));
			return new ExplorationResult(before.label(), after.label(), space.product(), pruned,
					feasible.size() + variantCount, groups.explored(), sampled, seed, groups.same(), out);
		} finally {
			pool.shutdownNow();
		}
	}

	/** The indexes of the static scenarios to run: all, or a seeded sample of {@code sampleSize}. */
	private List<Integer> choose(int size) {
		List<Integer> all = new ArrayList<>(size);
		for (int i = 0; i < size; i++)
			all.add(i);
		if (size <= sampleSize)
			return all;
		Collections.shuffle(all, new Random(seed));
		List<Integer> chosen = new ArrayList<>(all.subList(0, sampleSize));
		Collections.sort(chosen);
		return chosen;
	}

	/** The variants a static scenario's runs reveal, less those the rules prune (counted in {@code pruned}). */
	private List<Point> variants(Point p, PairRun pair, Map<Rule, Integer> pruned) {
		List<Point> out = new ArrayList<>();
		if (space.failures()) {
			Map<String, Integer> sites = new TreeMap<>(pair.beforeProbe().allocations());
			pair.afterProbe().allocations().forEach((name, n) -> sites.merge(name, n, Math::max));
			sites.forEach((name, n) -> {
				for (int after = 0; after < n; after++)
					out.add(p.withVariant(new Failure(name, after)));
			});
		}
		var inAfter = pair.afterProbe().racePoints();
		for (var point : pair.beforeProbe().racePoints().values())
			for (RaceKind kind : space.races()) {
				Point v = p.withVariant(new Race(point.at(), point.nth(), kind, point.why()));
				Rule r = Rule.pruning(v);
				if (r == null && !inAfter.containsKey(point.at() + "#" + point.nth()))
					r = Rule.RACE_POINT_IN_ONE_VERSION;
				if (r == null)
					out.add(v);
				else
					pruned.merge(r, 1, Integer::sum);
			}
		for (var point : inAfter.keySet())
			if (!pair.beforeProbe().racePoints().containsKey(point))
				for (RaceKind kind : space.races())
					pruned.merge(Rule.RACE_POINT_IN_ONE_VERSION, 1, Integer::sum);
		return out;
	}

	private List<DifferenceGroup> representatives(Groups groups, SubMonitor progress) {
		var ordered = groups.ordered();
		progress.setWorkRemaining(ordered.size());
		List<DifferenceGroup> out = new ArrayList<>();
		for (var e : ordered) {
			progress.split(1);
			Point p = e.getValue().representative();
			PairRun pair = PairRun.run(ScenarioText.scenario(p), List.of(), before, after, true, false);
			out.add(new DifferenceGroup(e.getKey(), e.getValue().count(), p, ScenarioText.text(p), pair.before(),
					pair.after(), pair.beforeProbe().metrics(), pair.afterProbe().metrics()));
		}
		return out;
	}

	/** Runs {@code task} from 0, CHUNK, 2*CHUNK... below {@code size} on the pool; results in chunk order. */
	private static List<Chunk> inChunks(ExecutorService pool, int size, SubMonitor progress, IntFunction<Chunk> task) {
		List<Future<Chunk>> futures = new ArrayList<>();
		for (int from = 0; from < size; from += CHUNK) {
			int start = from;
			futures.add(pool.submit(() -> {
				if (progress.isCanceled())
					throw new OperationCanceledException();
				return task.apply(start);
			}));
		}
		progress.setWorkRemaining(futures.size());
		List<Chunk> out = new ArrayList<>();
		try {
			for (Future<Chunk> f : futures) {
				out.add(f.get());
				progress.split(1);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("interrupted");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r)
				throw r;
			throw new IllegalStateException(e.getCause());
		} finally {
			futures.forEach(f -> f.cancel(true));
		}
		return out;
	}

	/** A number in [0, 1) from the seed and an ordinal (splitmix64), the same on every run and thread. */
	private static double unit(long seed, long ordinal) {
		long z = seed + ordinal * 0x9E3779B97F4A7C15L;
		z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9L;
		z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
		return ((z ^ z >>> 31) >>> 11) * 0x1.0p-53;
	}
}
