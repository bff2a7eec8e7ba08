package org.faultline.c.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What path analysis found in one function.
 *
 * @param name the function
 * @param reach for each callee key (see {@link CallSites#key}), the condition under which some call to it is
 *            executed
 * @param calls the callee keys of all call sites in source order
 * @param balance for each resource the function touches: net change (taken minus released) on the paths
 *            that leave the function, each with the condition of those paths
 * @param handlers for each resource, the calls in this function that take or release it
 * @param atomRank each atom of the conditions with its place of first appearance, for rendering
 */
public record FunctionFacts(String name, Map<String, Guard> reach, List<String> calls,
		Map<Resource, Map<Integer, Guard>> balance, Map<Resource, Set<String>> handlers, Map<String, Integer> atomRank) {

	/** @return the net change of a resource if it is the same on every path out, else null. */
	public Integer uniformNet(Resource r) {
		Map<Integer, Guard> nets = balance.get(r);
		return nets != null && nets.size() == 1 ? nets.keySet().iterator().next() : null;
	}

	/** @return a condition as text, its atoms in source order. */
	public String render(Guard g) {
		return g.render(atom -> atomRank.getOrDefault(atom, Integer.MAX_VALUE));
	}
}
