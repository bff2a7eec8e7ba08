package org.faultline.ui.tests;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the display thread leaves events waiting: a background thread posts a probe every few
 * milliseconds and records how late the display thread ran it; the longest delay is the longest stall.
 */
final class UiWatchdog implements AutoCloseable {

	private static final long PROBE_INTERVAL_MS = 5;

	private final Thread thread;

	private final AtomicLong longestNanos = new AtomicLong();

	private volatile boolean running = true;

	private UiWatchdog(Display display) {
		thread = new Thread(() -> {
			while (running) {
				long posted = System.nanoTime();
				Object done = new Object();
				boolean[] ran = new boolean[1];
				display.asyncExec(() -> {
					longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
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

	/** The longest the display thread kept a probe waiting, in milliseconds. */
	double longestStallMillis() {
		return longestNanos.get() / 1e6;
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join(1000);
	}
}
