package org.faultline.patch;

import java.util.List;

import org.faultline.patch.internal.Problem;

/** Builds the API's exception from the engine's problems. */
final class PatchExceptions {

	private PatchExceptions() {
	}

	static PatchException of(Problem problem, String source) {
		return new PatchException(problem.describe(), List.of(problem.toModel(source)));
	}

	static PatchException of(String code, String message, String source) {
		return of(Problem.error(code, message, null, -1, 0), source);
	}
}
