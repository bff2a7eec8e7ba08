package org.faultline.c.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.parse.Program;

/**
 * The functions of a program reachable from a root through direct calls to functions defined in the program
 * and through calls via function-pointer fields bound to such functions (e.g. {@code ->fault} to
 * {@code filemap_fault}, as the page-cache {@code vm_operations_struct} does).
 */
public final class CallClosure {

	private final Program program;
	private final Map<String, String> bindings;
	private final Map<String, List<String>> callees = new LinkedHashMap<>();

	private CallClosure(Program program, Map<String, String> bindings) {
		this.program = program;
		this.bindings = Map.copyOf(bindings);
	}

	/**
	 * @param bindings function-pointer field name to the function it calls here, e.g. {@code fault ->
	 *            filemap_fault}
	 * @return the closure; empty if {@code root} is not defined in the program
	 */
	public static CallClosure of(Program program, String root, Map<String, String> bindings) {
		CallClosure closure = new CallClosure(program, bindings);
		if (program.function(root) == null)
			return closure;
		Deque<String> pending = new ArrayDeque<>(List.of(root));
		while (!pending.isEmpty()) {
			String name = pending.poll();
			if (closure.callees.containsKey(name))
				continue;
			Set<String> found = new LinkedHashSet<>();
			for (Expression.Call call : CallSites.in(program.function(name).body())) {
				FunctionDefinition target = closure.target(call);
				if (target != null)
					found.add(target.name());
			}
			closure.callees.put(name, List.copyOf(found));
			pending.addAll(found);
		}
		return closure;
	}

	/** @return the function a call reaches in the program, or null for primitives and unbound pointers. */
	public FunctionDefinition target(Expression.Call call) {
		String name = call.calleeName();
		if (name == null && call.callee() instanceof Expression.FieldAccess f)
			name = bindings.get(f.field());
		return name == null ? null : program.function(name);
	}

	/** @return the functions in breadth-first order from the root. */
	public List<String> functions() {
		return List.copyOf(callees.keySet());
	}

	public boolean contains(String function) {
		return callees.containsKey(function);
	}

	/** @return the closure's functions that {@code function} calls. */
	public List<String> callees(String function) {
		return callees.getOrDefault(function, List.of());
	}

	/** @return the functions ordered so that each comes after the functions it calls (cycles broken arbitrarily). */
	public List<String> calleesFirst() {
		List<String> order = new ArrayList<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String f : callees.keySet())
			postOrder(f, visiting, order);
		return order;
	}

	private void postOrder(String f, Set<String> visiting, List<String> order) {
		if (order.contains(f) || !visiting.add(f))
			return;
		for (String c : callees(f))
			postOrder(c, visiting, order);
		order.add(f);
	}
}
