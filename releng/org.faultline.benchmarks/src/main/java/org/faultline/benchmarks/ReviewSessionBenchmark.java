package org.faultline.benchmarks;

import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.faultline.review.internal.VersionCache;

/**
 * From the seed's bytes to a review session with both versions built (read, repair, apply in-core, parse and
 * lower both versions of the fault path, {@link ReviewSession#build}), on the embedded modelled tree. Measured twice: with the version
 * cache emptied before each run (everything built), and as a second session on the same patch finds it.
 */
final class ReviewSessionBenchmark implements Benchmark {

	@Override
	public void run() throws Exception {
		byte[] seed = Samples.bytes(Samples.SEED);
		try (ReviewBase base = ReviewBase.modelledTree()) {
			Timing cold = Timing.measure(30, 200, () -> ready(base, seed), () -> {
				VersionCache.shared().clear();
				return null;
			});
			System.out.println("patch bytes to a ready session, both versions built: " + cold);
			Timing cached = Timing.measure(30, 200, () -> ready(base, seed));
			System.out.println("the same, versions found in the cache by tree id: " + cached);
		}
	}

	private static Object ready(ReviewBase base, byte[] seed) throws Exception {
		var series = PatchReader.read().setSource(Samples.SEED, seed).call();
		try (ReviewSession session = ReviewSession.on(base).setSeries(series).open()) {
			session.build(null);
			return session;
		}
	}
}
