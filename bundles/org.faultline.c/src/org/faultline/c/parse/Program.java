package org.faultline.c.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.faultline.c.parse.internal.LazyUnit;

/**
 * Several parsed files (the .c files and the headers they include) seen through one {@link Configuration},
 * with lookup by name. The first definition of a name wins, in the order the files were given. The
 * declarations of a header loaded by a {@link SourceSet} are parsed when a lookup first asks for a name they
 * may define (or when every definition is asked for); the answers are those of a program parsed whole. A header
 * whose chunk parses with an error is read whole from then on (ADR 0049), and what was indexed of it gives way to
 * its whole parse. Thread-safe.
 */
public final class Program {

	/** A chunk of a header that the configuration keeps; {@code base} orders its file among the others. */
	private record Pending(LazyUnit unit, LazyUnit.Chunk chunk, long base) {
	}

	/** A definition with its place (file in load order, then byte offset) and the chunk it came from, if any. */
	private record Entry<T>(long order, T value, Pending source) {
	}

	/** Definitions by name; the one placed first wins, whatever the order they are found in. */
	private static final class Index<T> {
		private final Map<String, Entry<T>> entries = new HashMap<>();
		/** The definitions placed after the winner: one of them wins when a header read whole forgets its own. */
		private final Map<String, List<Entry<T>>> later = new HashMap<>();

		void offer(String name, long order, T value, Pending source) {
			Entry<T> offered = new Entry<>(order, value, source);
			Entry<T> e = entries.get(name);
			if (e != null && order >= e.order()) {
				later.computeIfAbsent(name, n -> new ArrayList<>()).add(offered);
				return;
			}
			entries.put(name, offered);
			if (e != null)
				later.computeIfAbsent(name, n -> new ArrayList<>()).add(e);
		}

		/** Forgets the definitions of the file at {@code base}; the next placed of each name wins then. */
		void forget(long base) {
			later.values().forEach(l -> l.removeIf(e -> fileOf(e.order()) == base));
			for (var i = entries.entrySet().iterator(); i.hasNext();) {
				var e = i.next();
				if (fileOf(e.getValue().order()) != base)
					continue;
				List<Entry<T>> rest = later.getOrDefault(e.getKey(), List.of());
				if (rest.isEmpty())
					i.remove();
				else {
					Entry<T> next = rest.stream().min(Comparator.comparingLong(Entry::order)).orElseThrow();
					rest.remove(next);
					e.setValue(next);
				}
			}
		}

		T get(String name) {
			Entry<T> e = entries.get(name);
			return e == null ? null : e.value();
		}

		List<Entry<T>> inOrder() {
			return entries.values().stream().sorted(Comparator.comparingLong(Entry::order)).toList();
		}
	}

	private final List<LazyUnit> units;
	private final Configuration configuration;
	private final List<Problem> loadProblems;
	private final Index<FunctionDefinition> functions = new Index<>();
	private final Index<Variable> prototypes = new Index<>();
	private final Index<Variable> globals = new Index<>();
	private final Index<StructDefinition> structs = new Index<>();
	private final Index<Typedef> typedefs = new Index<>();
	private final Index<ObjectMacro> objectMacros = new Index<>();
	private final Index<FunctionMacro> functionMacros = new Index<>();
	private final Index<Enumerator> enumerators = new Index<>();
	/** The chunks the configuration keeps, in order, and those not indexed yet by the names they may define. */
	private final List<Pending> chunks = new ArrayList<>();
	private final Map<String, List<Pending>> pending = new HashMap<>();
	private final Set<LazyUnit.Chunk> indexed = Collections.newSetFromMap(new IdentityHashMap<>());
	private List<Problem> problems;

	/** A program of files parsed whole. */
	public Program(List<TranslationUnit> units, Configuration configuration, List<Problem> loadProblems) {
		this(configuration, units.stream().map(LazyUnit::whole).toList(), loadProblems);
	}

	Program(Configuration configuration, List<LazyUnit> units, List<Problem> loadProblems) {
		this.units = List.copyOf(units);
		this.configuration = configuration;
		this.loadProblems = List.copyOf(loadProblems);
		for (int u = 0; u < units.size(); u++) {
			LazyUnit unit = units.get(u);
			long base = (long) u << 32;
			configuration.active(unit.skeleton().declarations()).forEach(d -> index(d, base, null));
			for (LazyUnit.Chunk c : unit.active(configuration)) {
				Pending p = new Pending(unit, c, base);
				chunks.add(p);
				for (String name : c.names())
					pending.computeIfAbsent(name, n -> new ArrayList<>()).add(p);
			}
		}
	}

	/** @return the base of the file an order places a definition in */
	private static long fileOf(long order) {
		return order & ~0xffff_ffffL;
	}

	private void index(ExternalDeclaration d, long base, Pending source) {
		long order = base | d.range().startByte();
		switch (d) {
			case FunctionDefinition f -> functions.offer(f.name(), order, f, source);
			case ExternalDeclaration.Declaration decl -> {
				for (Variable v : decl.variables())
					(v.isPrototype() ? prototypes : globals).offer(v.name(), order, v, source);
			}
			case StructDefinition s when s.tag() != null -> structs.offer(s.tag(), order, s, source);
			case EnumDefinition e -> e.enumerators()
					.forEach(en -> enumerators.offer(en.name(), base | en.range().startByte(), en, source));
			case Typedef t -> typedefs.offer(t.name(), order, t, source);
			case ObjectMacro m -> objectMacros.offer(m.name(), order, m, source);
			case FunctionMacro m -> functionMacros.offer(m.name(), order, m, source);
			default -> {
				// includes, macro invocations and unknown items define no name
			}
		}
	}

	/** Parses and indexes a chunk, once; or its whole file, once it is read whole. */
	private void index(Pending p) {
		if (!indexed.add(p.chunk()))
			return;
		Optional<List<ExternalDeclaration>> declarations = p.unit().declarations(p.chunk());
		if (declarations.isPresent())
			configuration.active(declarations.get()).forEach(d -> index(d, p.base(), p));
		else
			indexWhole(p.unit(), p.base());
	}

	/**
	 * A header read whole since a chunk of it parsed with an error (here or in another program sharing it): what
	 * was indexed of its skeleton and chunks gives way to the whole parse, where tree-sitter's recovery may place
	 * declarations otherwise.
	 */
	private void indexWhole(LazyUnit unit, long base) {
		for (Pending p : chunks)
			if (p.unit() == unit)
				indexed.add(p.chunk());
		for (Index<?> index : List.of(functions, prototypes, globals, structs, typedefs, objectMacros, functionMacros,
				enumerators))
			index.forget(base);
		configuration.active(unit.skeleton().declarations()).forEach(d -> index(d, base, null));
	}

	/** @return the definition of {@code name} in {@code index}, after indexing every chunk that may define it */
	private synchronized <T> T find(Index<T> index, String name) {
		List<Pending> candidates = pending.remove(name);
		if (candidates != null)
			candidates.forEach(this::index);
		return index.get(name);
	}

	/** @return every definition in {@code index}, in file order, after indexing every chunk */
	private synchronized <T> List<T> all(Index<T> index) {
		chunks.forEach(this::index);
		pending.clear();
		return index.inOrder().stream().map(Entry::value).toList();
	}

	public List<TranslationUnit> units() {
		return units.stream().map(LazyUnit::unit).toList();
	}

	public Configuration configuration() {
		return configuration;
	}

	/** @return problems of every file plus includes that could not be found. */
	public synchronized List<Problem> problems() {
		if (problems == null) {
			List<Problem> all = new ArrayList<>(loadProblems);
			units.forEach(u -> all.addAll(u.problems()));
			problems = List.copyOf(all);
		}
		return problems;
	}

	/** @return every function definition, in file order. */
	public List<FunctionDefinition> functions() {
		return all(functions);
	}

	/**
	 * @return the function definitions, in file order, that may mention {@code identifier}: those whose text
	 *         writes it, and every one of a file parsed whole whose text the program was not given; faster than
	 *         {@link #functions()} when only the ones that can call a function are wanted, and reads no body
	 */
	public synchronized List<FunctionDefinition> functionsMentioning(String identifier) {
		for (Pending p : chunks)
			if (!indexed.contains(p.chunk()) && p.unit().mentions(p.chunk(), identifier))
				index(p);
		return functions.inOrder().stream()
				.filter(e -> e.source() == null ? units.get((int) (e.order() >>> 32)).mentions(e.value(), identifier)
						: e.source().unit().mentions(e.source().chunk(), identifier))
				.map(Entry::value).toList();
	}

	public FunctionDefinition function(String name) {
		return find(functions, name);
	}

	/** @return the prototype of a function declared without a body here (a primitive), or null. */
	public Variable prototype(String name) {
		return find(prototypes, name);
	}

	public Variable global(String name) {
		return find(globals, name);
	}

	public List<Variable> globals() {
		return all(globals);
	}

	public StructDefinition struct(String tag) {
		return find(structs, tag);
	}

	public Typedef typedef(String name) {
		return find(typedefs, name);
	}

	public ObjectMacro objectMacro(String name) {
		return find(objectMacros, name);
	}

	public FunctionMacro functionMacro(String name) {
		return find(functionMacros, name);
	}

	public Enumerator enumerator(String name) {
		return find(enumerators, name);
	}

	/** @return {@code type} with typedef names replaced by what they stand for, outermost level only. */
	public Type resolve(Type type) {
		Type t = type;
		for (int guard = 0; guard < 64 && t instanceof Type.Named n && typedef(n.name()) != null; guard++)
			t = typedef(n.name()).type();
		return t;
	}

	/** @return the struct or union definition a type names (through typedefs), or null. */
	public StructDefinition structOf(Type type) {
		if (!(resolve(type) instanceof Type.Tagged tagged) || tagged.kind() == Type.TagKind.ENUM)
			return null;
		if (!tagged.fields().isEmpty() || tagged.tag() == null)
			return new StructDefinition(tagged.kind(), tagged.tag(), tagged.fields(), null);
		return struct(tagged.tag());
	}
}
