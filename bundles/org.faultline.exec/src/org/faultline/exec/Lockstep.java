package org.faultline.exec;

import org.faultline.model.exec.TraceEventKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions' runs of one scenario side by side, aligned by their call events: the longest common
 * subsequence of called function names pairs calls that both make; the rest stand alone. Stepping moves both
 * sessions to the next aligned pair.
 */
public final class Lockstep {

	/** A call of one side, the other, or both; an absent side is null. */
	public record Pair(StepSession.Point left, StepSession.Point right) {
	}

	private final StepSession left, right;
	private final List<Pair> pairs;
	private int index = -1;

	private Lockstep(StepSession left, StepSession right) {
		this.left = left;
		this.right = right;
		this.pairs = align(entries(left.points()), entries(right.points()));
	}

	public static Lockstep of(StepSession left, StepSession right) {
		return new Lockstep(left, right);
	}

	public List<Pair> pairs() {
		return pairs;
	}

	public StepSession left() {
		return left;
	}

	public StepSession right() {
		return right;
	}

	/** Moves both sides to the next aligned call; a side without one stays where it is. */
	public boolean step() {
		return goTo(index + 1);
	}

	public boolean back() {
		return index > 0 && goTo(index - 1);
	}

	/**
	 * Moves to the n-th pair: each side to its call there, or, for a side without one, to its last call
	 * before it (its start if none), so that going back restores what stepping forward showed.
	 */
	public boolean goTo(int pair) {
		if (pair < 0 || pair >= pairs.size())
			return false;
		index = pair;
		left.goTo(lastOnSide(pair, Pair::left));
		right.goTo(lastOnSide(pair, Pair::right));
		return true;
	}

	private int lastOnSide(int pair, java.util.function.Function<Pair, StepSession.Point> side) {
		for (int i = pair; i >= 0; i--)
			if (side.apply(pairs.get(i)) != null)
				return side.apply(pairs.get(i)).step();
		return 0;
	}

	/** Which pair both sides are at; -1 before the first step. */
	public int index() {
		return index;
	}

	/** The pair both sides are at, or null before the first step. */
	public Pair current() {
		return index < 0 ? null : pairs.get(index);
	}

	/** The CALL events of two traces, aligned the same way (for runs made with a trace, not stepped). */
	public static List<Pair> alignCalls(List<TraceEvent> left, List<TraceEvent> right) {
		return align(calls(left), calls(right));
	}

	private static List<StepSession.Point> calls(List<TraceEvent> trace) {
		List<StepSession.Point> out = new ArrayList<>();
		for (TraceEvent e : trace)
			if (e.kind() == TraceEventKind.CALL)
				out.add(new StepSession.Point(out.size() + 1, e.depth(), e.what().substring(0, e.what().indexOf('(')),
						e.file(), e.line()));
		return out;
	}

	/** The steps where a function is entered. */
	static List<StepSession.Point> entries(List<StepSession.Point> points) {
		List<StepSession.Point> out = new ArrayList<>();
		for (int i = 0; i < points.size(); i++)
			if (i == 0 || points.get(i - 1).depth() < points.get(i).depth())
				out.add(points.get(i));
		return out;
	}

	static List<Pair> align(List<StepSession.Point> a, List<StepSession.Point> b) {
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--)
			for (int j = b.size() - 1; j >= 0; j--)
				lcs[i][j] = a.get(i).function().equals(b.get(j).function()) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
		List<Pair> out = new ArrayList<>();
		int i = 0, j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).function().equals(b.get(j).function()))
				out.add(new Pair(a.get(i++), b.get(j++)));
			else if (j >= b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])
				out.add(new Pair(a.get(i++), null));
			else
				out.add(new Pair(null, b.get(j++)));
		}
		return out;
	}
}
