package org.faultline.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.util.SystemReader;

/**
 * Faultline's preferences: the base a patch is reviewed on unless the wizard is told otherwise, and who the
 * reviewer is (defaults from the user's git configuration, as git itself would sign).
 */
public final class Preferences extends AbstractPreferenceInitializer {

	/** {@link #BASE_MODELLED} or {@link #BASE_REPOSITORY}. */
	public static final String BASE_KIND = "base.kind";

	public static final String BASE_MODELLED = "modelled";

	public static final String BASE_REPOSITORY = "repository";

	/** The git repository (a checkout or git directory) used when the base kind is a repository. */
	public static final String BASE_REPOSITORY_PATH = "base.repository";

	/** The revision patches apply to in that repository. */
	public static final String BASE_REVISION = "base.revision";

	public static final String REVIEWER_NAME = "reviewer.name";

	public static final String REVIEWER_ADDRESS = "reviewer.address";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = FaultlineUiPlugin.get().getPreferenceStore();
		store.setDefault(BASE_KIND, BASE_MODELLED);
		store.setDefault(BASE_REPOSITORY_PATH, "");
		store.setDefault(BASE_REVISION, "HEAD");
		String name = System.getProperty("user.name", "");
		String address = "";
		try {
			Config git = SystemReader.getInstance().getUserConfig();
			name = git.getString("user", null, "name") != null ? git.getString("user", null, "name") : name;
			address = git.getString("user", null, "email") != null ? git.getString("user", null, "email") : address;
		} catch (Exception e) {
			// an unreadable ~/.gitconfig leaves the reviewer to be set on the preference page
		}
		store.setDefault(REVIEWER_NAME, name);
		store.setDefault(REVIEWER_ADDRESS, address);
	}
}
