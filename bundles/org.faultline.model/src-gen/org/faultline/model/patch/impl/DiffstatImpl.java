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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.DiffstatEntry;
import org.faultline.model.patch.PatchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diffstat</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.DiffstatImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.DiffstatImpl#getFilesChanged <em>Files Changed</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.DiffstatImpl#getInsertions <em>Insertions</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.DiffstatImpl#getDeletions <em>Deletions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiffstatImpl extends MinimalEObjectImpl.Container implements Diffstat {
	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<DiffstatEntry> entries;

	/**
	 * The default value of the '{@link #getFilesChanged() <em>Files Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilesChanged()
	 * @generated
	 * @ordered
	 */
	protected static final int FILES_CHANGED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFilesChanged() <em>Files Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilesChanged()
	 * @generated
	 * @ordered
	 */
	protected int filesChanged = FILES_CHANGED_EDEFAULT;

	/**
	 * The default value of the '{@link #getInsertions() <em>Insertions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsertions()
	 * @generated
	 * @ordered
	 */
	protected static final int INSERTIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInsertions() <em>Insertions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsertions()
	 * @generated
	 * @ordered
	 */
	protected int insertions = INSERTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeletions() <em>Deletions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletions()
	 * @generated
	 * @ordered
	 */
	protected static final int DELETIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeletions() <em>Deletions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletions()
	 * @generated
	 * @ordered
	 */
	protected int deletions = DELETIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiffstatImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.DIFFSTAT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiffstatEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<DiffstatEntry>(DiffstatEntry.class, this, PatchPackage.DIFFSTAT__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFilesChanged() {
		return filesChanged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilesChanged(int newFilesChanged) {
		int oldFilesChanged = filesChanged;
		filesChanged = newFilesChanged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.DIFFSTAT__FILES_CHANGED, oldFilesChanged, filesChanged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInsertions() {
		return insertions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsertions(int newInsertions) {
		int oldInsertions = insertions;
		insertions = newInsertions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.DIFFSTAT__INSERTIONS, oldInsertions, insertions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeletions() {
		return deletions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletions(int newDeletions) {
		int oldDeletions = deletions;
		deletions = newDeletions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.DIFFSTAT__DELETIONS, oldDeletions, deletions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchPackage.DIFFSTAT__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case PatchPackage.DIFFSTAT__ENTRIES:
				return getEntries();
			case PatchPackage.DIFFSTAT__FILES_CHANGED:
				return getFilesChanged();
			case PatchPackage.DIFFSTAT__INSERTIONS:
				return getInsertions();
			case PatchPackage.DIFFSTAT__DELETIONS:
				return getDeletions();
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
			case PatchPackage.DIFFSTAT__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends DiffstatEntry>)newValue);
				return;
			case PatchPackage.DIFFSTAT__FILES_CHANGED:
				setFilesChanged((Integer)newValue);
				return;
			case PatchPackage.DIFFSTAT__INSERTIONS:
				setInsertions((Integer)newValue);
				return;
			case PatchPackage.DIFFSTAT__DELETIONS:
				setDeletions((Integer)newValue);
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
			case PatchPackage.DIFFSTAT__ENTRIES:
				getEntries().clear();
				return;
			case PatchPackage.DIFFSTAT__FILES_CHANGED:
				setFilesChanged(FILES_CHANGED_EDEFAULT);
				return;
			case PatchPackage.DIFFSTAT__INSERTIONS:
				setInsertions(INSERTIONS_EDEFAULT);
				return;
			case PatchPackage.DIFFSTAT__DELETIONS:
				setDeletions(DELETIONS_EDEFAULT);
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
			case PatchPackage.DIFFSTAT__ENTRIES:
				return entries != null && !entries.isEmpty();
			case PatchPackage.DIFFSTAT__FILES_CHANGED:
				return filesChanged != FILES_CHANGED_EDEFAULT;
			case PatchPackage.DIFFSTAT__INSERTIONS:
				return insertions != INSERTIONS_EDEFAULT;
			case PatchPackage.DIFFSTAT__DELETIONS:
				return deletions != DELETIONS_EDEFAULT;
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
		result.append(" (filesChanged: ");
		result.append(filesChanged);
		result.append(", insertions: ");
		result.append(insertions);
		result.append(", deletions: ");
		result.append(deletions);
		result.append(')');
		return result.toString();
	}

} //DiffstatImpl
