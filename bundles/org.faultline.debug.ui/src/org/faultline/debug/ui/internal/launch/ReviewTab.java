package org.faultline.debug.ui.internal.launch;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.ui.internal.Messages;

/** The review to step through: the patch (a file or the sample), its base, and the version or both in lockstep. */
final class ReviewTab extends AbstractLaunchConfigurationTab {

	private Button sample, patchFile, modelled, repository, before, after, both, stopOnEntry;

	private Text patch, repositoryPath, revision;

	private Button browsePatch, browseRepository;

	@Override
	public void createControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(top);
		setControl(top);

		Group patchGroup = group(top, Messages.ReviewTab_patch, 3);
		sample = radio(patchGroup, Messages.ReviewTab_sample, 3);
		patchFile = radio(patchGroup, Messages.ReviewTab_patchFile, 1);
		patch = text(patchGroup);
		browsePatch = button(patchGroup, Messages.ReviewTab_browse, () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.patch;*.diff;*.eml;*.mbox;*.txt", "*" });
			String chosen = dialog.open();
			if (chosen != null)
				patch.setText(chosen);
		});

		Group baseGroup = group(top, Messages.ReviewTab_base, 3);
		modelled = radio(baseGroup, Messages.ReviewTab_modelledTree, 3);
		repository = radio(baseGroup, Messages.ReviewTab_repository, 1);
		repositoryPath = text(baseGroup);
		browseRepository = button(baseGroup, Messages.ReviewTab_browse, () -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null)
				repositoryPath.setText(chosen);
		});
		new Label(baseGroup, SWT.NONE).setText(Messages.ReviewTab_revision);
		revision = text(baseGroup);
		revision.setMessage(Messages.ReviewTab_revisionHint);
		new Label(baseGroup, SWT.NONE);

		Group versionGroup = group(top, Messages.ReviewTab_version, 1);
		before = radio(versionGroup, Messages.ReviewTab_before, 1);
		after = radio(versionGroup, Messages.ReviewTab_after, 1);
		both = radio(versionGroup, Messages.ReviewTab_both, 1);

		stopOnEntry = new Button(top, SWT.CHECK);
		stopOnEntry.setText(Messages.ReviewTab_stopOnEntry);
		stopOnEntry.addListener(SWT.Selection, e -> changed());
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private Button radio(Composite parent, String label, int span) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(label);
		GridDataFactory.swtDefaults().span(span, 1).applyTo(b);
		b.addListener(SWT.Selection, e -> changed());
		return b;
	}

	private Text text(Composite parent) {
		Text t = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
		t.addListener(SWT.Modify, e -> changed());
		return t;
	}

	private static Button button(Composite parent, String label, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private void changed() {
		patch.setEnabled(patchFile.getSelection());
		browsePatch.setEnabled(patchFile.getSelection());
		repositoryPath.setEnabled(repository.getSelection());
		browseRepository.setEnabled(repository.getSelection());
		revision.setEnabled(repository.getSelection());
		updateLaunchConfigurationDialog();
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(FaultlineDebug.ATTR_PATCH, "");
		configuration.setAttribute(FaultlineDebug.ATTR_BASE_REPOSITORY, "");
		configuration.setAttribute(FaultlineDebug.ATTR_BASE_REVISION, "");
		configuration.setAttribute(FaultlineDebug.ATTR_VERSION, FaultlineDebug.VERSION_BEFORE);
		configuration.setAttribute(FaultlineDebug.ATTR_STOP_ON_ENTRY, true);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		String patchPath = attribute(configuration, FaultlineDebug.ATTR_PATCH, "");
		String repo = attribute(configuration, FaultlineDebug.ATTR_BASE_REPOSITORY, "");
		String version = attribute(configuration, FaultlineDebug.ATTR_VERSION, FaultlineDebug.VERSION_BEFORE);
		sample.setSelection(patchPath.isEmpty());
		patchFile.setSelection(!patchPath.isEmpty());
		patch.setText(patchPath);
		modelled.setSelection(repo.isEmpty());
		repository.setSelection(!repo.isEmpty());
		repositoryPath.setText(repo);
		revision.setText(attribute(configuration, FaultlineDebug.ATTR_BASE_REVISION, ""));
		before.setSelection(FaultlineDebug.VERSION_BEFORE.equals(version));
		after.setSelection(FaultlineDebug.VERSION_AFTER.equals(version));
		both.setSelection(FaultlineDebug.VERSION_BOTH.equals(version));
		try {
			stopOnEntry.setSelection(configuration.getAttribute(FaultlineDebug.ATTR_STOP_ON_ENTRY, true));
		} catch (CoreException e) {
			stopOnEntry.setSelection(true);
		}
		changed();
	}

	static String attribute(ILaunchConfiguration configuration, String name, String otherwise) {
		try {
			return configuration.getAttribute(name, otherwise);
		} catch (CoreException e) {
			return otherwise;
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(FaultlineDebug.ATTR_PATCH, patchFile.getSelection() ? patch.getText().strip() : "");
		configuration.setAttribute(FaultlineDebug.ATTR_BASE_REPOSITORY,
				repository.getSelection() ? repositoryPath.getText().strip() : "");
		configuration.setAttribute(FaultlineDebug.ATTR_BASE_REVISION,
				repository.getSelection() ? revision.getText().strip() : "");
		configuration.setAttribute(FaultlineDebug.ATTR_VERSION, both.getSelection() ? FaultlineDebug.VERSION_BOTH
				: after.getSelection() ? FaultlineDebug.VERSION_AFTER : FaultlineDebug.VERSION_BEFORE);
		configuration.setAttribute(FaultlineDebug.ATTR_STOP_ON_ENTRY, stopOnEntry.getSelection());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(problem());
		return getErrorMessage() == null;
	}

	private String problem() {
		if (patchFile.getSelection()) {
			String file = patch.getText().strip();
			if (file.isEmpty())
				return Messages.ReviewTab_noPatch;
			if (!Files.isRegularFile(Path.of(file)))
				return NLS.bind(Messages.ReviewTab_noSuchPatch, file);
		}
		if (repository.getSelection()) {
			String dir = repositoryPath.getText().strip();
			if (dir.isEmpty())
				return Messages.ReviewTab_noRepository;
			Path path = Path.of(dir);
			if (!Files.isDirectory(path.resolve(".git")) && !Files.isRegularFile(path.resolve("HEAD")))
				return NLS.bind(Messages.ReviewTab_notRepository, dir);
		}
		return null;
	}

	@Override
	public String getName() {
		return Messages.ReviewTab_name;
	}
}
