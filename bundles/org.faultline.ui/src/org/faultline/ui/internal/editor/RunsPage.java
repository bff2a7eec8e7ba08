package org.faultline.ui.internal.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.faultline.model.exec.Finding;
import org.faultline.model.exec.RunResult;
import org.faultline.model.exec.TraceEvent;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.FindingTarget;
import org.faultline.model.review.Side;
import org.faultline.model.review.TraceStepTarget;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.view.ExploredGroups;
import org.faultline.review.view.RunComparison;
import org.faultline.review.view.TraceAlignment;
import org.faultline.ui.internal.FaultlineUiPlugin;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.ViewerColumns;

/**
 * The scenarios run on both versions, those that behave differently first, with outcome and findings per version;
 * on a tab beside them the explorer's groups, once Explore has run it over the whole fault-state space (in a job, with
 * progress and cancel); the chosen scenario's or group representative's two traces below, aligned step by step
 * (events only one version has tinted).
 */
public final class RunsPage implements ReviewPage {

	/** The file the executable model gives an event no C line made: the scenario's first call. */
	private static final String NO_FILE = "-";

	/** The context menu of the scenarios' table, where other plug-ins add commands on a {@link RunComparison.Entry}. */
	public static final String RUNS_MENU_ID = "org.faultline.ui.runsMenu";

	private final ReviewEditor editor;

	/** The tabs of the shipped scenarios and of the explorer's groups. */
	private CTabFolder lists;

	private CTabItem groupsTab;

	private TableViewer runs;

	/** Null until there are groups to list. */
	private TableViewer groups;

	private Button explore;

	private Label exploreStatus;

	/** The exploration running, null when none is. */
	private Job exploring;

	/** The chosen scenario's, group's or trace step's texts in full, wrapped: the tables' columns clip them. */
	private Text detail;

	private TableViewer trace;

	private RunComparison comparison;

	private RunComparison.Entry shown;

	/** Whether the trace was clicked last (else the runs). */
	private boolean stepChosen;

	RunsPage(ReviewEditor editor) {
		this.editor = editor;
	}

	@Override
	public String title() {
		return Messages.Page_runs;
	}

	@Override
	public Control create(Composite parent) {
		comparison = editor.runs();
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		// the scenarios and the explorer's groups on tabs, each the page's width, so that their columns show whole; the
		// traces below
		lists = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
		runs = table(lists);
		CTabItem scenarios = new CTabItem(lists, SWT.NONE);
		scenarios.setText(NLS.bind(Messages.Runs_scenariosTab, comparison.entries().size(),
				comparison.entries().stream().filter(RunComparison.Entry::differs).count()));
		scenarios.setControl(runs.getTable().getParent());
		column(runs, Messages.Runs_scenario, 3, e -> ((RunComparison.Entry) e).scenario());
		column(runs, Messages.Runs_before, 3, e -> outcome(((RunComparison.Entry) e).before()));
		column(runs, Messages.Runs_after, 3, e -> outcome(((RunComparison.Entry) e).after()));
		column(runs, Messages.Runs_differences, 8, e -> {
			RunComparison.Entry entry = (RunComparison.Entry) e;
			return entry.differs() ? String.join("; ", entry.differences()) : Messages.Runs_same;
		});
		runs.setInput(comparison.entries());
		fitColumns(runs);
		runs.addSelectionChangedListener(e -> {
			stepChosen = false;
			if (e.getStructuredSelection().getFirstElement() instanceof RunComparison.Entry entry) {
				if (groups != null)
					groups.setSelection(StructuredSelection.EMPTY);
				showTrace(entry);
				detail.setText(describe(entry));
			}
		});

		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		runs.getTable().setMenu(menu.createContextMenu(runs.getTable()));
		editor.getSite().registerContextMenu(RUNS_MENU_ID, menu, runs);

		groupsTab = new CTabItem(lists, SWT.NONE);
		groupsTab.setControl(createGroups(lists));
		lists.setSelection(scenarios);

		detail = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);

		trace = table(sash);
		column(trace, Messages.Runs_step, 1, r -> step(((TraceAlignment.Row) r).before()));
		column(trace, Messages.Runs_beforeEvent, 6, r -> event(shown.before(), ((TraceAlignment.Row) r).before(), false));
		column(trace, Messages.Runs_step, 1, r -> step(((TraceAlignment.Row) r).after()));
		column(trace, Messages.Runs_afterEvent, 6, r -> event(shown.after(), ((TraceAlignment.Row) r).after(), false));
		trace.getTable().setFont(JFaceResources.getTextFont());
		narrowStepColumns(trace);
		trace.addSelectionChangedListener(e -> {
			stepChosen = !e.getSelection().isEmpty();
			// a step's events in full, wider than their columns
			if (e.getStructuredSelection().getFirstElement() instanceof TraceAlignment.Row r)
				detail.setText(String.join("\n", stepDetail(Messages.Runs_beforeEvent, shown.before(), r.before()),
						stepDetail(Messages.Runs_afterEvent, shown.after(), r.after())).strip());
		});
		// the detail pane tall enough for a scenario with a finding per version and its differences, unscrolled
		sash.setWeights(7, 5, 8);
		sash.addListener(SWT.Dispose, e -> {
			if (exploring != null)
				exploring.cancel();
		});
		if (!comparison.entries().isEmpty())
			runs.setSelection(new StructuredSelection(comparison.entries().get(0)), true);
		return sash;
	}

	private Composite createGroups(Composite parent) {
		Composite explored = new Composite(parent, SWT.NONE);
		explored.setLayout(new GridLayout(2, false));
		explore = new Button(explored, SWT.PUSH);
		explore.setText(Messages.Runs_explore);
		explore.addListener(SWT.Selection, e -> exploreOrCancel());
		exploreStatus = new Label(explored, SWT.WRAP);
		exploreStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		showGroups();
		return explored;
	}

	/** The groups' table, made when there are groups to list: until Explore has run, the page is quicker without. */
	private void createGroupsTable(Composite explored) {
		groups = table(explored);
		groups.getTable().getParent().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		column(groups, Messages.Runs_groupCount, 2, g -> String.format("%,d", ((ExploredGroups.Group) g).count()));
		column(groups, Messages.Runs_findingIn, 4, g -> {
			ExploredGroups.Group group = (ExploredGroups.Group) g;
			return group.findingDiffers() ? group.findingIn() : Messages.Runs_noFinding;
		});
		// the cause before the representative scenario: a reviewer reads why a group differs first, and a long cause
		// would push the short representative out of view, not the other way round
		column(groups, Messages.Runs_cause, 9, g -> ((ExploredGroups.Group) g).cause());
		column(groups, Messages.Runs_representative, 5, g -> ((ExploredGroups.Group) g).representative());
		groups.addSelectionChangedListener(e -> {
			stepChosen = false;
			if (e.getStructuredSelection().getFirstElement() instanceof ExploredGroups.Group group) {
				runs.setSelection(StructuredSelection.EMPTY);
				showTrace(group.runs());
				detail.setText(NLS.bind(Messages.Runs_detailGroup, new Object[] { String.format("%,d", group.count()),
						group.representative(), group.findingDiffers() ? group.findingIn() : Messages.Runs_noFinding,
						group.cause() }) + "\n" + describe(group.runs()));
			}
		});
	}

	/** Lists the groups of the review's exploration, if it has one. */
	private void showGroups() {
		var exploration = editor.document().getExploration();
		List<ExploredGroups.Group> found = ExploredGroups.of(exploration);
		if (groups == null && !found.isEmpty())
			createGroupsTable(exploreStatus.getParent());
		if (groups != null) {
			groups.setInput(found);
			fitColumns(groups);
		}
		exploreStatus.setText(exploration == null ? Messages.Runs_notExplored : ExploredGroups.summary(exploration));
		groupsTab.setText(
				found.isEmpty() ? Messages.Runs_groupsTab : NLS.bind(Messages.Runs_groupsTabCount, found.size()));
		exploreStatus.getParent().layout();
	}

	/**
	 * Explores every fault scenario on both versions in a job (progress in the Progress view, cancelled by the same
	 * button), then lists the groups; a second press while it runs cancels it.
	 *
	 * @return the job started, or null when a press cancelled one
	 */
	public Job exploreOrCancel() {
		if (exploring != null) {
			exploring.cancel();
			return null;
		}
		ReviewSession session = editor.session();
		Job job = Job.create(NLS.bind(Messages.Runs_exploring, editor.getPartName()), (IProgressMonitor monitor) -> {
			try {
				session.explore(monitor);
				return Status.OK_STATUS;
			} catch (ReviewException e) {
				return FaultlineUiPlugin.error(NLS.bind(Messages.Runs_exploreFailed, e.getMessage()), e);
			}
		});
		Display display = explore.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> explored(event.getResult()));
			}
		});
		exploring = job;
		explore.setText(Messages.Runs_cancelExplore);
		exploreStatus.setText(job.getName());
		explore.getParent().layout();
		job.schedule();
		return job;
	}

	private void explored(IStatus result) {
		exploring = null;
		if (explore.isDisposed())
			return;
		explore.setText(Messages.Runs_explore);
		showGroups();
		if (result.isOK() && groups != null)
			lists.setSelection(groupsTab);
		if (result.getSeverity() == IStatus.CANCEL)
			exploreStatus.setText(Messages.Runs_exploreCancelled);
		else if (!result.isOK())
			exploreStatus.setText(result.getMessage());
		explore.getParent().layout();
	}

	/** The explorer's groups listed, in order. */
	@SuppressWarnings("unchecked")
	public List<ExploredGroups.Group> groups() {
		return groups == null ? List.of() : (List<ExploredGroups.Group>) groups.getInput();
	}

	/** Chooses an explored group, as a reviewer clicking it. */
	public void selectGroup(ExploredGroups.Group group) {
		groups.setSelection(new StructuredSelection(group), true);
	}

	/** The two runs whose traces are shown aligned: a scenario's, or a group representative's. */
	public RunComparison.Entry shown() {
		return shown;
	}

	/** How many rows the aligned traces have. */
	public int shownTraceRows() {
		return trace.getTable().getItemCount();
	}

	/** The text the page says about exploring (what it found, or why it found nothing). */
	public String exploreStatus() {
		return exploreStatus.getText();
	}

	private static TableViewer table(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		// virtual: a trace has hundreds of rows, and only those in view are made
		TableViewer viewer = new TableViewer(holder,
				SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/**
	 * Sizes each column to its widest text, header included, so that no cell is cut off (a table wider than its tab
	 * scrolls sideways); the last column also takes the room left.
	 */
	private static void fitColumns(TableViewer viewer) {
		Table table = viewer.getTable();
		TableColumnLayout layout = (TableColumnLayout) table.getParent().getLayout();
		GC gc = new GC(table);
		try {
			double character = gc.getFontMetrics().getAverageCharacterWidth();
			// a cell's text is drawn with some space around it, a header's (a button) with more
			int padding = (int) Math.ceil(character * 2);
			int last = table.getColumnCount() - 1;
			for (int i = 0; i <= last; i++) {
				ColumnLabelProvider labels = (ColumnLabelProvider) viewer.getLabelProvider(i);
				int width = gc.textExtent(table.getColumn(i).getText()).x + 3 * padding;
				for (Object row : (List<?>) viewer.getInput())
					width = Math.max(width, gc.textExtent(labels.getText(row)).x + padding);
				layout.setColumnData(table.getColumn(i),
						i < last ? new ColumnPixelData(width, true, true) : new ColumnWeightData(1, width));
			}
		} finally {
			gc.dispose();
		}
		table.getParent().layout();
	}

	private static void column(TableViewer viewer, String title, int weight, Function<Object, String> text) {
		ViewerColumns.add(viewer, (TableColumnLayout) viewer.getTable().getParent().getLayout(), title, weight,
				Object.class, text, RunsPage::tint);
	}

	private static Color tint(Object element) {
		if (element instanceof RunComparison.Entry e)
			return e.differs() ? Colors.CHANGED.get() : null;
		if (element instanceof ExploredGroups.Group g)
			return g.findingDiffers() ? Colors.CHANGED.get() : null;
		return switch (((TraceAlignment.Row) element).kind()) {
		case SAME -> null;
		case CHANGED -> Colors.CHANGED.get();
		case ONLY_BEFORE -> Colors.REMOVED.get();
		case ONLY_AFTER -> Colors.ADDED.get();
		};
	}

	private static String outcome(RunResult run) {
		if (run == null)
			return Messages.Runs_notRun;
		List<String> findings = run.getFindings().stream().map(f -> f.getKind().getLiteral()).distinct().toList();
		return run.getOutcomeText() + (findings.isEmpty() ? "" : " \u2014 " + String.join(", ", findings));
	}

	/** A scenario's outcome and every finding per version, and every difference, one a line. */
	private static String describe(RunComparison.Entry entry) {
		StringBuilder text = new StringBuilder(entry.scenario());
		describe(text, Messages.Runs_beforeEvent, entry.before());
		describe(text, Messages.Runs_afterEvent, entry.after());
		text.append('\n').append(Messages.Runs_differences).append(": ")
				.append(entry.differs() ? String.join("; ", entry.differences()) : Messages.Runs_same);
		return text.toString();
	}

	private static void describe(StringBuilder text, String version, RunResult run) {
		text.append('\n').append(NLS.bind(Messages.Runs_detailRun, version, run == null ? Messages.Runs_notRun : run.getOutcomeText()));
		if (run != null)
			for (Finding f : run.getFindings())
				text.append('\n').append(NLS.bind(Messages.Runs_detailFinding, new Object[] { f.getKind().getLiteral(), f.getFunction(), f.getMessage() }));
	}

	private static String stepDetail(String version, RunResult run, int index) {
		return index < 0 ? "" : NLS.bind(Messages.Runs_detailStep, new Object[] { version, step(index), event(run, index, true).strip() });
	}

	/** What the page shows in full of the chosen scenario or group. */
	public String detail() {
		return detail.getText();
	}

	private static String step(int index) {
		return index < 0 ? "" : Integer.toString(index + 1);
	}

	/**
	 * A trace event as its column shows it, indented by its depth, where it ran after it: the file's name only in a
	 * column (the path is in the detail pane, {@code whole}); nothing for the scenario's own first call, which no C
	 * line makes.
	 */
	private static String event(RunResult run, int index, boolean whole) {
		if (run == null || index < 0 || run.getTrace() == null)
			return "";
		TraceEvent e = run.getTrace().getEvents().get(index);
		String indented = "  ".repeat(Math.max(0, e.getDepth())) + e.getWhat();
		String file = e.getFile();
		if (file == null || file.equals(NO_FILE) || e.getLine() <= 0)
			return indented;
		return indented + "  (" + (whole ? file : file.substring(file.lastIndexOf('/') + 1)) + ":" + e.getLine() + ")";
	}

	/** The step columns as wide as their header or a five-digit step number, so that the events get the rest. */
	private static void narrowStepColumns(TableViewer viewer) {
		Table table = viewer.getTable();
		GC gc = new GC(table);
		try {
			int width = Math.max(gc.textExtent(Messages.Runs_step).x, gc.textExtent("99999").x)
					+ (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * 4);
			TableColumnLayout layout = (TableColumnLayout) table.getParent().getLayout();
			layout.setColumnData(table.getColumn(0), new ColumnPixelData(width, false, false));
			layout.setColumnData(table.getColumn(2), new ColumnPixelData(width, false, false));
		} finally {
			gc.dispose();
		}
	}

	private void showTrace(RunComparison.Entry entry) {
		shown = entry;
		// a step chosen in other runs' traces is not one of these (rows of equal steps would stay selected)
		trace.setSelection(StructuredSelection.EMPTY);
		if (entry.before() != null && entry.after() != null && entry.before().getTrace() != null && entry.after().getTrace() != null)
			trace.setInput(TraceAlignment.of(entry.before().getTrace(), entry.after().getTrace()).rows());
		else
			trace.setInput(List.of());
	}

	/** Chooses a scenario's runs, as a reviewer clicking it. */
	public boolean selectScenario(String scenario) {
		RunComparison.Entry entry = comparison.entry(scenario);
		if (entry != null)
			runs.setSelection(new StructuredSelection(entry), true);
		return entry != null;
	}

	public List<RunComparison.Entry> entries() {
		return comparison.entries();
	}

	@Override
	public AnnotationTarget selectedTarget() {
		if (shown == null)
			return null;
		if (stepChosen && trace.getStructuredSelection().getFirstElement() instanceof TraceAlignment.Row row) {
			boolean after = row.after() >= 0;
			RunResult run = after ? shown.after() : shown.before();
			int index = after ? row.after() : row.before();
			return Anchors.traceStep(after ? Side.AFTER : Side.BEFORE, shown.scenario(), index,
					run.getTrace().getEvents().get(index).getWhat());
		}
		// the finding that tells the versions apart: the first one only one version has, else the first at all
		for (Side side : new Side[] { Side.BEFORE, Side.AFTER }) {
			RunResult run = side == Side.BEFORE ? shown.before() : shown.after();
			RunResult other = side == Side.BEFORE ? shown.after() : shown.before();
			if (run != null)
				for (Finding f : run.getFindings())
					if (other == null || other.getFindings().stream().noneMatch(g -> g.getKind() == f.getKind()))
						return Anchors.finding(side, shown.scenario(), f.getKind(), f.getFunction());
		}
		return null;
	}

	@Override
	public boolean reveal(AnnotationTarget target) {
		String scenario = target instanceof FindingTarget f ? f.getScenario()
				: target instanceof TraceStepTarget t ? t.getScenario() : null;
		if (scenario == null || !selectScenario(scenario))
			return false;
		if (target instanceof TraceStepTarget t)
			for (Object o : (List<?>) trace.getInput())
				if (o instanceof TraceAlignment.Row r && (t.getSide() == Side.BEFORE ? r.before() : r.after()) == t.getStep()) {
					trace.setSelection(new StructuredSelection(r), true);
					break;
				}
		return true;
	}
}
