package org.faultline.ui.internal;

import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.faultline.model.patch.PatchSeries;

/**
 * What to review: patches already read, which of a series to leave out (1-based), and the base: the modelled
 * tree ({@code repository} null) or a git repository at a revision.
 */
public record ReviewRequest(String source, PatchSeries series, Set<Integer> skipped, Path repository, String revision) {

	public ReviewRequest {
		skipped = Set.copyOf(skipped);
	}

	/** The request for a patch file opened or dropped in the workbench: on the preferences' default base. */
	public static ReviewRequest onDefaultBase(String source, PatchSeries series) {
		IPreferenceStore prefs = FaultlineUiPlugin.get().getPreferenceStore();
		boolean repository = Preferences.BASE_REPOSITORY.equals(prefs.getString(Preferences.BASE_KIND))
				&& !prefs.getString(Preferences.BASE_REPOSITORY_PATH).isBlank();
		return new ReviewRequest(source, series, Set.of(),
				repository ? Path.of(prefs.getString(Preferences.BASE_REPOSITORY_PATH)) : null,
				repository ? prefs.getString(Preferences.BASE_REVISION) : null);
	}
}
