package org.faultline.review.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.faultline.model.c.COwnershipChange;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.review.report.Condition;

/**
 * The balance of the pte mapping, pte lock, page lock and page references on a function's ways out, as a table of
 * exit kinds: for each resource whose balance changed, one row per net effect (-1 releases, 0 leaves as found, +1
 * takes) with the condition under which a path out has it, before and after, simplified.
 */
public final class BalanceTable {

	/** Shown where a version has no way out with that net effect. */
	public static final String NO_PATH = "no path";

	/** A resource's exit kind: e.g. page lock, -1, the condition before and after. */
	public record Row(String resource, String net, String before, String after) {
	}

	private final List<Row> rows;

	private BalanceTable(List<Row> rows) {
		this.rows = rows;
	}

	public static BalanceTable of(CFunctionDiff diff) {
		List<Row> rows = new ArrayList<>();
		for (COwnershipChange change : diff.getOwnershipChanges()) {
			Map<String, String> before = exits(change.getBefore());
			Map<String, String> after = exits(change.getAfter());
			Map<Integer, String> nets = new TreeMap<>();
			before.keySet().forEach(n -> nets.put(Integer.parseInt(n), n));
			after.keySet().forEach(n -> nets.put(Integer.parseInt(n), n));
			for (String net : nets.values())
				rows.add(new Row(change.getResource(), net.startsWith("-") || net.equals("0") ? net : "+" + net, before.getOrDefault(net, NO_PATH),
						after.getOrDefault(net, NO_PATH)));
		}
		return new BalanceTable(List.copyOf(rows));
	}

	/**
	 * Reads the semantic diff's balance text ("-1 on every path", "0 when X; +1 when Y", "+1 on some paths",
	 * "untouched") into net effect and condition.
	 */
	static Map<String, String> exits(String balance) {
		Map<String, String> exits = new TreeMap<>();
		if (balance == null || balance.equals("untouched")) {
			exits.put("0", "untouched");
			return exits;
		}
		for (String part : balance.split("; ")) {
			int space = part.indexOf(' ');
			String net = part.substring(0, space);
			String rest = part.substring(space + 1);
			exits.put(net.startsWith("+") ? net.substring(1) : net,
					rest.startsWith("when ") ? Condition.parse(rest.substring(5)).toString() : rest);
		}
		return exits;
	}

	public List<Row> rows() {
		return rows;
	}
}
