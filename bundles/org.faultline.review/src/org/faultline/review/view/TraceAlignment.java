package org.faultline.review.view;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import org.faultline.model.exec.Trace;
import org.faultline.model.exec.TraceEvent;
import org.faultline.model.exec.TraceEventKind;

/**
 * Two traces of one scenario side by side: events both versions have on one row, the others on rows of their own,
 * as a text diff aligns lines (JGit's histogram diff over the events' kind, depth and text, not their line numbers,
 * which a patch shifts).
 */
public final class TraceAlignment {

	public enum Kind {
		SAME, CHANGED, ONLY_BEFORE, ONLY_AFTER
	}

	/** A row: the index of the event on each side (0-based), -1 where a side has none. */
	public record Row(int before, int after, Kind kind) {
	}

	private final List<Row> rows;

	private final Events before;

	private final Events after;

	private TraceAlignment(List<Row> rows, Events before, Events after) {
		this.rows = rows;
		this.before = before;
		this.after = after;
	}

	/** Every event, by kind, depth and text. */
	public static TraceAlignment of(Trace before, Trace after) {
		return align(new Events(before.getEvents(), false), new Events(after.getEvents(), false));
	}

	/** The calls made only, by the function called: rows index the calls, not the events. */
	public static TraceAlignment ofCalls(Trace before, Trace after) {
		return align(new Events(before.getEvents(), true), new Events(after.getEvents(), true));
	}

	private static TraceAlignment align(Events a, Events b) {
		EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM).diff(Events.COMPARATOR,
				a, b);
		List<Row> rows = new ArrayList<>();
		int i = 0;
		int j = 0;
		for (Edit e : edits) {
			while (i < e.getBeginA())
				rows.add(new Row(i++, j++, Kind.SAME));
			while (i < e.getEndA() && j < e.getEndB())
				rows.add(new Row(i++, j++, Kind.CHANGED));
			while (i < e.getEndA())
				rows.add(new Row(i++, -1, Kind.ONLY_BEFORE));
			while (j < e.getEndB())
				rows.add(new Row(-1, j++, Kind.ONLY_AFTER));
		}
		while (i < a.size())
			rows.add(new Row(i++, j++, Kind.SAME));
		return new TraceAlignment(List.copyOf(rows), a, b);
	}

	public List<Row> rows() {
		return rows;
	}

	/** What the before side's i-th element was compared by: the event, or the function called. */
	public String beforeKey(int i) {
		return before.keys.get(i);
	}

	public String afterKey(int i) {
		return after.keys.get(i);
	}

	private static final class Events extends Sequence {

		static final SequenceComparator<Events> COMPARATOR = new SequenceComparator<>() {

			@Override
			public boolean equals(Events a, int ai, Events b, int bi) {
				return a.keys.get(ai).equals(b.keys.get(bi));
			}

			@Override
			public int hash(Events seq, int i) {
				return seq.keys.get(i).hashCode();
			}
		};

		private final List<String> keys = new ArrayList<>();

		Events(List<TraceEvent> events, boolean callsOnly) {
			for (TraceEvent e : events)
				if (!callsOnly)
					keys.add(e.getKind() + "/" + e.getDepth() + "/" + e.getWhat());
				else if (e.getKind() == TraceEventKind.CALL)
					keys.add(e.getWhat().indexOf('(') > 0 ? e.getWhat().substring(0, e.getWhat().indexOf('(')) : e.getWhat());
		}

		@Override
		public int size() {
			return keys.size();
		}
	}
}
