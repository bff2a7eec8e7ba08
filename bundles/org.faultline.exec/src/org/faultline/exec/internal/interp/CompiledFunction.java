package org.faultline.exec.internal.interp;

import java.util.List;

/**
 * A C function in executable form: names resolved to cell indexes, callees to functions or primitives,
 * operators to their signed or unsigned variants. Built once per version by {@link Lowering}.
 */
public final class CompiledFunction implements FunctionRef {

	private final String name;
	private final String file;
	private final int line;
	private final CType result;
	private List<String> cellNames = List.of();
	private List<CType> cellTypes = List.of();
	private int parameterCount;
	private Stmt body;

	CompiledFunction(String name, String file, int line, CType result) {
		this.name = name;
		this.file = file;
		this.line = line;
		this.result = result;
	}

	void define(List<String> names, List<CType> types, int parameters, Stmt code) {
		this.cellNames = List.copyOf(names);
		this.cellTypes = List.copyOf(types);
		this.parameterCount = parameters;
		this.body = code;
	}

	@Override
	public String name() {
		return name;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public CType result() {
		return result;
	}

	public int cellCount() {
		return cellNames.size();
	}

	public int parameterCount() {
		return parameterCount;
	}

	public String cellName(int i) {
		return cellNames.get(i);
	}

	public CType cellType(int i) {
		return cellTypes.get(i);
	}

	Stmt body() {
		return body;
	}

	@Override
	public String toString() {
		return name;
	}
}
