/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.patch.ChangeType;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.PatchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File Diff</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getOldPath <em>Old Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getNewPath <em>New Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getChangeType <em>Change Type</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getOldMode <em>Old Mode</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getNewMode <em>New Mode</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#isBinary <em>Binary</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getHunks <em>Hunks</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getOldBlob <em>Old Blob</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getNewBlob <em>New Blob</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.FileDiffImpl#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileDiffImpl extends MinimalEObjectImpl.Container implements FileDiff {
	/**
	 * The default value of the '{@link #getOldPath() <em>Old Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldPath()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldPath() <em>Old Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldPath()
	 * @generated
	 * @ordered
	 */
	protected String oldPath = OLD_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewPath() <em>New Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewPath()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewPath() <em>New Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewPath()
	 * @generated
	 * @ordered
	 */
	protected String newPath = NEW_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangeType() <em>Change Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeType()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeType CHANGE_TYPE_EDEFAULT = ChangeType.MODIFY;

	/**
	 * The cached value of the '{@link #getChangeType() <em>Change Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeType()
	 * @generated
	 * @ordered
	 */
	protected ChangeType changeType = CHANGE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldMode() <em>Old Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldMode()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldMode() <em>Old Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldMode()
	 * @generated
	 * @ordered
	 */
	protected String oldMode = OLD_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewMode() <em>New Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewMode()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewMode() <em>New Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewMode()
	 * @generated
	 * @ordered
	 */
	protected String newMode = NEW_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBinary() <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBinary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BINARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBinary() <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBinary()
	 * @generated
	 * @ordered
	 */
	protected boolean binary = BINARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHunks() <em>Hunks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunks()
	 * @generated
	 * @ordered
	 */
	protected EList<Hunk> hunks;

	/**
	 * The default value of the '{@link #getOldBlob() <em>Old Blob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldBlob()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_BLOB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldBlob() <em>Old Blob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldBlob()
	 * @generated
	 * @ordered
	 */
	protected String oldBlob = OLD_BLOB_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewBlob() <em>New Blob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewBlob()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_BLOB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewBlob() <em>New Blob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewBlob()
	 * @generated
	 * @ordered
	 */
	protected String newBlob = NEW_BLOB_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected static final int SOURCE_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected int sourceLine = SOURCE_LINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileDiffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.FILE_DIFF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldPath() {
		return oldPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldPath(String newOldPath) {
		String oldOldPath = oldPath;
		oldPath = newOldPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__OLD_PATH, oldOldPath, oldPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewPath() {
		return newPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewPath(String newNewPath) {
		String oldNewPath = newPath;
		newPath = newNewPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__NEW_PATH, oldNewPath, newPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeType getChangeType() {
		return changeType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeType(ChangeType newChangeType) {
		ChangeType oldChangeType = changeType;
		changeType = newChangeType == null ? CHANGE_TYPE_EDEFAULT : newChangeType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__CHANGE_TYPE, oldChangeType, changeType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldMode() {
		return oldMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldMode(String newOldMode) {
		String oldOldMode = oldMode;
		oldMode = newOldMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__OLD_MODE, oldOldMode, oldMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewMode() {
		return newMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewMode(String newNewMode) {
		String oldNewMode = newMode;
		newMode = newNewMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__NEW_MODE, oldNewMode, newMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBinary() {
		return binary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBinary(boolean newBinary) {
		boolean oldBinary = binary;
		binary = newBinary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__BINARY, oldBinary, binary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hunk> getHunks() {
		if (hunks == null) {
			hunks = new EObjectContainmentWithInverseEList<Hunk>(Hunk.class, this, PatchPackage.FILE_DIFF__HUNKS, PatchPackage.HUNK__FILE_DIFF);
		}
		return hunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldBlob() {
		return oldBlob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldBlob(String newOldBlob) {
		String oldOldBlob = oldBlob;
		oldBlob = newOldBlob;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__OLD_BLOB, oldOldBlob, oldBlob));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewBlob() {
		return newBlob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewBlob(String newNewBlob) {
		String oldNewBlob = newBlob;
		newBlob = newNewBlob;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__NEW_BLOB, oldNewBlob, newBlob));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSourceLine() {
		return sourceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLine(int newSourceLine) {
		int oldSourceLine = sourceLine;
		sourceLine = newSourceLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.FILE_DIFF__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchPackage.FILE_DIFF__HUNKS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getHunks()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchPackage.FILE_DIFF__HUNKS:
				return ((InternalEList<?>)getHunks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchPackage.FILE_DIFF__OLD_PATH:
				return getOldPath();
			case PatchPackage.FILE_DIFF__NEW_PATH:
				return getNewPath();
			case PatchPackage.FILE_DIFF__CHANGE_TYPE:
				return getChangeType();
			case PatchPackage.FILE_DIFF__OLD_MODE:
				return getOldMode();
			case PatchPackage.FILE_DIFF__NEW_MODE:
				return getNewMode();
			case PatchPackage.FILE_DIFF__BINARY:
				return isBinary();
			case PatchPackage.FILE_DIFF__HUNKS:
				return getHunks();
			case PatchPackage.FILE_DIFF__OLD_BLOB:
				return getOldBlob();
			case PatchPackage.FILE_DIFF__NEW_BLOB:
				return getNewBlob();
			case PatchPackage.FILE_DIFF__SOURCE_LINE:
				return getSourceLine();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PatchPackage.FILE_DIFF__OLD_PATH:
				setOldPath((String)newValue);
				return;
			case PatchPackage.FILE_DIFF__NEW_PATH:
				setNewPath((String)newValue);
				return;
			case PatchPackage.FILE_DIFF__CHANGE_TYPE:
				setChangeType((ChangeType)newValue);
				return;
			case PatchPackage.FILE_DIFF__OLD_MODE:
				setOldMode((String)newValue);
				return;
			case PatchPackage.FILE_DIFF__NEW_MODE:
				setNewMode((String)newValue);
				return;
			case PatchPackage.FILE_DIFF__BINARY:
				setBinary((Boolean)newValue);
				return;
			case PatchPackage.FILE_DIFF__HUNKS:
				getHunks().clear();
				getHunks().addAll((Collection<? extends Hunk>)newValue);
				return;
			case PatchPackage.FILE_DIFF__OLD_BLOB:
				setOldBlob((String)newValue);
				return;
			case PatchPackage.FILE_DIFF__NEW_BLOB:
				setNewBlob((String)newValue);
				return;
			case PatchPackage.FILE_DIFF__SOURCE_LINE:
				setSourceLine((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PatchPackage.FILE_DIFF__OLD_PATH:
				setOldPath(OLD_PATH_EDEFAULT);
				return;
			case PatchPackage.FILE_DIFF__NEW_PATH:
				setNewPath(NEW_PATH_EDEFAULT);
				return;
			case PatchPackage.FILE_DIFF__CHANGE_TYPE:
				setChangeType(CHANGE_TYPE_EDEFAULT);
				return;
			case PatchPackage.FILE_DIFF__OLD_MODE:
				setOldMode(OLD_MODE_EDEFAULT);
				return;
			case PatchPackage.FILE_DIFF__NEW_MODE:
				setNewMode(NEW_MODE_EDEFAULT);
				return;
			case PatchPackage.FILE_DIFF__BINARY:
				setBinary(BINARY_EDEFAULT);
				return;
			case PatchPackage.FILE_DIFF__HUNKS:
				getHunks().clear();
				return;
			case PatchPackage.FILE_DIFF__OLD_BLOB:
				setOldBlob(OLD_BLOB_EDEFAULT);
				return;
			case PatchPackage.FILE_DIFF__NEW_BLOB:
				setNewBlob(NEW_BLOB_EDEFAULT);
				return;
			case PatchPackage.FILE_DIFF__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PatchPackage.FILE_DIFF__OLD_PATH:
				return OLD_PATH_EDEFAULT == null ? oldPath != null : !OLD_PATH_EDEFAULT.equals(oldPath);
			case PatchPackage.FILE_DIFF__NEW_PATH:
				return NEW_PATH_EDEFAULT == null ? newPath != null : !NEW_PATH_EDEFAULT.equals(newPath);
			case PatchPackage.FILE_DIFF__CHANGE_TYPE:
				return changeType != CHANGE_TYPE_EDEFAULT;
			case PatchPackage.FILE_DIFF__OLD_MODE:
				return OLD_MODE_EDEFAULT == null ? oldMode != null : !OLD_MODE_EDEFAULT.equals(oldMode);
			case PatchPackage.FILE_DIFF__NEW_MODE:
				return NEW_MODE_EDEFAULT == null ? newMode != null : !NEW_MODE_EDEFAULT.equals(newMode);
			case PatchPackage.FILE_DIFF__BINARY:
				return binary != BINARY_EDEFAULT;
			case PatchPackage.FILE_DIFF__HUNKS:
				return hunks != null && !hunks.isEmpty();
			case PatchPackage.FILE_DIFF__OLD_BLOB:
				return OLD_BLOB_EDEFAULT == null ? oldBlob != null : !OLD_BLOB_EDEFAULT.equals(oldBlob);
			case PatchPackage.FILE_DIFF__NEW_BLOB:
				return NEW_BLOB_EDEFAULT == null ? newBlob != null : !NEW_BLOB_EDEFAULT.equals(newBlob);
			case PatchPackage.FILE_DIFF__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (oldPath: ");
		result.append(oldPath);
		result.append(", newPath: ");
		result.append(newPath);
		result.append(", changeType: ");
		result.append(changeType);
		result.append(", oldMode: ");
		result.append(oldMode);
		result.append(", newMode: ");
		result.append(newMode);
		result.append(", binary: ");
		result.append(binary);
		result.append(", oldBlob: ");
		result.append(oldBlob);
		result.append(", newBlob: ");
		result.append(newBlob);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(')');
		return result.toString();
	}

} //FileDiffImpl
