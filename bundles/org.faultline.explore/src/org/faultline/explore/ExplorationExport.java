package org.faultline.explore;

import java.util.Map;

import org.faultline.exec.ModelExport;
import org.faultline.exec.RunResult;
import org.faultline.model.review.Exploration;
import org.faultline.model.review.PrunedCount;
import org.faultline.model.review.ReviewFactory;

/** An exploration's result in the review document's vocabulary, at the engine's edge. */
public final class ExplorationExport {

	private ExplorationExport() {
	}

	public static Exploration toModel(ExplorationResult result) {
		ReviewFactory factory = ReviewFactory.eINSTANCE;
		Exploration m = factory.createExploration();
		m.setProduct(result.product());
		m.setFeasible(result.feasible());
		m.setExplored(result.explored());
		m.setSampled(result.sampled());
		m.setSeed(result.seed());
		m.setSame(result.same());
		result.pruned().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			PrunedCount count = factory.createPrunedCount();
			count.setRule(e.getKey().label());
			count.setReason(e.getKey().why());
			count.setCount(e.getValue());
			m.getPruned().add(count);
		});
		for (DifferenceGroup g : result.groups()) {
			var group = factory.createDifferenceGroup();
			group.setCause(g.cause().describe());
			group.getOnlyBefore().addAll(g.cause().onlyBefore().stream().sorted().toList());
			group.getOnlyAfter().addAll(g.cause().onlyAfter().stream().sorted().toList());
			group.setCommonCall(g.cause().commonCall());
			group.setBeforeCall(g.cause().beforeCall());
			group.setAfterCall(g.cause().afterCall());
			group.setCount(g.count());
			group.setScenarioText(g.scenarioText());
			group.setBefore(representativeRun(g, g.before()));
			group.setAfter(representativeRun(g, g.after()));
			m.getGroups().add(group);
		}
		return m;
	}

	/** A representative's run, named by the representative's label (the scenario it ran was parsed unnamed). */
	private static org.faultline.model.exec.RunResult representativeRun(DifferenceGroup g, RunResult run) {
		var m = ModelExport.toModel(run);
		m.setScenario(g.representative().label());
		return m;
	}
}
