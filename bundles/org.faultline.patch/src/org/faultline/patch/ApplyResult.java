package org.faultline.patch;

import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.tree.SourceTree;

/**
 * What applying a series did.
 *
 * @param reports
 *            one per patch tried, in order; the last one failed when {@link #complete()} is false
 * @param head
 *            the commit of the last patch applied, or null when none was
 * @param refName
 *            the ref of Faultline's own that points at {@code head}
 * @param tree
 *            the repository with the base and every new commit as versions the reports refer to
 */
public record ApplyResult(List<ApplyReport> reports, ObjectId head, String refName, SourceTree tree) {

	/** Whether every patch tried applied. */
	public boolean complete() {
		return reports.stream().allMatch(ApplyReport::isSuccess);
	}
}
