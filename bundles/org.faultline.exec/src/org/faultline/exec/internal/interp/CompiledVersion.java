package org.faultline.exec.internal.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version's fault path in executable form: its interpreted functions, its globals, its struct types and
 * the primitives it calls. Immutable once {@link Lowering} has built it; each {@link Run} gets fresh globals.
 */
public final class CompiledVersion {

	private final Types types;
	private final PrimitiveTable primitives;
	final Map<String, CompiledFunction> functions = new LinkedHashMap<>();
	final Map<String, Integer> globals = new LinkedHashMap<>();
	final Map<String, Long> constants = new HashMap<>();
	final List<Object> globalInit = new ArrayList<>();
	final List<CType> globalTypes = new ArrayList<>();
	/** The initialisers of global structs and arrays, by global index, evaluated for each run's own copy. */
	final Map<Integer, Expr> globalAggregates = new HashMap<>();
	final List<String> problems = new ArrayList<>();
	/** The gfp bit that {@link #directReclaim()} reads, which lowering always resolves. */
	static final String DIRECT_RECLAIM = "___GFP_DIRECT_RECLAIM";

	CompiledVersion(Types types, PrimitiveTable primitives) {
		this.types = types;
		this.primitives = primitives;
	}

	public Types types() {
		return types;
	}

	public PrimitiveTable primitives() {
		return primitives;
	}

	public CompiledFunction function(String name) {
		return functions.get(name);
	}

	public Map<String, CompiledFunction> functions() {
		return functions;
	}

	/** Index of a global variable, or -1. */
	public int global(String name) {
		Integer i = globals.get(name);
		return i == null ? -1 : i;
	}

	/**
	 * The value of a constant (macro or enumerator) as the version's code uses it, e.g. a VM_FAULT_ bit that
	 * modelled behaviours must answer with; null when the code does not use it.
	 */
	public Long constant(String name) {
		return constants.get(name);
	}

	/** The version's ___GFP_DIRECT_RECLAIM: a gfp mask with it lets an allocation sleep in direct reclaim. */
	public long directReclaim() {
		return constants.get(DIRECT_RECLAIM);
	}

	/** What lowering could not model (unsupported constructs), with file:line. */
	public List<String> problems() {
		return problems;
	}

	/** The globals as a run starts with them: a struct or an array of its own, zeroed where not initialised. */
	Object[] freshGlobals() {
		Object[] fresh = globalInit.toArray();
		for (int i = 0; i < fresh.length; i++) {
			CType t = globalTypes.get(i);
			Expr init = globalAggregates.get(i);
			if (init != null)
				fresh[i] = init.eval(null);
			else if (fresh[i] == null && (t instanceof CType.Struct || t instanceof CType.Array))
				fresh[i] = Values.zero(t);
		}
		return fresh;
	}
}
