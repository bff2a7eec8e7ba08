package org.faultline.c.diff.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.faultline.c.diff.SemanticDiffResult.CallChange;

/**
 * Compares the call sequences of two versions of a function: callees whose number of calls changed, and pairs
 * of callees whose order flipped. The order of the callees called in both versions (by first call) is
 * aligned by a longest common subsequence; callees outside it moved, and flips are reported between moved
 * callees, or between a moved callee and the common callee it jumped over when it has no moved partner.
 */
public final class CallOrder {

	private CallOrder() {
	}

	public static List<CallChange> compare(List<String> before, List<String> after) {
		List<CallChange> out = new ArrayList<>();
		Map<String, Integer> countBefore = counts(before);
		Map<String, Integer> countAfter = counts(after);
		Set<String> keys = new LinkedHashSet<>(countBefore.keySet());
		keys.addAll(countAfter.keySet());
		for (String k : keys) {
			int b = countBefore.getOrDefault(k, 0);
			int a = countAfter.getOrDefault(k, 0);
			if (a > b)
				out.add(new CallChange(CallChange.Kind.ADDED, k, null, b, a));
			else if (a < b)
				out.add(new CallChange(CallChange.Kind.REMOVED, k, null, b, a));
		}
		List<String> commonBefore = new ArrayList<>(countBefore.keySet());
		commonBefore.retainAll(countAfter.keySet());
		List<String> commonAfter = new ArrayList<>(countAfter.keySet());
		commonAfter.retainAll(countBefore.keySet());
		List<String> kept = lcs(commonBefore, commonAfter);
		List<String> moved = commonBefore.stream().filter(k -> !kept.contains(k)).toList();
		for (String m : moved) {
			List<String> partners = moved.stream().filter(o -> !o.equals(m) && flipped(m, o, commonBefore, commonAfter))
					.toList();
			if (partners.isEmpty())
				partners = commonBefore.stream().filter(o -> kept.contains(o) && flipped(m, o, commonBefore, commonAfter))
						.limit(1).toList();
			for (String o : partners)
				if (commonAfter.indexOf(m) < commonAfter.indexOf(o) && !reported(out, m, o))
					out.add(new CallChange(CallChange.Kind.REORDERED, m, o, countBefore.get(m), countAfter.get(m)));
				else if (commonAfter.indexOf(m) > commonAfter.indexOf(o) && !reported(out, o, m))
					out.add(new CallChange(CallChange.Kind.REORDERED, o, m, countBefore.get(o), countAfter.get(o)));
		}
		return out;
	}

	/** A REORDERED change (callee, other) means: callee is now called before other, and was called after it. */
	private static boolean reported(List<CallChange> out, String first, String second) {
		return out.stream().anyMatch(c -> c.kind() == CallChange.Kind.REORDERED && c.callee().equals(first)
				&& c.other().equals(second));
	}

	private static boolean flipped(String x, String y, List<String> before, List<String> after) {
		return Integer.signum(before.indexOf(x) - before.indexOf(y)) != Integer.signum(after.indexOf(x) - after.indexOf(y));
	}

	private static Map<String, Integer> counts(List<String> calls) {
		Map<String, Integer> m = new LinkedHashMap<>();
		calls.forEach(c -> m.merge(c, 1, Integer::sum));
		return m;
	}

	private static List<String> lcs(List<String> a, List<String> b) {
		int[][] len = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--)
			for (int j = b.size() - 1; j >= 0; j--)
				len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
		List<String> out = new ArrayList<>();
		for (int i = 0, j = 0; i < a.size() && j < b.size();) {
			if (a.get(i).equals(b.get(j))) {
				out.add(a.get(i));
				i++;
				j++;
			} else if (len[i + 1][j] >= len[i][j + 1]) {
				i++;
			} else {
				j++;
			}
		}
		return out;
	}
}
