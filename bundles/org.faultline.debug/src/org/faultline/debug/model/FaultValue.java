package org.faultline.debug.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.faultline.debug.FaultlineDebug;
import org.faultline.exec.StateNode;

/**
 * The value of a {@link FaultVariable}: its text, and for a struct, a pointer or a group, the variables inside,
 * made when the Variables view first expands it.
 */
public final class FaultValue extends DebugElement implements IValue {

	private final StateNode node;
	private final StateNode previous;
	private IVariable[] variables;

	FaultValue(IDebugTarget target, StateNode node, StateNode previous) {
		super(target);
		this.node = node;
		this.previous = previous;
	}

	@Override
	public String getModelIdentifier() {
		return FaultlineDebug.MODEL_ID;
	}

	@Override
	public String getReferenceTypeName() {
		return node.type();
	}

	@Override
	public String getValueString() {
		return node.value();
	}

	@Override
	public boolean isAllocated() {
		return true;
	}

	@Override
	public synchronized IVariable[] getVariables() {
		if (variables == null)
			variables = wrap(getDebugTarget(), node.children(),
					previous == null || !previous.hasChildren() ? List.of() : previous.children());
		return variables;
	}

	@Override
	public boolean hasVariables() {
		return node.hasChildren();
	}

	/** Variables of nodes, each with the node of the same name among {@code previous} (the step before). */
	static IVariable[] wrap(IDebugTarget target, List<StateNode> nodes, List<StateNode> previous) {
		Map<String, StateNode> before = new HashMap<>();
		previous.forEach(n -> before.putIfAbsent(n.name(), n));
		return nodes.stream().map(n -> new FaultVariable(target, n, before.get(n.name()))).toArray(IVariable[]::new);
	}
}
