/**
 * Control-flow graphs of function bodies: {@link org.faultline.c.cfg.ControlFlowGraph#of} builds statement-level
 * nodes (entry, exit, statements, decisions, loop heads, labels, returns) with TRUE/FALSE/CASE edges; gotos,
 * breaks and continues are edges, and back edges (loops, backward gotos) are marked.
 */
package org.faultline.c.cfg;
