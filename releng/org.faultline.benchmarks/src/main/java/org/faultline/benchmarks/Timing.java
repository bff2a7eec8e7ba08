package org.faultline.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Warm-up then timed repetitions; reports the median and the spread in milliseconds. */
record Timing(double medianMillis, double minMillis, double maxMillis, int runs) {

	static Timing measure(int warmups, int runs, Callable<?> work) throws Exception {
		return measure(warmups, runs, work, () -> null);
	}

	/** The same, with untimed preparation before each call (e.g. restoring files the work changes). */
	static Timing measure(int warmups, int runs, Callable<?> work, Callable<?> prepare) throws Exception {
		for (int i = 0; i < warmups; i++) {
			prepare.call();
			work.call();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			prepare.call();
			long start = System.nanoTime();
			work.call();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Timing(millis[runs / 2], millis[0], millis[runs - 1], runs);
	}

	@Override
	public String toString() {
		return String.format("median %.3f ms (min %.3f, max %.3f, %d runs)", medianMillis, minMillis, maxMillis, runs);
	}
}
