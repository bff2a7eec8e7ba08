package org.faultline.ui.internal;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Faultline: the default base and the reviewer. */
public final class PreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public PreferencePage() {
		super(GRID);
		setPreferenceStore(FaultlineUiPlugin.get().getPreferenceStore());
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(Preferences.BASE_KIND, Messages.Preferences_base, 1,
				new String[][] { { Messages.Base_modelled, Preferences.BASE_MODELLED },
						{ Messages.Base_repository, Preferences.BASE_REPOSITORY } },
				getFieldEditorParent(), true));
		addField(new DirectoryFieldEditor(Preferences.BASE_REPOSITORY_PATH, Messages.Preferences_repository,
				getFieldEditorParent()));
		addField(new StringFieldEditor(Preferences.BASE_REVISION, Messages.Preferences_revision, getFieldEditorParent()));
		addField(new StringFieldEditor(Preferences.REVIEWER_NAME, Messages.Preferences_reviewerName, getFieldEditorParent()));
		addField(new StringFieldEditor(Preferences.REVIEWER_ADDRESS, Messages.Preferences_reviewerAddress,
				getFieldEditorParent()));
	}
}
