package org.faultline.review.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.review.DifferenceGroup;
import org.faultline.model.review.Exploration;

/**
 * The explorer's groups as a review lists them beside its shipped scenarios: how many scenarios each holds, which
 * version has the finding that tells the versions apart, the representative scenario and the cause. Groups that a
 * finding tells apart come first (a reviewer reads those first), then those whose calls or outcome differ, larger
 * groups before smaller. Each carries its representative's two runs as a {@link RunComparison.Entry}, so that it
 * is opened like a shipped scenario.
 */
public final class ExploredGroups {

	/**
	 * A group: {@code findingIn} names the version(s) with a finding the other lacks ("" when no finding tells
	 * them apart), {@code runs} the representative's runs, its differences the cause.
	 */
	public record Group(int count, String findingIn, String representative, String cause, RunComparison.Entry runs) {

		public boolean findingDiffers() {
			return !findingIn.isEmpty();
		}
	}

	private ExploredGroups() {
	}

	/** The groups of an exploration, differences of finding first; none for no exploration. */
	public static List<Group> of(Exploration exploration) {
		if (exploration == null)
			return List.of();
		List<Group> groups = new ArrayList<>();
		for (DifferenceGroup g : exploration.getGroups()) {
			// the explorer names its representatives' runs by the scenario's label
			String representative = g.getBefore().getScenario();
			groups.add(new Group(g.getCount(), findingIn(g), representative, g.getCause(),
					new RunComparison.Entry(representative, g.getBefore(), g.getAfter(), List.of(g.getCause()))));
		}
		groups.sort(Comparator.comparing((Group g) -> !g.findingDiffers()).thenComparing(Group::count, Comparator.reverseOrder())
				.thenComparing(Group::cause));
		return List.copyOf(groups);
	}

	/** One line: how many scenarios ran, how many behave the same, how many differ and in how many groups. */
	public static String summary(Exploration exploration) {
		return String.format("%,d scenarios run on both versions%s: %,d behave the same, %,d differ in %d groups",
				exploration.getExplored(), exploration.isSampled() ? " (a sample, seed " + exploration.getSeed() + ")" : "",
				exploration.getSame(), exploration.getExplored() - exploration.getSame(), exploration.getGroups().size());
	}

	private static String findingIn(DifferenceGroup g) {
		List<String> sides = new ArrayList<>();
		if (!g.getOnlyBefore().isEmpty())
			sides.add("before: " + kinds(g.getOnlyBefore()));
		if (!g.getOnlyAfter().isEmpty())
			sides.add("after: " + kinds(g.getOnlyAfter()));
		return String.join("; ", sides);
	}

	private static String kinds(List<FindingKind> kinds) {
		return kinds.stream().map(FindingKind::getLiteral).collect(Collectors.joining(", "));
	}
}
