package org.faultline.c.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.ExternalDeclaration.EnumDefinition;
import org.faultline.c.ast.ExternalDeclaration.Enumerator;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.ExternalDeclaration.FunctionMacro;
import org.faultline.c.ast.ExternalDeclaration.ObjectMacro;
import org.faultline.c.ast.ExternalDeclaration.StructDefinition;
import org.faultline.c.ast.ExternalDeclaration.Typedef;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.ast.Type;
import org.faultline.c.ast.Variable;

/**
 * Several parsed files (the .c files and the headers they include) seen through one {@link Configuration},
 * with lookup by name. The first definition of a name wins, in the order the files were given.
 */
public final class Program {

	private final List<TranslationUnit> units;
	private final Configuration configuration;
	private final List<Problem> problems;
	private final Map<String, FunctionDefinition> functions = new LinkedHashMap<>();
	private final Map<String, Variable> prototypes = new HashMap<>();
	private final Map<String, Variable> globals = new LinkedHashMap<>();
	private final Map<String, StructDefinition> structs = new HashMap<>();
	private final Map<String, Typedef> typedefs = new HashMap<>();
	private final Map<String, ObjectMacro> objectMacros = new HashMap<>();
	private final Map<String, FunctionMacro> functionMacros = new HashMap<>();
	private final Map<String, Enumerator> enumerators = new HashMap<>();

	public Program(List<TranslationUnit> units, Configuration configuration, List<Problem> loadProblems) {
		this.units = List.copyOf(units);
		this.configuration = configuration;
		List<Problem> all = new ArrayList<>(loadProblems);
		for (TranslationUnit unit : units) {
			all.addAll(unit.problems());
			configuration.active(unit.declarations()).forEach(this::index);
		}
		this.problems = List.copyOf(all);
	}

	private void index(ExternalDeclaration d) {
		switch (d) {
			case FunctionDefinition f -> functions.putIfAbsent(f.name(), f);
			case ExternalDeclaration.Declaration decl -> {
				for (Variable v : decl.variables())
					(v.isPrototype() ? prototypes : globals).putIfAbsent(v.name(), v);
			}
			case StructDefinition s when s.tag() != null -> structs.putIfAbsent(s.tag(), s);
			case EnumDefinition e -> e.enumerators().forEach(en -> enumerators.putIfAbsent(en.name(), en));
			case Typedef t -> typedefs.putIfAbsent(t.name(), t);
			case ObjectMacro m -> objectMacros.putIfAbsent(m.name(), m);
			case FunctionMacro m -> functionMacros.putIfAbsent(m.name(), m);
			default -> {
				// includes, macro invocations and unknown items define no name
			}
		}
	}

	public List<TranslationUnit> units() {
		return units;
	}

	public Configuration configuration() {
		return configuration;
	}

	/** @return problems of every file plus includes that could not be found. */
	public List<Problem> problems() {
		return problems;
	}

	/** @return every function definition, in file order. */
	public List<FunctionDefinition> functions() {
		return List.copyOf(functions.values());
	}

	public FunctionDefinition function(String name) {
		return functions.get(name);
	}

	/** @return the prototype of a function declared without a body here (a primitive), or null. */
	public Variable prototype(String name) {
		return prototypes.get(name);
	}

	public Variable global(String name) {
		return globals.get(name);
	}

	public List<Variable> globals() {
		return List.copyOf(globals.values());
	}

	public StructDefinition struct(String tag) {
		return structs.get(tag);
	}

	public Typedef typedef(String name) {
		return typedefs.get(name);
	}

	public ObjectMacro objectMacro(String name) {
		return objectMacros.get(name);
	}

	public FunctionMacro functionMacro(String name) {
		return functionMacros.get(name);
	}

	public Enumerator enumerator(String name) {
		return enumerators.get(name);
	}

	/** @return {@code type} with typedef names replaced by what they stand for, outermost level only. */
	public Type resolve(Type type) {
		Type t = type;
		for (int guard = 0; guard < 64 && t instanceof Type.Named n && typedefs.containsKey(n.name()); guard++)
			t = typedefs.get(n.name()).type();
		return t;
	}

	/** @return the struct or union definition a type names (through typedefs), or null. */
	public StructDefinition structOf(Type type) {
		if (!(resolve(type) instanceof Type.Tagged tagged) || tagged.kind() == Type.TagKind.ENUM)
			return null;
		if (!tagged.fields().isEmpty() || tagged.tag() == null)
			return new StructDefinition(tagged.kind(), tagged.tag(), tagged.fields(), null);
		return structs.get(tagged.tag());
	}
}
