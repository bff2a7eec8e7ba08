package org.faultline.patch;

import java.util.List;

import org.faultline.model.patch.PatchProblem;

/**
 * A patch that cannot be read or applied. The message is one line naming the problem and where it is (file,
 * hunk, line); {@link #getProblems()} has the details.
 */
public class PatchException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<PatchProblem> problems;

	public PatchException(String message, List<PatchProblem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public List<PatchProblem> getProblems() {
		return problems;
	}
}
