package org.faultline.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewStore;
import org.faultline.ui.FaultlineUi;
import org.osgi.framework.BundleContext;

/**
 * The UI bundle's activator: its preferences, and what the workbench shares between reviews: the embedded modelled
 * tree (built once, in memory) and the store for its reviews under the workspace's state location.
 */
public final class FaultlineUiPlugin extends AbstractUIPlugin {

	private static FaultlineUiPlugin instance;

	private ReviewBase modelledTree;

	private ReviewStore modelledTreeReviews;

	public static FaultlineUiPlugin get() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		synchronized (this) {
			if (modelledTree != null)
				modelledTree.close();
			if (modelledTreeReviews != null)
				modelledTreeReviews.close();
		}
		instance = null;
		super.stop(context);
	}

	/** The embedded modelled mm tree, shared by every review on it; closed when the bundle stops. */
	public synchronized ReviewBase modelledTree() throws ReviewException {
		if (modelledTree == null)
			modelledTree = ReviewBase.modelledTree();
		return modelledTree;
	}

	/** Where reviews of the modelled tree are kept: {@code reviews.git} in this bundle's workspace state location. */
	public synchronized ReviewStore modelledTreeReviews() throws ReviewException {
		if (modelledTreeReviews == null)
			modelledTreeReviews = ReviewStore.at(getStateLocation().toPath().resolve("reviews.git"));
		return modelledTreeReviews;
	}

	/** The reviewer as the preferences name them. */
	public PersonIdent reviewer() {
		return new PersonIdent(getPreferenceStore().getString(Preferences.REVIEWER_NAME),
				getPreferenceStore().getString(Preferences.REVIEWER_ADDRESS));
	}

	public static IStatus error(String message, Throwable cause) {
		return new Status(IStatus.ERROR, FaultlineUi.PLUGIN_ID, message, cause);
	}
}
