package org.faultline.patch.internal;

import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.Severity;

/**
 * Something wrong with a patch or with applying it, named by where it is.
 *
 * @param code
 *            a stable key, e.g. {@code hunk-truncated}
 * @param path
 *            the file the patch changes, or null
 * @param hunkIndex
 *            1-based hunk within the file, or -1
 * @param line
 *            1-based line in the patch source, or 0
 */
public record Problem(Severity severity, String code, String message, String path, int hunkIndex, int line) {

	public static Problem error(String code, String message, String path, int hunkIndex, int line) {
		return new Problem(Severity.ERROR, code, message, path, hunkIndex, line);
	}

	public static Problem warning(String code, String message, String path, int hunkIndex, int line) {
		return new Problem(Severity.WARNING, code, message, path, hunkIndex, line);
	}

	/** One line for a person: where, then what. */
	public String describe() {
		StringBuilder where = new StringBuilder();
		if (path != null)
			where.append(path);
		if (hunkIndex > 0)
			where.append(where.isEmpty() ? "" : " ").append("hunk ").append(hunkIndex);
		if (line > 0)
			where.append(where.isEmpty() ? "" : " ").append("(patch line ").append(line).append(')');
		return where.isEmpty() ? message : where + ": " + message;
	}

	public PatchProblem toModel(String source) {
		PatchProblem problem = PatchFactory.eINSTANCE.createPatchProblem();
		problem.setSeverity(severity);
		problem.setCode(code);
		problem.setMessage(message);
		problem.setSource(source);
		problem.setSourceLine(line);
		problem.setPath(path);
		problem.setHunkIndex(hunkIndex);
		return problem;
	}
}
