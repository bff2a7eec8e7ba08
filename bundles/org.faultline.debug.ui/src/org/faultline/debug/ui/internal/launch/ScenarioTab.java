package org.faultline.debug.ui.internal.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
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
import org.eclipse.swt.widgets.Text;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.ui.internal.Messages;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.Scenario;
import org.faultline.exec.ScenarioException;
import org.faultline.exec.ScenarioParser;

/**
 * The fault to run: a shipped scenario, a scenario file, or one written here. Whatever is chosen is parsed as it
 * changes; an error is shown with its line, and that line is marked in the text.
 */
final class ScenarioTab extends AbstractLaunchConfigurationTab {

	/** "source:line: message", as {@link ScenarioException} words it. */
	private static final Pattern WHERE = Pattern.compile(":(\\d+): ");

	private Button shipped, file, edited;

	private Combo names;

	private Label description;

	private Text path;

	private Button browse, copy;

	private StyledText text;

	private List<String> shippedNames = List.of();

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

	private Button radio(Composite parent, String label) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(label);
		b.addListener(SWT.Selection, e -> changed());
		return b;
	}

	private void changed() {
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
		setErrorMessage(problem);
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
