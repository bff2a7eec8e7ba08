package org.faultline.debug.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.faultline.debug.FaultlineDebug;
import org.faultline.exec.StateNode;

/**
 * A variable of a paused run: a parameter or local, a field, what a pointer reaches, or a part of the machine
 * or of the findings. Read-only: the state is a replay's, not a live machine's. It has changed when the same
 * variable at the thread's previous step had another value.
 */
public final class FaultVariable extends DebugElement implements IVariable {

	private final StateNode node;
	/** The same variable at the previous step, or null. */
	private final StateNode previous;
	private FaultValue value;

	FaultVariable(IDebugTarget target, StateNode node, StateNode previous) {
		super(target);
		this.node = node;
		this.previous = previous;
	}

	/** The engine's tree node behind this variable. */
	public StateNode node() {
		return node;
	}

	@Override
	public String getModelIdentifier() {
		return FaultlineDebug.MODEL_ID;
	}

	@Override
	public synchronized IValue getValue() {
		if (value == null)
			value = new FaultValue(getDebugTarget(), node, previous);
		return value;
	}

	@Override
	public String getName() {
		return node.name();
	}

	@Override
	public String getReferenceTypeName() {
		return node.type();
	}

	@Override
	public boolean hasValueChanged() {
		return previous != null && !previous.value().equals(node.value());
	}

	@Override
	public void setValue(String expression) throws DebugException {
		throw new DebugException(FaultlineDebug.error("the state of a replayed run cannot be changed", null)
				.getStatus());
	}

	@Override
	public void setValue(IValue v) throws DebugException {
		setValue(v.getValueString());
	}

	@Override
	public boolean supportsValueModification() {
		return false;
	}

	@Override
	public boolean verifyValue(String expression) {
		return false;
	}

	@Override
	public boolean verifyValue(IValue v) {
		return false;
	}

	@Override
	public String toString() {
		return node.toString();
	}
}
