package org.faultline.exec.internal.interp;

/** A function pointer value: an interpreted function or a primitive. */
public sealed interface FunctionRef permits CompiledFunction, Primitive {

	String name();
}
