package org.faultline.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.Review;
import org.faultline.review.view.ApplyOverview;
import org.faultline.review.view.RunComparison;
import org.faultline.ui.internal.Messages;

/** The patch at a glance: header, series position, trailers, diffstats, each hunk's badge, findings that differ. */
final class OverviewPage implements ReviewPage {

	private final ReviewEditor editor;

	OverviewPage(ReviewEditor editor) {
		this.editor = editor;
	}

	@Override
	public String title() {
		return Messages.Page_overview;
	}

	@Override
	public Control create(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite body = new Composite(scroll, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		Review review = editor.document();
		PatchMail patch = review.getPatch();
		Label subject = new Label(body, SWT.WRAP);
		subject.setText(patch.getSubject());
		subject.setFont(JFaceResources.getHeaderFont());
		subject.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		field(body, Messages.Overview_from, ApplyOverview.from(patch));
		field(body, Messages.Overview_series, ApplyOverview.seriesPosition(patch));
		field(body, Messages.Overview_base, editor.session().base().name() + " @ " + editor.session().before().label());
		List<String> trailers = ApplyOverview.trailers(patch);
		field(body, Messages.Overview_trailers, trailers.isEmpty() ? Messages.Overview_none : String.join("\n", trailers));
		ApplyReport last = review.getApplyReports().getLast();
		field(body, Messages.Overview_declared, ApplyOverview.diffstat(patch.getDeclaredDiffstat()));
		Label applied = field(body, Messages.Overview_applied, ApplyOverview.diffstat(last.getAppliedDiffstat())
				+ (ApplyOverview.diffstatsAgree(patch.getDeclaredDiffstat(), last.getAppliedDiffstat()) ? ""
						: "  " + Messages.Overview_diffstatDiffers));
		if (!ApplyOverview.diffstatsAgree(patch.getDeclaredDiffstat(), last.getAppliedDiffstat()))
			applied.setBackground(Colors.BADGE_REPAIRED.get());

		if (editor.session().hasAfter()) {
			List<RunComparison.Entry> differing = editor.runs().differing();
			heading(body, NLS.bind(Messages.Overview_findings, differing.size(), review.getScenarios().size()));
			CellGrid<RunComparison.Entry> findings = new CellGrid<>(body,
					new String[] { Messages.Runs_scenario, Messages.Runs_differences },
					new int[] { 22, 78 }, new CellGrid.Rows<>() {
						@Override
						public CellGrid.Cell[] cells(RunComparison.Entry e) {
							return new CellGrid.Cell[] { CellGrid.Cell.plain(e.scenario()),
									CellGrid.Cell.plain(String.join("\n", e.differences())) };
						}

						@Override
						public Color background(RunComparison.Entry e) {
							return null;
						}
					});
			findings.control().setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
			findings.setRows(differing);
		}
		heading(body, editor.session().hasAfter() ? Messages.Overview_hunks : Messages.Overview_hunksFailed);
		hunkGrid(body, ApplyOverview.hunks(review.getApplyReports()))
				.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
		List<String> problems = ApplyOverview.problems(review.getApplyReports());
		if (!problems.isEmpty())
			field(body, Messages.Overview_problems, String.join("\n", problems));

		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
		return scroll;
	}

	/** How each hunk applied, a row each tinted by its badge; why, for those that failed. */
	static Control hunkGrid(Composite parent, List<ApplyOverview.HunkLine> lines) {
		// the explanation column only when there is something to explain
		boolean failed = lines.stream().anyMatch(ApplyOverview.HunkLine::failed);
		CellGrid<ApplyOverview.HunkLine> hunks = new CellGrid<>(parent,
				failed ? new String[] { Messages.Overview_hunk, Messages.Overview_badge, Messages.Overview_explanation }
						: new String[] { Messages.Overview_hunk, Messages.Overview_badge },
				failed ? new int[] { 30, 30, 50 } : new int[] { 30, 40 }, new CellGrid.Rows<>() {
					@Override
					public CellGrid.Cell[] cells(ApplyOverview.HunkLine h) {
						CellGrid.Cell where = CellGrid.Cell.plain(h.where());
						CellGrid.Cell badge = CellGrid.Cell.plain(h.badge());
						return failed ? new CellGrid.Cell[] { where, badge, CellGrid.Cell.plain(h.explanation()) }
								: new CellGrid.Cell[] { where, badge };
					}

					@Override
					public Color background(ApplyOverview.HunkLine h) {
						return switch (h.outcome()) {
						case EXACT -> Colors.BADGE_EXACT.get();
						case OFFSET -> Colors.BADGE_OFFSET.get();
						case WHITESPACE_REPAIRED -> Colors.BADGE_REPAIRED.get();
						case FAILED -> Colors.BADGE_FAILED.get();
						};
					}
				});
		hunks.setRows(lines);
		return hunks.control();
	}

	static Label field(Composite body, String name, String value) {
		Label label = new Label(body, SWT.NONE);
		label.setText(name);
		label.setFont(JFaceResources.getBannerFont());
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label text = new Label(body, SWT.WRAP);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return text;
	}

	static void heading(Composite body, String text) {
		Label label = new Label(body, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getHeaderFont());
		GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1);
		data.verticalIndent = 10;
		label.setLayoutData(data);
	}

	@Override
	public AnnotationTarget selectedTarget() {
		return null;
	}
}
