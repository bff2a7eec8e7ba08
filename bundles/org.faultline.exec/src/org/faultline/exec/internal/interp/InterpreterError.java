package org.faultline.exec.internal.interp;

/** The C code did something the model cannot run (a NULL dereference, an unsupported construct). */
public class InterpreterError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InterpreterError(String message) {
		super(message);
	}
}
