package org.faultline.c.cfg;

import org.faultline.c.ast.Expression;

/**
 * A control-flow edge. {@code caseValue} is set on CASE edges. A back edge closes a loop (or jumps backwards
 * with goto); acyclic analyses skip it.
 */
public record CfgEdge(int from, int to, Kind kind, Expression caseValue, boolean back) {

	public enum Kind {
		NEXT, TRUE, FALSE, CASE, DEFAULT
	}
}
