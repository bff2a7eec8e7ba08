package org.faultline.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the display thread leaves events waiting: a background thread posts a probe every few
 * milliseconds and records how late the display thread ran it (wall time), and how much CPU the display thread
 * spent meanwhile. The first is what a user feels, the load of the machine included; the second is the part the
 * display thread itself was busy, i.e. what Faultline's code on it costs.
 */
final class UiWatchdog implements AutoCloseable {

	private static final long PROBE_INTERVAL_MS = 5;

	private final Thread thread;

	private final AtomicLong longestLate = new AtomicLong();

	private final AtomicLong longestBusy = new AtomicLong();

	private volatile boolean running = true;

	private UiWatchdog(Display display) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long displayThread = display.getThread().threadId();
		thread = new Thread(() -> {
			while (running) {
				long posted = System.nanoTime();
				long cpuAtPost = threads.getThreadCpuTime(displayThread);
				Object done = new Object();
				boolean[] ran = new boolean[1];
				display.asyncExec(() -> {
					longestLate.accumulateAndGet(System.nanoTime() - posted, Math::max);
					longestBusy.accumulateAndGet(threads.getCurrentThreadCpuTime() - cpuAtPost, Math::max);
					synchronized (done) {
						ran[0] = true;
						done.notifyAll();
					}
				});
				synchronized (done) {
					while (running && !ran[0])
						try {
							done.wait(50);
						} catch (InterruptedException e) {
							return;
						}
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

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join(1000);
	}
}
