package org.faultline.exec.internal.interp;

/**
 * A kernel helper written in Java: its semantics are documented where it is registered (see the classes of
 * {@code org.faultline.exec.internal.prim}, one per kernel header).
 *
 * @param name    the C name
 * @param header  where the kernel declares or defines it
 * @param doc     what the model does
 * @param reclaim whether the real helper may sleep in page allocation and so enter reclaim
 * @param body    the semantics
 */
public record Primitive(String name, String header, String doc, boolean reclaim, Body body) implements FunctionRef {

	/** Runs a primitive over evaluated arguments. */
	@FunctionalInterface
	public interface Body {
		Object apply(Run run, Object[] args);
	}
}
