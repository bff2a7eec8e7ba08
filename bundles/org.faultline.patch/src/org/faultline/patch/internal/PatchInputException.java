package org.faultline.patch.internal;

/** Thrown inside the engine on input that cannot be read or applied; the API turns it into a PatchException. */
public final class PatchInputException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	public PatchInputException(Problem problem) {
		super(problem.describe());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
