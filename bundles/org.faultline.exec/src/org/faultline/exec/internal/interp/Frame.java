package org.faultline.exec.internal.interp;

/** One activation of an interpreted function: its cells (parameters, then locals) and where it is. */
public final class Frame {

	public final Run run;
	public final CompiledFunction function;
	public final Object[] cells;
	public final Frame caller;
	public final int depth;
	public int line;
	Object result;
	int gotoLabel;

	Frame(Run run, CompiledFunction function, Frame caller) {
		this.run = run;
		this.function = function;
		this.cells = new Object[function.cellCount()];
		this.caller = caller;
		this.depth = caller == null ? 0 : caller.depth + 1;
		this.line = function.line();
	}
}
