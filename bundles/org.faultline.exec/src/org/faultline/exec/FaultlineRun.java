package org.faultline.exec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * What {@code faultline run} does, without the command line: pick the scenario (a file, or a shipped one by
 * name), run it on the versions given (by default the modelled tree's two images; the review session gives
 * the versions of a patch on any tree), and report. Usage:
 *
 * <pre>
 * List&lt;RunResult&gt; results = FaultlineRun.scenario("read-cached-pmd-none").setWhich(Which.BOTH).call();
 * Map&lt;String, List&lt;RunResult&gt;&gt; all = FaultlineRun.everyShippedScenario().setTrace(true).callEach();
 * </pre>
 */
public final class FaultlineRun {

	public enum Which {
		BEFORE, AFTER, BOTH
	}

	/** A file or a shipped scenario's name; null for every shipped scenario. */
	private final String scenario;
	private Which which = Which.BOTH;
	private boolean trace;
	private List<ExecutableVersion> versions;

	private FaultlineRun(String scenario) {
		this.scenario = scenario;
	}

	/** @param fileOrName a scenario file, or the name of a shipped scenario */
	public static FaultlineRun scenario(String fileOrName) {
		return new FaultlineRun(fileOrName);
	}

	/** Every scenario that ships, for exploring what behaves differently between two versions. */
	public static FaultlineRun everyShippedScenario() {
		return new FaultlineRun(null);
	}

	public FaultlineRun setWhich(Which w) {
		this.which = w;
		return this;
	}

	public FaultlineRun setTrace(boolean on) {
		this.trace = on;
		return this;
	}

	/** The versions to run on, in order (before, after); which of them is picked by {@link #setWhich}. */
	public FaultlineRun setVersions(ExecutableVersion before, ExecutableVersion after) {
		this.versions = Arrays.asList(before, after);
		return this;
	}

	/**
	 * @throws ScenarioException when the scenario cannot be found or read (file:line in the message)
	 * @throws IOException       when a scenario file or the modelled tree cannot be read
	 */
	public List<RunResult> call() throws ScenarioException, IOException {
		if (scenario == null)
			throw new IllegalStateException("every shipped scenario: use callEach()");
		return runOn(NamedScenarios.fileOrName(scenario), versions());
	}

	/**
	 * Runs each scenario (every shipped one, or the one given) on the same versions, which are built once.
	 *
	 * @return the results of each version by scenario name, in the shipped order
	 */
	public Map<String, List<RunResult>> callEach() throws ScenarioException, IOException {
		List<ExecutableVersion> versions = versions();
		Map<String, List<RunResult>> results = new LinkedHashMap<>();
		if (scenario != null) {
			Scenario one = NamedScenarios.fileOrName(scenario);
			results.put(one.name(), runOn(one, versions));
			return results;
		}
		for (String name : NamedScenarios.names())
			results.put(name, runOn(NamedScenarios.load(name), versions));
		return results;
	}

	private List<RunResult> runOn(Scenario s, List<ExecutableVersion> versions) {
		List<RunResult> results = new ArrayList<>();
		for (ExecutableVersion v : versions)
			results.add(FaultRun.scenario(s).version(v).setTrace(trace).call());
		return results;
	}

	/**
	 * The results one after the other, then what only one of two versions found and, with traces, the calls
	 * only one of them made (aligned by their call events).
	 */
	public static String report(List<RunResult> results) {
		StringBuilder s = new StringBuilder();
		results.forEach(r -> s.append(r.report()).append('\n'));
		if (results.size() == 2) {
			RunResult a = results.get(0), b = results.get(1);
			s.append("== difference\n");
			s.append("outcome: ").append(a.outcomeText()).append(" -> ").append(b.outcomeText()).append('\n');
			differences(a, b).forEach(line -> s.append(line).append('\n'));
		}
		return s.toString();
	}

	/**
	 * One block per scenario run on two versions: whether they behave the same (same outcome, same kinds of
	 * finding, and with traces the same calls) and if not, how; then how many differ.
	 */
	public static String summary(Map<String, List<RunResult>> results) {
		StringBuilder s = new StringBuilder();
		List<String> differing = new ArrayList<>();
		for (var entry : results.entrySet()) {
			List<RunResult> pair = entry.getValue();
			if (pair.size() != 2)
				throw new IllegalArgumentException("a summary compares two versions; " + entry.getKey() + " ran on "
						+ pair.size());
			RunResult a = pair.get(0), b = pair.get(1);
			List<String> lines = differences(a, b);
			boolean same = lines.isEmpty() && a.outcomeText().equals(b.outcomeText());
			s.append("== ").append(entry.getKey()).append(same ? ": same" : ": differs").append('\n');
			s.append("  outcome: ").append(a.outcomeText()).append(" -> ").append(b.outcomeText()).append('\n');
			lines.forEach(line -> s.append("  ").append(line).append('\n'));
			for (RunResult r : pair)
				if (r.incomplete())
					s.append("  ").append(r.version()).append(": ").append(r.incompleteText()).append('\n');
			if (!same)
				differing.add(entry.getKey());
		}
		s.append(differing.size()).append(" of ").append(results.size()).append(" scenarios behave differently");
		s.append(differing.isEmpty() ? "" : ": " + String.join(", ", differing)).append('\n');
		return s.toString();
	}

	/** What only one of the two runs found, and (with traces) the calls only one of them made. */
	private static List<String> differences(RunResult a, RunResult b) {
		List<String> lines = new ArrayList<>();
		onlyIn(a, b, lines);
		onlyIn(b, a, lines);
		for (Lockstep.Pair p : Lockstep.alignCalls(a.trace(), b.trace()))
			if (p.left() == null || p.right() == null) {
				RunResult side = p.left() == null ? b : a;
				StepSession.Point call = p.left() == null ? p.right() : p.left();
				lines.add("only " + side.version() + ": call " + call.function() + " (" + call.file() + ':' + call.line()
						+ ")");
			}
		return lines;
	}

	private static void onlyIn(RunResult a, RunResult b, List<String> lines) {
		for (Finding f : a.findings())
			if (b.findings().stream().noneMatch(g -> g.kind() == f.kind()))
				lines.add("only " + a.version() + ": " + f.title());
	}


	private List<ExecutableVersion> versions() throws IOException {
		if (versions != null)
			return pick(which == Which.AFTER ? null : versions.get(0), which == Which.BEFORE ? null : versions.get(1));
		return pick(which == Which.AFTER ? null : ModelledVersions.before(),
				which == Which.BEFORE ? null : ModelledVersions.after());
	}

	private static List<ExecutableVersion> pick(ExecutableVersion before, ExecutableVersion after) {
		List<ExecutableVersion> out = new ArrayList<>();
		if (before != null)
			out.add(before);
		if (after != null)
			out.add(after);
		return out;
	}
}
