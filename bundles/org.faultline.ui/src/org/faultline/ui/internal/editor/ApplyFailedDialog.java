package org.faultline.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.faultline.model.review.Review;
import org.faultline.review.view.ApplyOverview;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.TitledDialog;

/**
 * A patch that does not apply opens no review (there is no after version to compare or run): this says how each
 * hunk went, the failed ones with why, and what the intake reported.
 */
public final class ApplyFailedDialog extends TitledDialog {

	private final Review review;

	private final String base;

	public ApplyFailedDialog(Shell parent, Review review, String base) {
		super(parent, Messages.ApplyFailed_title);
		this.review = review;
		this.base = base;
	}

	@Override
	protected void fill(Composite area) {
		List<ApplyOverview.HunkLine> hunks = hunks();
		setErrorMessage(NLS.bind(Messages.ApplyFailed_message,
				new Object[] { hunks.stream().filter(ApplyOverview.HunkLine::failed).count(), hunks.size(), base }));
		ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 360;
		scroll.setLayoutData(data);
		Composite body = new Composite(scroll, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		OverviewPage.hunkGrid(body, hunks).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		List<String> problems = ApplyOverview.problems(review.getApplyReports());
		if (!problems.isEmpty()) {
			Label text = new Label(body, SWT.WRAP);
			text.setText(Messages.Overview_problems + ":\n" + String.join("\n", problems));
		}
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** What the dialog says of each hunk (the tests read it too). */
	public List<ApplyOverview.HunkLine> hunks() {
		return ApplyOverview.hunks(review.getApplyReports());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == IDialogConstants.CLOSE_ID)
			close();
		else
			super.buttonPressed(id);
	}
}
