package org.faultline.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.FunctionTarget;
import org.faultline.model.review.Side;
import org.faultline.review.Anchors;
import org.faultline.review.view.BalanceTable;
import org.faultline.review.view.DecisionTable;
import org.faultline.review.view.FunctionChanges;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.ViewerColumns;

/**
 * The fault path before and after: its functions with their change, and for the one chosen its signature,
 * contract, decision table (the guard both versions share, then what each adds, atoms only one tests marked),
 * calls, code moved and resource balance.
 */
public final class SemanticPage implements ReviewPage {

	/** What the page opens on: the function the fault path dispatches from. */
	static final String DEFAULT_FUNCTION = "handle_pte_fault";

	private final ReviewEditor editor;

	private TableViewer functions;

	private ScrolledComposite scroll;

	private Composite details;

	private SemanticFunction shown;

	private CellGrid<DecisionTable.Row> decisions;

	/** Whether the last thing chosen was a decision row (else the function). */
	private boolean rowChosen;

	SemanticPage(ReviewEditor editor) {
		this.editor = editor;
	}

	@Override
	public String title() {
		return Messages.Page_semantic;
	}

	@Override
	public Control create(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite list = new Composite(sash, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		list.setLayout(columns);
		functions = new TableViewer(list, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		Table table = functions.getTable();
		table.setHeaderVisible(true);
		List<CFunctionDiff> all = editor.document().getSemanticDiff().getFunctions();
		// names whole, with room for a count of notes, however narrow the list: a name cut short is another name
		int nameWidth = ViewerColumns.widthOf(table, all.stream().map(f -> label(f.getName(), 99)).toList());
		int statusWidth = ViewerColumns.widthOf(table,
				CChangeStatus.VALUES.stream().map(SemanticPage::status).toList());
		ViewerColumns.add(functions, columns, Messages.Semantic_function, 5, nameWidth, CFunctionDiff.class,
				f -> label(f.getName(), annotationsOn(f.getName())), f -> Colors.of(f.getStatus()));
		ViewerColumns.add(functions, columns, Messages.Semantic_status, 2, statusWidth, CFunctionDiff.class,
				f -> status(f.getStatus()), f -> Colors.of(f.getStatus()));
		functions.setContentProvider(ArrayContentProvider.getInstance());
		functions.setInput(all);
		functions.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof CFunctionDiff f && (shown == null || f != shown.diff())) {
				rowChosen = false;
				show(f);
			}
		});
		table.addListener(SWT.MouseDown, e -> rowChosen = false);

		scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		sash.setWeights(22, 78);
		scroll.addListener(SWT.Resize, e -> fitDetails());
		// sized before the first function is shown, so that its tables wrap once, to the page's width
		parent.layout(true, true);
		// the list as wide as its columns, up to two fifths of the page; the details take the rest
		int width = sash.getSize().x;
		if (width > 0) {
			int wanted = nameWidth + statusWidth + table.getVerticalBar().getSize().x + 2 * table.getBorderWidth();
			int listWidth = Math.min(wanted, width * 2 / 5);
			sash.setWeights(listWidth, width - listWidth);
		}
		// near the top of the list: revealed before the list has its height, it would be scrolled by part of a row
		select(DEFAULT_FUNCTION, false);
		return sash;
	}

	/** Shows a function of the fault path; false when it is not in it. */
	public boolean selectFunction(String function) {
		return select(function, true);
	}

	private boolean select(String function, boolean reveal) {
		for (CFunctionDiff f : editor.document().getSemanticDiff().getFunctions())
			if (f.getName().equals(function)) {
				functions.setSelection(new StructuredSelection(f), reveal);
				return true;
			}
		return false;
	}

	/** Chooses the decision row of a callee of the function shown. */
	public boolean selectRow(String callee) {
		for (DecisionTable.Row row : decisions.elements())
			if (row.callee().equals(callee)) {
				decisions.select(row);
				return true;
			}
		return false;
	}

	public String shownFunction() {
		return shown == null ? null : shown.diff().getName();
	}

	/** The callees of the decision table shown. */
	public List<String> callees() {
		return decisions.elements().stream().map(DecisionTable.Row::callee).toList();
	}

	/** Every cell of the decision table shown, as the lines it is wrapped to. */
	public List<List<String>> wrappedDecisionCells() {
		List<List<String>> cells = new ArrayList<>();
		for (int row = 0; row < decisions.elements().size(); row++)
			cells.addAll(decisions.wrappedLines(row));
		return cells;
	}

	/** The width the decision table's callee column has for its text. */
	public int calleeWidth() {
		return decisions.textWidth(0);
	}

	public Table functionList() {
		return functions.getTable();
	}

	/** What is shown of the chosen function, beside the list (for tests). */
	public Control details() {
		return details;
	}

	private void show(CFunctionDiff f) {
		SemanticFunction opening = editor.openingFunction();
		show(opening != null && opening.diff() == f ? opening
				: SemanticFunction.of(editor.document().getSemanticDiff(), f));
	}

	private void show(SemanticFunction function) {
		CFunctionDiff f = function.diff();
		shown = function;
		if (details != null) {
			details.dispose();
			// the new details are measured before they are the content: no layout of the disposed ones meanwhile
			scroll.setContent(null);
		}
		details = new Composite(scroll, SWT.NONE);
		details.setLayout(new GridLayout(1, false));
		Label title = new Label(details, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(NLS.bind(Messages.Semantic_title, new Object[] { f.getName(), status(f.getStatus()),
				where(f.getBeforeFile(), f.getBeforeLine()), where(f.getAfterFile(), f.getAfterLine()) }));

		lines(Messages.Semantic_signature, function.signature());
		if (!function.contract().isEmpty()) {
			section(Messages.Semantic_contract);
			CellGrid<FunctionChanges.Contract> grid = new CellGrid<>(details,
					new String[] { Messages.Semantic_when, Messages.Semantic_subject, Messages.Semantic_before, Messages.Semantic_after },
					new int[] { CellGrid.FIT, CellGrid.FIT, 50, 50 },
					plainRows(c -> new String[] { c.moment(), c.subject(), c.before(), c.after() }));
			grid.setRows(function.contract());
		}

		section(Messages.Semantic_decisions);
		note(Messages.Semantic_decisionsHelp);
		decisions = new CellGrid<>(details, new String[] { Messages.Semantic_callee, Messages.Semantic_status,
				Messages.Semantic_both, Messages.Semantic_beforeAlso, Messages.Semantic_afterAlso },
				new int[] { CellGrid.FIT, CellGrid.FIT, 30, 35, 35 }, new CellGrid.Rows<>() {
					@Override
					public CellGrid.Cell[] cells(DecisionTable.Row r) {
						long notes = annotationsOnRow(r.callee());
						return new CellGrid.Cell[] { CellGrid.Cell.plain(label(r.callee(), notes)),
								CellGrid.Cell.plain(status(r.status())), cell(r.shared()), cell(r.before()),
								cell(r.after()) };
					}

					@Override
					public Color background(DecisionTable.Row r) {
						return annotationsOnRow(r.callee()) > 0 ? Colors.ANNOTATED.get() : Colors.of(r.status());
					}
				});
		decisions.addSelectionListener(r -> rowChosen = true);
		decisions.setRows(function.decisions());

		lines(Messages.Semantic_calls, function.calls());
		lines(Messages.Semantic_moves, function.moves());
		if (!function.balance().isEmpty()) {
			section(Messages.Semantic_balance);
			CellGrid<BalanceTable.Row> grid = new CellGrid<>(details,
					new String[] { Messages.Semantic_resource, Messages.Semantic_net, Messages.Semantic_before, Messages.Semantic_after },
					new int[] { CellGrid.FIT, CellGrid.FIT, 50, 50 },
					plainRows(b -> new String[] { b.resource(), b.net(), b.before(), b.after() }));
			grid.setRows(function.balance());
		}
		// measured once at the page's width before it is the page's content: set first, it would be laid out at its
		// unwrapped width, then again at the page's
		fitDetails();
		scroll.setContent(details);
	}

	/** Wraps the details to the page's width (the tables wrap themselves when the page is resized). */
	private void fitDetails() {
		if (details != null && !details.isDisposed())
			scroll.setMinSize(details.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
	}

	private static CellGrid.Cell cell(DecisionTable.Cell c) {
		return new CellGrid.Cell(c.text(), c.changed());
	}

	private static <T> CellGrid.Rows<T> plainRows(java.util.function.Function<T, String[]> texts) {
		return new CellGrid.Rows<>() {
			@Override
			public CellGrid.Cell[] cells(T row) {
				String[] t = texts.apply(row);
				CellGrid.Cell[] cells = new CellGrid.Cell[t.length];
				for (int i = 0; i < t.length; i++)
					cells[i] = CellGrid.Cell.plain(t[i]);
				return cells;
			}

			@Override
			public Color background(T row) {
				return null;
			}
		};
	}

	private void lines(String heading, List<String> lines) {
		if (lines.isEmpty())
			return;
		section(heading);
		note(String.join("\n", lines));
	}

	private void section(String text) {
		Label label = new Label(details, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getBannerFont());
		GridData data = new GridData();
		data.verticalIndent = 8;
		label.setLayoutData(data);
	}

	private void note(String text) {
		Label label = new Label(details, SWT.WRAP);
		label.setText(text);
		label.setFont(JFaceResources.getTextFont());
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	private static String label(String function, long notes) {
		return function + (notes > 0 ? "  \u270e" + notes : "");
	}

	private static String status(CChangeStatus status) {
		return status.getLiteral().toLowerCase();
	}

	private static String where(String file, int line) {
		return file == null || file.isEmpty() ? Messages.Semantic_absent : file + ":" + line;
	}

	private long annotationsOn(String function) {
		return editor.document().getAnnotations().stream()
				.filter(a -> a.getTarget() instanceof FunctionTarget t && t.getFunction().equals(function)
						|| a.getTarget() instanceof DecisionRowTarget d && d.getFunction().equals(function))
				.count();
	}

	private long annotationsOnRow(String callee) {
		return editor.document().getAnnotations().stream().filter(a -> a.getTarget() instanceof DecisionRowTarget d
				&& d.getFunction().equals(shown.diff().getName()) && d.getCallee().equals(callee)).count();
	}

	@Override
	public AnnotationTarget selectedTarget() {
		if (shown == null)
			return null;
		CFunctionDiff f = shown.diff();
		DecisionTable.Row row = decisions.selected();
		if (rowChosen && row != null)
			return Anchors.decisionRow(f.getName(), row.callee(), row.condition());
		String file = f.getAfterFile() != null && !f.getAfterFile().isEmpty() ? f.getAfterFile() : f.getBeforeFile();
		return Anchors.function(f.getStatus() == CChangeStatus.REMOVED ? Side.BEFORE : Side.BOTH, file, f.getName());
	}

	@Override
	public boolean reveal(AnnotationTarget target) {
		if (target instanceof DecisionRowTarget d && selectFunction(d.getFunction())) {
			selectRow(d.getCallee());
			return true;
		}
		return target instanceof FunctionTarget f && selectFunction(f.getFunction());
	}

	@Override
	public void annotationsChanged() {
		functions.refresh();
		if (shown != null) {
			String selected = decisions.selected() == null ? null : decisions.selected().callee();
			boolean row = rowChosen;
			show(shown);
			if (selected != null)
				selectRow(selected);
			rowChosen = row;
		}
	}
}
