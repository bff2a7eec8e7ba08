package org.faultline.debug.ui.internal;

import java.util.Objects;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.faultline.debug.sourcelookup.VersionStorage;

/**
 * A version's file as an editor input: read from git, never written. Two versions of one file are two inputs, even
 * when the patch left the file alone, so that lockstep shows each version in its own editor.
 */
public final class VersionStorageInput extends PlatformObject implements IStorageEditorInput {

	private final VersionStorage storage;

	public VersionStorageInput(VersionStorage storage) {
		this.storage = Objects.requireNonNull(storage);
	}

	@Override
	public VersionStorage getStorage() {
		return storage;
	}

	@Override
	public boolean exists() {
		// not kept in the recently opened list: the launch that read it is gone after a restart
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return storage.getName() + " [" + storage.version() + "]";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.Input_tooltip, new Object[] { storage.path(), storage.version(), storage.commit() });
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof VersionStorageInput other && storage.path().equals(other.storage.path())
				&& storage.version().equals(other.storage.version())
				&& Objects.equals(storage.commit(), other.storage.commit());
	}

	@Override
	public int hashCode() {
		return Objects.hash(storage.path(), storage.version(), storage.commit());
	}
}
