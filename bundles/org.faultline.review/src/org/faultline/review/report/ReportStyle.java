package org.faultline.review.report;

/**
 * The HTML report's style sheet, inlined into the page: system fonts only, and long conditions wrap rather
 * than run off the page (a report is read in a browser, a mail client or a screenshot, none of which scroll a
 * cell sideways).
 */
final class ReportStyle {

	private ReportStyle() {
	}

	static final String CSS = """
			:root { --added: #1f7a1f; --added-bg: #e3f6e3; --removed: #b3261e; --removed-bg: #fde7e5;
			  --changed: #8a6100; --changed-bg: #fff3cd; --line: #d0d7de; --muted: #57606a; }
			body { font: 14px/1.45 system-ui, sans-serif; color: #1f2328; margin: 24px auto; max-width: 1400px;
			  padding: 0 16px; }
			h1 { font-size: 22px; margin: 0 0 6px; } h2 { font-size: 18px; border-bottom: 1px solid var(--line);
			  padding-bottom: 4px; margin-top: 28px; } h3 { font-size: 15px; margin: 20px 0 6px; }
			code, pre, .trace { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
			table { border-collapse: collapse; margin: 6px 0 10px; }
			th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
			th { background: #f6f8fa; font-weight: 600; }
			table.facts th { width: 7em; } table.facts td { font-family: ui-monospace, monospace; font-size: 12.5px; }
			table.sbs { width: 100%; table-layout: fixed; } table.sbs th:first-child { width: 15em; }
			table.sbs caption, table.trace caption { text-align: left; color: var(--muted); padding: 2px 0; }
			table.sbs td { overflow-wrap: anywhere; }
			td.both { background: #f6f8fa; }
			td.before.differs, li.before.differs, tr.before.differs td { background: var(--removed-bg); }
			td.after.differs, li.after.differs, tr.after.differs td { background: var(--added-bg); }
			tbody.row { border-top: 2px solid var(--line); }
			.op { color: var(--muted); } code.lit { white-space: normal; }
			ol.cases { margin: 4px 0 0; padding-left: 2.2em; }
			.tag, .badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; }
			.tag.fixed { background: var(--added-bg); color: var(--added); }
			.tag.new { background: var(--removed-bg); color: var(--removed); }
			.tag.kept { background: var(--changed-bg); color: var(--changed); }
			.tag.both { background: #eaeef2; color: var(--muted); }
			.badge { font-size: 14px; padding: 2px 10px; }
			.badge.fixes-findings { background: var(--added-bg); color: var(--added); }
			.badge.new-findings, .badge.does-not-apply { background: var(--removed-bg); color: var(--removed); }
			.badge.no-change-in-findings { background: #eaeef2; }
			.badge.incomplete { background: #fff1c2; }
			tr.differs td { background: #fffbe6; } tr.new td { background: var(--removed-bg); }
			.failure { color: var(--removed); font-weight: 600; } .note { color: var(--muted); }
			.status { color: var(--changed); font-weight: normal; font-size: 13px; }
			ul.notes { margin: 4px 0; padding-left: 1.4em; } ul.notes li { padding: 1px 4px; }
			.legend .key { border: 1px solid; border-radius: 4px; padding: 0 6px; font-size: 12px; }
			.key.added { background: var(--added-bg); border-color: var(--added); }
			.key.removed { background: var(--removed-bg); border-color: var(--removed); }
			.key.changed { background: var(--changed-bg); border-color: var(--changed); }
			.key.same { background: #fff; border-color: #8c959f; }
			.graph { overflow-x: auto; border: 1px solid var(--line); padding: 8px; }
			svg.callgraph text { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; fill: #1f2328; }
			svg.callgraph .node rect { fill: #fff; stroke: #8c959f; stroke-width: 1.2; }
			svg.callgraph .node.added rect { fill: var(--added-bg); stroke: var(--added); stroke-width: 2; }
			svg.callgraph .node.removed rect { fill: var(--removed-bg); stroke: var(--removed); stroke-width: 2; }
			svg.callgraph .node.changed rect { fill: var(--changed-bg); stroke: var(--changed); stroke-width: 2; }
			svg.callgraph .edge { fill: none; stroke: #8c959f; stroke-width: 1.2; }
			svg.callgraph .edge.added { stroke: var(--added); stroke-width: 2; }
			svg.callgraph .edge.removed { stroke: var(--removed); stroke-width: 2; stroke-dasharray: 5 3; }
			svg.callgraph marker path { fill: #8c959f; } svg.callgraph marker.added path { fill: var(--added); }
			svg.callgraph marker.removed path { fill: var(--removed); }
			.traces { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
			table.trace { width: 100%; table-layout: fixed; } table.trace td { padding: 1px 4px; overflow-wrap: anywhere; }
			table.trace td.ev { width: 42%; } table.trace td.loc { width: 17%; color: var(--muted); white-space: nowrap; }
			footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
			""";
}
