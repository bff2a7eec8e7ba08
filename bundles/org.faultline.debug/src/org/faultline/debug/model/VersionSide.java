package org.faultline.debug.model;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.faultline.exec.StepSession;

/**
 * One version a launch steps through: its label ("before" or "after"), the commit its sources are read from,
 * and the stepping session of the scenario on it.
 */
public record VersionSide(String label, Repository repository, ObjectId commit, StepSession session) {
}
