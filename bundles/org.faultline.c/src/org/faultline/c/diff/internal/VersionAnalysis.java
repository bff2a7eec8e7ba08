package org.faultline.c.diff.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.faultline.c.analysis.CallClosure;
import org.faultline.c.analysis.FunctionFacts;
import org.faultline.c.analysis.PathAnalysis;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.cfg.ControlFlowGraph;
import org.faultline.c.parse.Program;

/** One version of the tree analysed: the call closure of the roots and the path facts of each function. */
public final class VersionAnalysis {

	private final Program program;
	private final Set<String> scope = new LinkedHashSet<>();
	private final Map<String, FunctionFacts> facts = new HashMap<>();

	private VersionAnalysis(Program program) {
		this.program = program;
	}

	/** Reports one unit of work per function analysed on {@code monitor} and stops when it is cancelled. */
	public static VersionAnalysis of(Program program, List<String> roots, Map<String, String> bindings,
			IProgressMonitor monitor) {
		VersionAnalysis v = new VersionAnalysis(program);
		for (String root : roots) {
			CallClosure closure = CallClosure.of(program, root, bindings);
			for (String name : closure.calleesFirst()) {
				if (monitor.isCanceled())
					throw new OperationCanceledException();
				if (!v.facts.containsKey(name)) {
					ControlFlowGraph cfg = ControlFlowGraph.of(program.function(name), program.configuration());
					v.facts.put(name, PathAnalysis.analyse(cfg, call -> {
						FunctionDefinition target = closure.target(call);
						return target == null ? null : v.facts.get(target.name());
					}));
				}
				monitor.worked(1);
			}
			v.scope.addAll(closure.functions());
		}
		return v;
	}

	public Program program() {
		return program;
	}

	/** @return the functions of the closures, in breadth-first order. */
	public Set<String> scope() {
		return scope;
	}

	public FunctionFacts facts(String function) {
		return facts.get(function);
	}
}
