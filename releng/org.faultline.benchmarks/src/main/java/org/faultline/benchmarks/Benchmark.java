package org.faultline.benchmarks;

/** One measurement; prints its results. */
interface Benchmark {

	void run() throws Exception;
}
