/**
 * The semantic diff of two versions of the fault path: {@link org.faultline.c.diff.SemanticDiff} (a command with a
 * builder) gives a {@link org.faultline.c.diff.SemanticDiffResult} of plain records, which
 * {@link org.faultline.c.diff.SemanticDiffFormatter} renders as text and {@link org.faultline.c.emf.CModelExport}
 * turns into EMF objects.
 */
package org.faultline.c.diff;
