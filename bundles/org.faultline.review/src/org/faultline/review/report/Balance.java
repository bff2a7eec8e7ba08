package org.faultline.review.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A resource's net balance on the ways out of a function, read back from the semantic diff's text ("untouched",
 * "-1 on every path", "0 when X; -1 when Y"): each net change with the condition of the paths that have it.
 *
 * @param text the text as the semantic diff gave it
 * @param nets each net change (signed, as printed) with its condition; empty when the function does not touch it
 */
public record Balance(String text, Map<String, Condition> nets) {

	/** A net the analysis reached on some paths without telling which: a literal that says just that. */
	static final String SOME_PATHS = "(on some paths)";

	/** The net of every path out that the other nets leave, when writing its own condition out says less. */
	static final String OTHER_PATHS = "(on every other path)";

	/** Fewest alternatives a net's condition must have to be written as {@link #OTHER_PATHS}. */
	private static final int OTHER_PATHS_FROM = 3;

	public Balance {
		nets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nets));
	}

	public static Balance parse(String text) {
		Map<String, Condition> nets = new LinkedHashMap<>();
		if (text.equals("untouched"))
			return new Balance(text, nets);
		for (String part : CText.splitTopLevel(text, "; ")) {
			int space = part.indexOf(' ');
			String rest = space < 0 ? "" : part.substring(space + 1);
			String net = space < 0 ? part : part.substring(0, space);
			if (rest.equals("on every path"))
				nets.put(net, Condition.ALWAYS);
			else if (rest.equals("on some paths"))
				nets.put(net, Condition.parse(SOME_PATHS));
			else if (rest.startsWith("when "))
				nets.put(net, Condition.parse(rest.substring("when ".length())));
			else
				return new Balance(text, Map.of("?", Condition.parse(text)));
		}
		return new Balance(text, nets);
	}

	/**
	 * Each net of either balance, ordered numerically, with both sides' conditions compared. On a side with several
	 * nets, the one with the most alternatives (at least three) reads "on every other path" where the other side
	 * has nothing to set against it (no path, every path, or its own every other path): the nets of a side split its
	 * ways out, so that is exact, and the paths of the other nets are what a reviewer looks for (v6.12's
	 * do_anonymous_page, made to return before its unlock, had 26 alternatives for 0 and the new +1 below them).
	 */
	public static Map<String, ConditionComparison> compare(Balance before, Balance after) {
		TreeSet<String> nets = new TreeSet<>((a, b) -> Integer.compare(number(a), number(b)));
		nets.addAll(before.nets.keySet());
		nets.addAll(after.nets.keySet());
		String widestBefore = widest(before.nets);
		String widestAfter = widest(after.nets);
		Map<String, ConditionComparison> rows = new LinkedHashMap<>();
		for (String net : nets) {
			Condition b = before.nets.get(net);
			Condition a = after.nets.get(net);
			boolean otherBefore = net.equals(widestBefore) && (a == null || a.isAlways() || net.equals(widestAfter));
			boolean otherAfter = net.equals(widestAfter) && (b == null || b.isAlways() || net.equals(widestBefore));
			rows.put(net, ConditionComparison.of(otherBefore ? Condition.parse(OTHER_PATHS) : b,
					otherAfter ? Condition.parse(OTHER_PATHS) : a));
		}
		return rows;
	}

	/** @return the net with the most alternatives, if there are other nets and it has enough; else null */
	private static String widest(Map<String, Condition> nets) {
		if (nets.size() < 2)
			return null;
		String widest = null;
		for (Map.Entry<String, Condition> net : nets.entrySet())
			if (widest == null || net.getValue().terms().size() > nets.get(widest).terms().size())
				widest = net.getKey();
		return nets.get(widest).terms().size() < OTHER_PATHS_FROM ? null : widest;
	}

	private static int number(String net) {
		try {
			return Integer.parseInt(net.startsWith("+") ? net.substring(1) : net);
		} catch (NumberFormatException e) {
			return Integer.MAX_VALUE;
		}
	}
}
