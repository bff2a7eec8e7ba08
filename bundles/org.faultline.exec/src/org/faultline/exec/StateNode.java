package org.faultline.exec;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One named value of a paused run, as a debugger shows it: a parameter or local, a struct field, the object a
 * pointer reaches, or a part of the machine (a page-table entry, a page, a lock and its holder). Children are
 * made when first asked for: a paused run is never resumed, so the objects they are read from keep the state
 * of the step. Two nodes are equal when their names, types, values and children are.
 */
public final class StateNode {

	private final String name;
	private final String type;
	private final String value;
	private Supplier<List<StateNode>> expand;
	private List<StateNode> children;

	private StateNode(String name, String type, String value, Supplier<List<StateNode>> expand,
			List<StateNode> children) {
		this.name = name;
		this.type = type;
		this.value = value;
		this.expand = expand;
		this.children = children;
	}

	/** A value with nothing inside. */
	public static StateNode leaf(String name, String type, String value) {
		return new StateNode(name, type, value, null, List.of());
	}

	/** A value whose parts are known now, e.g. a group of the machine. */
	public static StateNode of(String name, String type, String value, List<StateNode> children) {
		return new StateNode(name, type, value, null, List.copyOf(children));
	}

	/** A value whose parts are read when first asked for, e.g. the fields of a struct a pointer reaches. */
	public static StateNode lazy(String name, String type, String value, Supplier<List<StateNode>> children) {
		return new StateNode(name, type, value, children, null);
	}

	public String name() {
		return name;
	}

	/** The C type, or what the part of the machine is ("page table entry", "lock"). */
	public String type() {
		return type;
	}

	/** The value as text: a number, "NULL", an entry's decoded bits, a page's flags. */
	public String value() {
		return value;
	}

	/** Whether there are children, without making them: a lazy node may turn out to have none. */
	public synchronized boolean hasChildren() {
		return expand != null || !children.isEmpty();
	}

	public synchronized List<StateNode> children() {
		if (children == null) {
			children = List.copyOf(expand.get());
			expand = null;
		}
		return children;
	}

	/** The child of that name, or null. */
	public StateNode child(String childName) {
		for (StateNode c : children())
			if (c.name.equals(childName))
				return c;
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StateNode n && n.name.equals(name) && n.type.equals(type) && n.value.equals(value)
				&& n.children().equals(children());
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, type, value);
	}

	@Override
	public String toString() {
		return name + " = " + value;
	}
}
