package org.faultline.c.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.faultline.c.ast.ConditionalBranch;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.SourceRange;

/**
 * What a load under a {@link Configuration} learnt from the sources: the macros the active branches define
 * (the first definition of a name kept, as the kernel's headers guard against redefinition, until an
 * {@code #undef}), and the branch chosen for each file-scope {@code #if} group at the moment cpp would have
 * chosen it. A group is known by where its first directive stands, not by identity: a header parsed lazily
 * hands out a new tree of the same groups once its declarations are parsed.
 */
final class Macros {

	static final Macros NONE = new Macros();

	/** Object-like macros by name, their bodies parsed when a value is first read. */
	private final Map<String, ExternalDeclaration.ObjectMacro> objects = new HashMap<>();
	private final Map<String, ExternalDeclaration.FunctionMacro> functions = new HashMap<>();
	private final Map<SourceRange, Integer> choices = new HashMap<>();

	void define(ExternalDeclaration.ObjectMacro m) {
		if (!defines(m.name()))
			objects.put(m.name(), m);
	}

	void define(ExternalDeclaration.FunctionMacro m) {
		if (!defines(m.name()))
			functions.put(m.name(), m);
	}

	void undefine(String name) {
		objects.remove(name);
		functions.remove(name);
	}

	void chose(List<? extends ConditionalBranch<?>> branches, int index) {
		choices.put(branches.get(0).range(), index);
	}

	boolean defines(String name) {
		return objects.containsKey(name) || functions.containsKey(name);
	}

	/** @return the function-like macro called {@code name}, or null. */
	ExternalDeclaration.FunctionMacro function(String name) {
		return functions.get(name);
	}

	/** @return the value of an object-like macro, or null when there is none (or it has no value). */
	Expression value(String name) {
		ExternalDeclaration.ObjectMacro m = objects.get(name);
		return m == null ? null : m.value();
	}

	/** @return the branch chosen for a group during the load, or null when the load did not reach it. */
	Integer choiceFor(List<? extends ConditionalBranch<?>> branches) {
		return branches.isEmpty() ? null : choices.get(branches.get(0).range());
	}
}
