package org.faultline.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the display thread leaves events waiting: a background thread posts a probe every few
 * milliseconds and records how late the display thread ran it (wall time), and how much CPU the display thread
 * spent meanwhile. The first is what a user feels, the load of the machine included; the second is the part the
 * display thread itself was busy, i.e. what Faultline's code on it costs. On request, while a probe waits, the display
 * thread's stack is sampled every few milliseconds, so that the longest stall says what ran (or what it waited for).
 */
final class UiWatchdog implements AutoCloseable {

	private static final long PROBE_INTERVAL_MS = 5;

	/** How often the display thread's stack is taken while a probe waits. */
	private static final long SAMPLE_INTERVAL_MS = 5;

	/**
	 * Whether stacks are taken at all ({@code -Dfaultline.watchdog.stacks=true}): taking one stops the display thread
	 * at a safepoint, so the stalls measured with sampling on are a little longer than without.
	 */
	private static final boolean SAMPLE_STACKS = Boolean.getBoolean("faultline.watchdog.stacks");

	private final Thread thread;

	private final AtomicLong longestLate = new AtomicLong();

	private final AtomicLong longestBusy = new AtomicLong();

	/** The display thread's stacks taken while the latest probe that was the longest stall waited. */
	private volatile List<String> longestStallSamples = List.of();

	/** When the probe of the longest stall was posted. */
	private volatile Instant longestStallPosted;

	private volatile boolean running = true;

	private UiWatchdog(Display display) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long displayThread = display.getThread().threadId();
		thread = new Thread(() -> {
			while (running) {
				Instant postedAt = Instant.now();
				long posted = System.nanoTime();
				long cpuAtPost = threads.getThreadCpuTime(displayThread);
				CountDownLatch ran = new CountDownLatch(1);
				long[] late = new long[1];
				display.asyncExec(() -> {
					late[0] = System.nanoTime() - posted;
					longestBusy.accumulateAndGet(threads.getCurrentThreadCpuTime() - cpuAtPost, Math::max);
					ran.countDown();
				});
				List<String> samples = new ArrayList<>();
				try {
					// sampled outside any lock the probe takes, so that sampling never delays it
					while (running && !ran.await(SAMPLE_INTERVAL_MS, TimeUnit.MILLISECONDS))
						if (SAMPLE_STACKS)
							samples.add(stack(threads.getThreadInfo(displayThread, Integer.MAX_VALUE)));
				} catch (InterruptedException e) {
					return;
				}
				if (late[0] > longestLate.get()) {
					longestLate.set(late[0]);
					longestStallSamples = samples;
					longestStallPosted = postedAt;
				}
				try {
					Thread.sleep(PROBE_INTERVAL_MS);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "faultline-ui-watchdog");
		thread.setDaemon(true);
	}

	private static String stack(ThreadInfo info) {
		if (info == null)
			return "(gone)";
		StringBuilder text = new StringBuilder(info.getThreadState().toString());
		if (info.getLockOwnerName() != null)
			text.append(" on ").append(info.getLockName()).append(" held by ").append(info.getLockOwnerName());
		for (StackTraceElement frame : info.getStackTrace())
			text.append("\n\t").append(frame);
		return text.toString();
	}

	static UiWatchdog start(Display display) {
		UiWatchdog watchdog = new UiWatchdog(display);
		watchdog.thread.start();
		return watchdog;
	}

	/** The longest the display thread kept a probe waiting, in milliseconds of wall time. */
	double longestStallMillis() {
		return longestLate.get() / 1e6;
	}

	/** The most CPU time the display thread spent while a probe waited, in milliseconds. */
	double longestBusyMillis() {
		return longestBusy.get() / 1e6;
	}

	/** The display thread's stacks sampled during the longest stall, the same stacks counted together, most first. */
	String longestStallStacks() {
		String heading = "longest stall " + longestStallMillis() + " ms wall from " + longestStallPosted + ", "
				+ longestStallSamples.size() + " samples\n\n";
		Map<String, Long> counted = longestStallSamples.stream()
				.collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
		return heading + counted.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.map(e -> e.getValue() + " samples: " + e.getKey()).collect(Collectors.joining("\n\n"));
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join(1000);
	}
}
