package org.faultline.explore.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.faultline.explore.Cause;
import org.faultline.explore.Point;

/**
 * Differences counted by cause, keeping one representative each and nothing else, so memory stays bounded by
 * the number of causes. Merging is order-independent (sums and minimums), which makes the result the same
 * whatever the number of threads.
 */
public final class Groups {

	/** A group's count and its representative: fewest non-default dimensions, then first in the space. */
	public static final class Group {
		int count;
		Point representative;
		long ordinal;

		public int count() {
			return count;
		}

		public Point representative() {
			return representative;
		}

		void offer(Point p, long at) {
			if (representative == null || p.nonDefault() < representative.nonDefault()
					|| p.nonDefault() == representative.nonDefault() && at < ordinal) {
				representative = p;
				ordinal = at;
			}
		}
	}

	private final Map<Cause, Group> groups = new HashMap<>();
	private long same, explored;

	/** Counts one pair run: {@code cause} null when both versions behaved the same. */
	public void add(Cause cause, Point p, long ordinal) {
		explored++;
		if (cause == null) {
			same++;
			return;
		}
		Group g = groups.computeIfAbsent(cause, c -> new Group());
		g.count++;
		g.offer(p, ordinal);
	}

	public void merge(Groups other) {
		same += other.same;
		explored += other.explored;
		other.groups.forEach((cause, o) -> {
			Group g = groups.computeIfAbsent(cause, c -> new Group());
			g.count += o.count;
			g.offer(o.representative, o.ordinal);
		});
	}

	public long same() {
		return same;
	}

	public long explored() {
		return explored;
	}

	/** Largest first; equal counts by cause text. */
	public List<Map.Entry<Cause, Group>> ordered() {
		List<Map.Entry<Cause, Group>> out = new ArrayList<>(groups.entrySet());
		out.sort(Comparator.<Map.Entry<Cause, Group>>comparingInt(e -> -e.getValue().count)
				.thenComparing(Map.Entry::getKey));
		return out;
	}
}
