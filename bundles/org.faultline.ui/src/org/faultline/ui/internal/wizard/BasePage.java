package org.faultline.ui.internal.wizard;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.faultline.ui.internal.FaultlineUiPlugin;
import org.faultline.ui.internal.Messages;
import org.faultline.ui.internal.Preferences;

/**
 * The base: the embedded modelled tree, or a git repository (a checkout or a git directory, on disk or holding a
 * project of the workspace) at a revision, with the repository's branches and tags offered. Defaults from the
 * preferences.
 */
public final class BasePage extends WizardPage {

	private Button modelled;

	private Button repository;

	/** Typed or browsed, or one of the workspace's repositories offered in its list. */
	private Combo directory;

	private Combo revision;

	BasePage() {
		super("base", Messages.Wizard_baseTitle, null);
		setDescription(Messages.Wizard_baseDescription);
	}

	@Override
	public void createControl(Composite parent) {
		IPreferenceStore prefs = FaultlineUiPlugin.get().getPreferenceStore();
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		modelled = new Button(body, SWT.RADIO);
		modelled.setText(Messages.Base_modelled);
		modelled.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
		repository = new Button(body, SWT.RADIO);
		repository.setText(Messages.Base_repository);
		repository.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
		new Label(body, SWT.NONE).setText(Messages.Wizard_directory);
		directory = new Combo(body, SWT.DROP_DOWN);
		directory.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		directory.setItems(workspaceRepositories().toArray(String[]::new));
		directory.setText(prefs.getString(Preferences.BASE_REPOSITORY_PATH));
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			String chosen = dialog.open();
			if (chosen != null)
				directory.setText(chosen);
		});
		new Label(body, SWT.NONE).setText(Messages.Wizard_revision);
		revision = new Combo(body, SWT.DROP_DOWN);
		revision.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		revision.setText(prefs.getString(Preferences.BASE_REVISION));
		boolean useRepository = Preferences.BASE_REPOSITORY.equals(prefs.getString(Preferences.BASE_KIND));
		modelled.setSelection(!useRepository);
		repository.setSelection(useRepository);
		modelled.addListener(SWT.Selection, e -> validate());
		repository.addListener(SWT.Selection, e -> validate());
		directory.addListener(SWT.Modify, e -> validate());
		revision.addListener(SWT.Modify, e -> validate());
		setControl(body);
		validate();
	}

	/** Chooses a git repository and revision, as a reviewer typing them. */
	public void useRepository(Path dir, String rev) {
		repository.setSelection(true);
		modelled.setSelection(false);
		directory.setText(dir.toString());
		revision.setText(rev);
		validate();
	}

	/** Chooses the modelled tree, as a reviewer clicking it. */
	public void useModelledTree() {
		repository.setSelection(false);
		modelled.setSelection(true);
		validate();
	}

	/** The revisions offered, for tests. */
	public List<String> offered() {
		return List.of(revision.getItems());
	}

	private void validate() {
		boolean repo = repository.getSelection();
		directory.setEnabled(repo);
		revision.setEnabled(repo);
		if (!repo) {
			setErrorMessage(null);
			setPageComplete(true);
			return;
		}
		List<String> refs = refs(directory.getText().strip());
		if (refs == null) {
			setErrorMessage(NLS.bind(Messages.Wizard_notARepository, directory.getText()));
			setPageComplete(false);
			return;
		}
		if (!List.of(revision.getItems()).equals(refs)) {
			String typed = revision.getText();
			revision.setItems(refs.toArray(String[]::new));
			revision.setText(typed);
		}
		setErrorMessage(revision.getText().isBlank() ? Messages.Wizard_noRevision : null);
		setPageComplete(!revision.getText().isBlank());
	}

	/** The work trees of git repositories that hold a project of the workspace, each once. */
	public static List<String> workspaceRepositories() {
		Set<String> trees = new LinkedHashSet<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen() || project.getLocation() == null)
				continue;
			FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.getLocation().toFile());
			if (builder.getGitDir() != null)
				trees.add(builder.getGitDir().getName().equals(Constants.DOT_GIT) ? builder.getGitDir().getParent()
						: builder.getGitDir().getPath());
		}
		return new ArrayList<>(trees);
	}

	/** The repositories offered, for tests. */
	public List<String> repositoriesOffered() {
		return List.of(directory.getItems());
	}

	/** HEAD, the branches and the tags of the repository at dir, or null when it is none. */
	private static List<String> refs(String dir) {
		if (dir.isEmpty() || !new File(dir).isDirectory())
			return null;
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(new File(dir));
		if (builder.getGitDir() == null)
			return null;
		try (Repository repo = builder.setMustExist(true).build()) {
			List<String> refs = new ArrayList<>();
			refs.add(Constants.HEAD);
			for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS))
				refs.add(Repository.shortenRefName(ref.getName()));
			for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS))
				refs.add(Repository.shortenRefName(ref.getName()));
			return refs;
		} catch (Exception e) {
			return null;
		}
	}

	/** The repository chosen, or null for the modelled tree. */
	Path repository() {
		return repository.getSelection() ? Path.of(directory.getText().strip()) : null;
	}

	String revision() {
		return repository.getSelection() ? revision.getText().strip() : null;
	}
}
