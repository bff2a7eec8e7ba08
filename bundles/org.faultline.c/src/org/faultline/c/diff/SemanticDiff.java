package org.faultline.c.diff;

import org.faultline.model.c.CChangeStatus;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.faultline.c.analysis.CallSites;
import org.faultline.c.analysis.Contract;
import org.faultline.c.analysis.FunctionFacts;
import org.faultline.c.analysis.Guard;
import org.faultline.c.analysis.Resource;
import org.faultline.c.ast.CPrinter;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.Parameter;
import org.faultline.c.diff.SemanticDiffResult.CallChange;
import org.faultline.c.diff.SemanticDiffResult.CodeMove;
import org.faultline.c.diff.SemanticDiffResult.ContractChange;
import org.faultline.c.diff.SemanticDiffResult.DecisionRow;
import org.faultline.c.diff.SemanticDiffResult.FunctionChange;
import org.faultline.c.diff.SemanticDiffResult.OwnershipChange;
import org.faultline.c.diff.SemanticDiffResult.ResourceHandlers;
import org.faultline.c.diff.SemanticDiffResult.SignatureChange;
import org.faultline.c.diff.internal.CallOrder;
import org.faultline.c.diff.internal.MoveDetector;
import org.faultline.c.diff.internal.VersionAnalysis;
import org.faultline.c.parse.Program;

/**
 * Compares the behaviour of two versions of the fault path: signatures, stated contracts, the conditions
 * under which each callee is reached, calls, code moved between functions, and resource ownership. Usage:
 *
 * <pre>
 * SemanticDiffResult r = SemanticDiff.between(before, after).function("handle_pte_fault").call();
 * </pre>
 *
 * Without {@link #function(String)} the whole closure of {@link #root(String)} (default
 * {@code __handle_mm_fault}) is compared.
 */
public final class SemanticDiff {

	/** The root of the fault path. */
	public static final String FAULT_PATH_ROOT = "__handle_mm_fault";

	/** The vm_operations of page-cache files, which the generic fault path calls through pointers. */
	public static final Map<String, String> PAGE_CACHE_OPERATIONS = Map.of("fault", "filemap_fault", "map_pages",
			"filemap_map_pages", "page_mkwrite", "filemap_page_mkwrite");

	private final Program before;
	private final Program after;
	private String root = FAULT_PATH_ROOT;
	private String function;
	private final Map<String, String> bindings = new LinkedHashMap<>(PAGE_CACHE_OPERATIONS);
	private IProgressMonitor monitor = new NullProgressMonitor();
	/**
	 * The calls of each function of the new version looked at for a changed signature: every function of a file
	 * parsed whole counts as mentioning any name, so each changed signature would walk them all again.
	 */
	private final Map<FunctionDefinition, List<Expression.Call>> callsOf = new IdentityHashMap<>();

	private SemanticDiff(Program before, Program after) {
		this.before = Objects.requireNonNull(before, "before");
		this.after = Objects.requireNonNull(after, "after");
	}

	public static SemanticDiff between(Program before, Program after) {
		return new SemanticDiff(before, after);
	}

	public SemanticDiff root(String name) {
		this.root = Objects.requireNonNull(name);
		return this;
	}

	/** Restricts the result to one function (its callees are still analysed for ownership). */
	public SemanticDiff function(String name) {
		this.function = name;
		return this;
	}

	/** Declares that calls through the pointer field {@code field} reach {@code target}. */
	public SemanticDiff bind(String field, String target) {
		bindings.put(field, target);
		return this;
	}

	public SemanticDiff progressMonitor(IProgressMonitor m) {
		this.monitor = m == null ? new NullProgressMonitor() : m;
		return this;
	}

	/**
	 * @throws IllegalArgumentException when the function (or, without one, the root) is defined in neither
	 *             version
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public SemanticDiffResult call() {
		String subject = function != null ? function : root;
		if (before.function(subject) == null && after.function(subject) == null)
			throw new IllegalArgumentException("function " + subject + " is defined in neither version");
		monitor.beginTask("Semantic diff of " + subject, IProgressMonitor.UNKNOWN);
		List<String> roots = function == null || function.equals(root) ? List.of(root) : List.of(root, function);
		VersionAnalysis b = VersionAnalysis.of(before, roots, bindings, monitor);
		VersionAnalysis a = VersionAnalysis.of(after, roots, bindings, monitor);
		Set<String> union = new LinkedHashSet<>(b.scope());
		union.addAll(a.scope());
		List<String> scope = List.copyOf(union);
		List<String> shown = function != null ? List.of(function) : scope;
		List<FunctionChange> changes = new ArrayList<>();
		for (String name : shown)
			changes.add(functionChange(name, b, a));
		List<CodeMove> moves = MoveDetector.detect(before, after, scope).stream()
				.filter(m -> function == null || m.fromFunction().equals(function) || m.toFunction().equals(function))
				.toList();
		List<ResourceHandlers> handlers = function == null ? handlers(b, a) : List.of();
		monitor.done();
		return new SemanticDiffResult(root, changes, moves, handlers);
	}

	private FunctionChange functionChange(String name, VersionAnalysis b, VersionAnalysis a) {
		FunctionDefinition fb = before.function(name);
		FunctionDefinition fa = after.function(name);
		if (fb == null || fa == null)
			return new FunctionChange(name, fb == null ? CChangeStatus.ADDED : CChangeStatus.REMOVED, fb == null ? null : fb.range(),
					fa == null ? null : fa.range(), List.of(), List.of(), List.of(), List.of(), List.of());
		FunctionFacts xb = b.facts(name);
		FunctionFacts xa = a.facts(name);
		List<SignatureChange> signature = signature(fb, fa);
		List<ContractChange> contract = contract(fb, fa);
		List<DecisionRow> decisions = xb == null || xa == null ? List.of() : decisions(xb, xa, b, a);
		List<CallChange> calls = xb == null || xa == null ? List.of() : CallOrder.compare(xb.calls(), xa.calls());
		List<OwnershipChange> ownership = xb == null || xa == null ? List.of() : ownership(xb, xa);
		boolean same = CPrinter.print(fb.body()).equals(CPrinter.print(fa.body())) && signature.isEmpty()
				&& contract.isEmpty();
		return new FunctionChange(name, same ? CChangeStatus.UNCHANGED : CChangeStatus.CHANGED, fb.range(), fa.range(), signature,
				contract, decisions, calls, ownership);
	}

	// ---- signature ----

	private List<SignatureChange> signature(FunctionDefinition fb, FunctionDefinition fa) {
		List<SignatureChange> out = new ArrayList<>();
		List<String> namesBefore = fb.parameters().stream().map(Parameter::name).toList();
		List<String> namesAfter = fa.parameters().stream().map(Parameter::name).toList();
		for (int i = 0; i < fb.parameters().size(); i++) {
			Parameter p = fb.parameters().get(i);
			Parameter q = fa.parameter(p.name());
			if (q == null)
				out.add(change(SignatureChange.Kind.REMOVED, p.name(), p.type().spelling(), null, i));
			else if (!q.type().spelling().equals(p.type().spelling()))
				out.add(change(SignatureChange.Kind.RETYPED, p.name(), p.type().spelling(), q.type().spelling(),
						namesAfter.indexOf(q.name())));
		}
		for (int i = 0; i < fa.parameters().size(); i++) {
			Parameter q = fa.parameters().get(i);
			if (!namesBefore.contains(q.name()))
				out.add(change(SignatureChange.Kind.ADDED, q.name(), null, q.type().spelling(), i));
		}
		if (!fb.returnType().spelling().equals(fa.returnType().spelling()))
			out.add(change(SignatureChange.Kind.RETURN_TYPE, null, fb.returnType().spelling(),
					fa.returnType().spelling(), -1));
		if (out.isEmpty())
			return out;
		List<String> updated = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		for (FunctionDefinition caller : after.functionsMentioning(fa.name()))
			for (Expression.Call call : callsOf.computeIfAbsent(caller, c -> CallSites.in(c.body())))
				if (fa.name().equals(call.calleeName())) {
					boolean fits = fa.variadic() ? call.arguments().size() >= fa.parameters().size()
							: call.arguments().size() == fa.parameters().size();
					List<String> list = fits ? updated : stale;
					if (!list.contains(caller.name()))
						list.add(caller.name());
				}
		return out.stream().map(c -> new SignatureChange(c.kind(), c.parameter(), c.beforeType(), c.afterType(),
				c.position(), updated, stale)).toList();
	}

	private static SignatureChange change(SignatureChange.Kind kind, String parameter, String beforeType,
			String afterType, int position) {
		return new SignatureChange(kind, parameter, beforeType, afterType, position, List.of(), List.of());
	}

	// ---- contract ----

	private static List<ContractChange> contract(FunctionDefinition fb, FunctionDefinition fa) {
		Contract cb = Contract.read(fb.leadingComment());
		Contract ca = Contract.read(fa.leadingComment());
		List<ContractChange> out = new ArrayList<>();
		compare(ContractChange.Moment.ENTRY, cb.onEntry(), ca.onEntry(), out);
		compare(ContractChange.Moment.RETURN, cb.onReturn(), ca.onReturn(), out);
		return out;
	}

	private static void compare(ContractChange.Moment moment, Map<String, String> b, Map<String, String> a,
			List<ContractChange> out) {
		Set<String> subjects = new TreeSet<>(b.keySet());
		subjects.addAll(a.keySet());
		for (String s : subjects)
			if (!Objects.equals(b.get(s), a.get(s)))
				out.add(new ContractChange(moment, s, b.get(s), a.get(s)));
	}

	// ---- decisions ----

	private static List<DecisionRow> decisions(FunctionFacts b, FunctionFacts a, VersionAnalysis vb,
			VersionAnalysis va) {
		Set<String> callees = new LinkedHashSet<>(b.reach().keySet());
		callees.addAll(a.reach().keySet());
		List<DecisionRow> rows = new ArrayList<>();
		for (String callee : callees) {
			Guard gb = b.reach().get(callee);
			Guard ga = a.reach().get(callee);
			CChangeStatus status = gb == null ? CChangeStatus.ADDED : ga == null ? CChangeStatus.REMOVED
					: gb.equals(ga) ? CChangeStatus.UNCHANGED : CChangeStatus.CHANGED;
			boolean defined = vb.scope().contains(callee) || va.scope().contains(callee);
			rows.add(new DecisionRow(callee, defined, gb == null ? null : b.render(gb), ga == null ? null : a.render(ga),
					status));
		}
		return rows;
	}

	// ---- ownership ----

	private static List<OwnershipChange> ownership(FunctionFacts b, FunctionFacts a) {
		List<OwnershipChange> out = new ArrayList<>();
		for (Resource r : Resource.values()) {
			String sb = balance(b, r);
			String sa = balance(a, r);
			if (!sb.equals(sa))
				out.add(new OwnershipChange(r, sb, sa));
		}
		return out;
	}

	/** E.g. "-1 on every path", or "0 when X; +1 when Y", or "untouched". */
	static String balance(FunctionFacts facts, Resource r) {
		Map<Integer, Guard> nets = facts.balance().get(r);
		if (nets == null)
			return "untouched";
		if (nets.size() == 1)
			return signed(nets.keySet().iterator().next()) + " on every path";
		List<String> parts = new ArrayList<>();
		new TreeMap<>(nets).forEach((net, guard) -> parts
				.add(signed(net) + (guard.isTrue() ? " on some paths" : " when " + facts.render(guard))));
		return String.join("; ", parts);
	}

	private static String signed(int n) {
		return n > 0 ? "+" + n : Integer.toString(n);
	}

	// ---- who takes and releases ----

	private record HandlerKey(Resource resource, String call) implements Comparable<HandlerKey> {
		@Override
		public int compareTo(HandlerKey o) {
			int c = resource.compareTo(o.resource);
			return c != 0 ? c : call.compareTo(o.call);
		}
	}

	private static List<ResourceHandlers> handlers(VersionAnalysis b, VersionAnalysis a) {
		Map<HandlerKey, List<String>> rowsBefore = handlerRows(b);
		Map<HandlerKey, List<String>> rowsAfter = handlerRows(a);
		Set<HandlerKey> keys = new TreeSet<>(rowsBefore.keySet());
		keys.addAll(rowsAfter.keySet());
		return keys.stream().map(k -> new ResourceHandlers(k.resource(), k.call(),
				rowsBefore.getOrDefault(k, List.of()), rowsAfter.getOrDefault(k, List.of()))).toList();
	}

	/** For each resource primitive (a call not defined in the tree), the closure functions that call it. */
	private static Map<HandlerKey, List<String>> handlerRows(VersionAnalysis v) {
		Map<HandlerKey, List<String>> rows = new TreeMap<>();
		for (String f : v.scope()) {
			FunctionFacts facts = v.facts(f);
			if (facts == null)
				continue;
			facts.handlers().forEach((r, calls) -> calls.stream().filter(c -> v.program().function(c) == null)
					.forEach(c -> rows.computeIfAbsent(new HandlerKey(r, c), k -> new ArrayList<>()).add(f)));
		}
		return rows;
	}
}
