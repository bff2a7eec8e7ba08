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

	/** Each net of either balance, ordered numerically, with both sides' conditions compared. */
	public static Map<String, ConditionComparison> compare(Balance before, Balance after) {
		TreeSet<String> nets = new TreeSet<>((a, b) -> Integer.compare(number(a), number(b)));
		nets.addAll(before.nets.keySet());
		nets.addAll(after.nets.keySet());
		Map<String, ConditionComparison> rows = new LinkedHashMap<>();
		for (String net : nets)
			rows.put(net, ConditionComparison.of(before.nets.get(net), after.nets.get(net)));
		return rows;
	}

	private static int number(String net) {
		try {
			return Integer.parseInt(net.startsWith("+") ? net.substring(1) : net);
		} catch (NumberFormatException e) {
			return Integer.MAX_VALUE;
		}
	}
}
