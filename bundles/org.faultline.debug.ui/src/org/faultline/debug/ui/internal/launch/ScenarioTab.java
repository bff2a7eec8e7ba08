package org.faultline.debug.ui.internal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.internal.LaunchedReview;
import org.faultline.debug.ui.internal.Messages;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.Scenario;
import org.faultline.exec.ScenarioException;
import org.faultline.exec.ScenarioParser;
import org.faultline.explore.DifferenceGroup;
import org.faultline.explore.ExplorationResult;

/**
 * The fault to run: a shipped scenario, a scenario file, one of the explorer's, or one written here. Whatever is
 * chosen is parsed as it changes; an error is shown with its line, and that line is marked in the text. The
 * explorer's groups come from exploring the review the {@link ReviewTab} names; choosing one puts its
 * representative in the text, so the launch keeps the scenario itself rather than a way to find it again.
 */
final class ScenarioTab extends AbstractLaunchConfigurationTab {

	private final ReviewTab review;

	/** "source:line: message", as {@link ScenarioException} words it. */
	private static final Pattern WHERE = Pattern.compile(":(\\d+): ");

	private Button shipped, file, edited;

	private Combo names;

	private Label description;

	private Text path;

	private Button browse, copy;

	private StyledText text;

	private List<String> shippedNames = List.of();

	private Table groups;

	private List<DifferenceGroup> explored = List.of();

	/** Why the last exploration gave nothing to choose; shown until something here changes. */
	private String explorationProblem;

	ScenarioTab(ReviewTab review) {
		this.review = review;
	}

	@Override
	public void createControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(top);
		setControl(top);

		shipped = radio(top, Messages.ScenarioTab_shipped);
		names = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		try {
			shippedNames = NamedScenarios.names();
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
		}
		names.setItems(shippedNames.toArray(String[]::new));
		names.setVisibleItemCount(Math.min(20, shippedNames.size()));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(names);
		names.addListener(SWT.Selection, e -> changed());
		new Label(top, SWT.NONE);
		description = new Label(top, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(description);

		file = radio(top, Messages.ScenarioTab_file);
		path = new Text(top, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		path.addListener(SWT.Modify, e -> changed());
		browse = new Button(top, SWT.PUSH);
		browse.setText(Messages.ReviewTab_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.fault", "*" });
			String chosen = dialog.open();
			if (chosen != null)
				path.setText(chosen);
		});

		new Label(top, SWT.NONE).setText(Messages.ScenarioTab_explored);
		Label hint = new Label(top, SWT.WRAP);
		hint.setText(Messages.ScenarioTab_exploreHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);
		Button explore = new Button(top, SWT.PUSH);
		explore.setText(Messages.ScenarioTab_explore);
		explore.addListener(SWT.Selection, e -> explore());
		groups = new Table(top, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		groups.setHeaderVisible(true);
		for (String title : new String[] { Messages.ScenarioTab_count, Messages.ScenarioTab_findings,
				Messages.ScenarioTab_representative, Messages.ScenarioTab_cause }) {
			TableColumn column = new TableColumn(groups, SWT.NONE);
			column.setText(title);
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(SWT.DEFAULT, 120).applyTo(groups);
		groups.addListener(SWT.Selection, e -> choose(groups.getSelectionIndex()));

		edited = radio(top, Messages.ScenarioTab_edited);
		Label syntax = new Label(top, SWT.WRAP);
		syntax.setText(Messages.ScenarioTab_syntax);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(syntax);
		copy = new Button(top, SWT.PUSH);
		copy.setText(Messages.ScenarioTab_copy);
		copy.addListener(SWT.Selection, e -> {
			String source = chosenText();
			if (source != null) {
				text.setText(source);
				edited.setSelection(true);
				shipped.setSelection(false);
				file.setSelection(false);
				changed();
			}
		});
		text = new StyledText(top, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 200).applyTo(text);
		text.addListener(SWT.Modify, e -> changed());
	}

	/** Explores the review the Review tab names, with progress and cancel, and lists the groups found. */
	void explore() {
		explorationProblem = null;
		explored = List.of();
		groups.removeAll();
		try {
			ILaunchConfigurationWorkingCopy scratch = FaultlineDebug.type().newInstance(null, getName());
			review.performApply(scratch);
			FaultlineDebug.Settings settings = FaultlineDebug.settings(scratch);
			ExplorationResult[] result = new ExplorationResult[1];
			new ProgressMonitorDialog(getShell()).run(true, true, monitor -> {
				try {
					result[0] = LaunchedReview.explore(settings, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
			explored = result[0].groups();
			if (explored.isEmpty())
				explorationProblem = NLS.bind(Messages.ScenarioTab_noDifference, result[0].explored());
		} catch (CoreException e) {
			explorationProblem = NLS.bind(Messages.ScenarioTab_exploreFailed, e.getMessage());
		} catch (InvocationTargetException e) {
			explorationProblem = NLS.bind(Messages.ScenarioTab_exploreFailed, e.getCause().getMessage());
		} catch (InterruptedException e) {
			// cancelled: the list stays empty
		}
		for (DifferenceGroup g : explored) {
			TableItem item = new TableItem(groups, SWT.NONE);
			item.setText(new String[] { Integer.toString(g.count()), findingsIn(g), g.representative().label(),
					g.cause().describe() });
		}
		// a long representative would hide the cause, which says most
		for (TableColumn column : groups.getColumns()) {
			column.pack();
			column.setWidth(Math.min(column.getWidth(), 320));
		}
		groups.getColumn(groups.getColumnCount() - 1).pack();
		updateLaunchConfigurationDialog();
	}

	/** Which versions' runs of the representative raise findings. */
	private static String findingsIn(DifferenceGroup g) {
		List<String> versions = new ArrayList<>();
		if (!g.before().findings().isEmpty())
			versions.add(FaultlineDebug.VERSION_BEFORE);
		if (!g.after().findings().isEmpty())
			versions.add(FaultlineDebug.VERSION_AFTER);
		return versions.isEmpty() ? Messages.ScenarioTab_findingsNone : String.join(", ", versions);
	}

	/** Puts the representative of the {@code index}-th group in the text, headed by a comment naming the group. */
	void choose(int index) {
		if (index < 0 || index >= explored.size())
			return;
		DifferenceGroup g = explored.get(index);
		text.setText(NLS.bind(Messages.ScenarioTab_groupComment, g.count(), g.cause().describe()) + "\n"
				+ g.scenarioText());
		edited.setSelection(true);
		shipped.setSelection(false);
		file.setSelection(false);
		changed();
	}

	private Button radio(Composite parent, String label) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(label);
		b.addListener(SWT.Selection, e -> changed());
		return b;
	}

	private void changed() {
		explorationProblem = null;
		names.setEnabled(shipped.getSelection());
		path.setEnabled(file.getSelection());
		browse.setEnabled(file.getSelection());
		copy.setEnabled(!edited.getSelection());
		text.setEditable(edited.getSelection());
		updateLaunchConfigurationDialog();
	}

	/** The text of the shipped scenario or file chosen; null when there is none to read. */
	private String chosenText() {
		try {
			if (shipped.getSelection() && names.getSelectionIndex() >= 0)
				return NamedScenarios.text(names.getText());
			if (file.getSelection() && Files.isRegularFile(Path.of(path.getText().strip())))
				return Files.readString(Path.of(path.getText().strip()));
		} catch (IOException | ScenarioException e) {
			setErrorMessage(e.getMessage());
		}
		return null;
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(FaultlineDebug.ATTR_SCENARIO_NAME, "read-cached-pmd-none");
		configuration.removeAttribute(FaultlineDebug.ATTR_SCENARIO_FILE);
		configuration.removeAttribute(FaultlineDebug.ATTR_SCENARIO_TEXT);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		String name = ReviewTab.attribute(configuration, FaultlineDebug.ATTR_SCENARIO_NAME, "");
		String fileName = ReviewTab.attribute(configuration, FaultlineDebug.ATTR_SCENARIO_FILE, "");
		String source = ReviewTab.attribute(configuration, FaultlineDebug.ATTR_SCENARIO_TEXT, "");
		edited.setSelection(!source.isEmpty());
		file.setSelection(source.isEmpty() && !fileName.isEmpty());
		shipped.setSelection(source.isEmpty() && fileName.isEmpty());
		names.select(shippedNames.indexOf(name));
		path.setText(fileName);
		text.setText(source);
		changed();
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		set(configuration, FaultlineDebug.ATTR_SCENARIO_NAME, shipped.getSelection() ? names.getText() : "");
		set(configuration, FaultlineDebug.ATTR_SCENARIO_FILE, file.getSelection() ? path.getText().strip() : "");
		set(configuration, FaultlineDebug.ATTR_SCENARIO_TEXT, edited.getSelection() ? text.getText() : "");
	}

	/** Only the chosen way names a scenario: the others are removed, so the launch never has to guess. */
	private static void set(ILaunchConfigurationWorkingCopy configuration, String attribute, String value) {
		if (value.isEmpty())
			configuration.removeAttribute(attribute);
		else
			configuration.setAttribute(attribute, value);
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		text.setLineBackground(0, text.getLineCount(), null);
		description.setText("");
		String problem = problem();
		setErrorMessage(problem == null ? explorationProblem : problem);
		return problem == null;
	}

	private String problem() {
		try {
			Scenario scenario;
			if (shipped.getSelection()) {
				if (names.getSelectionIndex() < 0)
					return Messages.ScenarioTab_noName;
				scenario = NamedScenarios.load(names.getText());
			} else if (file.getSelection()) {
				String name = path.getText().strip();
				if (name.isEmpty())
					return Messages.ScenarioTab_noFile;
				if (!Files.isRegularFile(Path.of(name)))
					return NLS.bind(Messages.ScenarioTab_noSuchFile, name);
				scenario = ScenarioParser.parse(name, Files.readString(Path.of(name)));
			} else {
				if (text.getText().isBlank())
					return Messages.ScenarioTab_empty;
				scenario = ScenarioParser.parse(Messages.ScenarioTab_name, text.getText());
			}
			description.setText(scenario.description());
			return null;
		} catch (ScenarioException e) {
			if (edited.getSelection())
				markLine(e.getMessage());
			return e.getMessage();
		} catch (IOException e) {
			return NLS.bind(Messages.ScenarioTab_unreadable, path.getText(), e.getMessage());
		}
	}

	private void markLine(String message) {
		Matcher where = WHERE.matcher(message);
		if (where.find()) {
			int line = Integer.parseInt(where.group(1)) - 1;
			if (line >= 0 && line < text.getLineCount())
				text.setLineBackground(line, 1, text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
		}
	}

	@Override
	public String getName() {
		return Messages.ScenarioTab_name;
	}
}
