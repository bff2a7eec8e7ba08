/**
 * Analyses over one version of the code: the call closure from a root
 * ({@link org.faultline.c.analysis.CallClosure}), path conditions and resource balance per function
 * ({@link org.faultline.c.analysis.PathAnalysis} giving {@link org.faultline.c.analysis.FunctionFacts}, conditions
 * as {@link org.faultline.c.analysis.Guard}s), and the locking contract a leading comment states
 * ({@link org.faultline.c.analysis.Contract}).
 */
package org.faultline.c.analysis;
