package org.faultline.explore;

import java.util.Set;
import java.util.stream.Collectors;

import org.faultline.exec.Finding;
import org.faultline.model.exec.FindingKind;

/**
 * Why two runs of a scenario differ: the kinds of finding only one version has, and where the runs part: the
 * last step both made, then each version's next ({@code null} when that version made no more). Steps are what
 * the fault did (vma operations called, allocations, locks, pte maps and stores); when those are the same,
 * the names of the functions called ({@code stepsSame}). Scenarios with the same cause are one group.
 */
public record Cause(Set<FindingKind> onlyBefore, Set<FindingKind> onlyAfter, boolean stepsSame, String commonCall,
		String beforeCall, String afterCall) implements Comparable<Cause> {

	public Cause {
		onlyBefore = Set.copyOf(onlyBefore);
		onlyAfter = Set.copyOf(onlyAfter);
	}

	/** Whether the steps or calls of the two versions part at all (else only outcome or machine state differ). */
	public boolean callsDiverge() {
		return beforeCall != null || afterCall != null;
	}

	/** One line: what only one version finds, and where the calls part. */
	public String describe() {
		StringBuilder s = new StringBuilder(stepsSame && callsDiverge() ? "same steps, the code's own calls differ: " : "");
		if (!onlyBefore.isEmpty())
			s.append("only before: ").append(titles(onlyBefore)).append("; ");
		if (!onlyAfter.isEmpty())
			s.append("only after: ").append(titles(onlyAfter)).append("; ");
		if (!callsDiverge())
			return s.append("same steps and calls, different outcome or machine state").toString();
		s.append(commonCall == null ? "from the start" : "after " + commonCall).append(", ");
		if (beforeCall == null)
			return s.append("after does ").append(afterCall).append(" where before returns").toString();
		if (afterCall == null)
			return s.append("before does ").append(beforeCall).append(" where after returns").toString();
		return s.append("before does ").append(beforeCall).append(" where after does ").append(afterCall).toString();
	}

	private static String titles(Set<FindingKind> kinds) {
		return kinds.stream().sorted().map(Finding::title).collect(Collectors.joining(", "));
	}

	@Override
	public int compareTo(Cause o) {
		return describe().compareTo(o.describe());
	}
}
