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
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.PatchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hunk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.HunkImpl#getFileDiff <em>File Diff</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkImpl#getOldStart <em>Old Start</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkImpl#getOldCount <em>Old Count</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkImpl#getNewStart <em>New Start</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkImpl#getNewCount <em>New Count</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkImpl#getSection <em>Section</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkImpl#getLines <em>Lines</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkImpl#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HunkImpl extends MinimalEObjectImpl.Container implements Hunk {
	/**
	 * The default value of the '{@link #getOldStart() <em>Old Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldStart()
	 * @generated
	 * @ordered
	 */
	protected static final int OLD_START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOldStart() <em>Old Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldStart()
	 * @generated
	 * @ordered
	 */
	protected int oldStart = OLD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldCount() <em>Old Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldCount()
	 * @generated
	 * @ordered
	 */
	protected static final int OLD_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOldCount() <em>Old Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldCount()
	 * @generated
	 * @ordered
	 */
	protected int oldCount = OLD_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewStart() <em>New Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewStart()
	 * @generated
	 * @ordered
	 */
	protected static final int NEW_START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNewStart() <em>New Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewStart()
	 * @generated
	 * @ordered
	 */
	protected int newStart = NEW_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewCount() <em>New Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewCount()
	 * @generated
	 * @ordered
	 */
	protected static final int NEW_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNewCount() <em>New Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewCount()
	 * @generated
	 * @ordered
	 */
	protected int newCount = NEW_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSection() <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSection()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSection() <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSection()
	 * @generated
	 * @ordered
	 */
	protected String section = SECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<HunkLine> lines;

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
	protected HunkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.HUNK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileDiff getFileDiff() {
		if (eContainerFeatureID() != PatchPackage.HUNK__FILE_DIFF) return null;
		return (FileDiff)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFileDiff(FileDiff newFileDiff, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newFileDiff, PatchPackage.HUNK__FILE_DIFF, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileDiff(FileDiff newFileDiff) {
		if (newFileDiff != eInternalContainer() || (eContainerFeatureID() != PatchPackage.HUNK__FILE_DIFF && newFileDiff != null)) {
			if (EcoreUtil.isAncestor(this, newFileDiff))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newFileDiff != null)
				msgs = ((InternalEObject)newFileDiff).eInverseAdd(this, PatchPackage.FILE_DIFF__HUNKS, FileDiff.class, msgs);
			msgs = basicSetFileDiff(newFileDiff, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK__FILE_DIFF, newFileDiff, newFileDiff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOldStart() {
		return oldStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldStart(int newOldStart) {
		int oldOldStart = oldStart;
		oldStart = newOldStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK__OLD_START, oldOldStart, oldStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOldCount() {
		return oldCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldCount(int newOldCount) {
		int oldOldCount = oldCount;
		oldCount = newOldCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK__OLD_COUNT, oldOldCount, oldCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNewStart() {
		return newStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewStart(int newNewStart) {
		int oldNewStart = newStart;
		newStart = newNewStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK__NEW_START, oldNewStart, newStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNewCount() {
		return newCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewCount(int newNewCount) {
		int oldNewCount = newCount;
		newCount = newNewCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK__NEW_COUNT, oldNewCount, newCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSection() {
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSection(String newSection) {
		String oldSection = section;
		section = newSection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK__SECTION, oldSection, section));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HunkLine> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList<HunkLine>(HunkLine.class, this, PatchPackage.HUNK__LINES);
		}
		return lines;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchPackage.HUNK__FILE_DIFF:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetFileDiff((FileDiff)otherEnd, msgs);
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
			case PatchPackage.HUNK__FILE_DIFF:
				return basicSetFileDiff(null, msgs);
			case PatchPackage.HUNK__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case PatchPackage.HUNK__FILE_DIFF:
				return eInternalContainer().eInverseRemove(this, PatchPackage.FILE_DIFF__HUNKS, FileDiff.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchPackage.HUNK__FILE_DIFF:
				return getFileDiff();
			case PatchPackage.HUNK__OLD_START:
				return getOldStart();
			case PatchPackage.HUNK__OLD_COUNT:
				return getOldCount();
			case PatchPackage.HUNK__NEW_START:
				return getNewStart();
			case PatchPackage.HUNK__NEW_COUNT:
				return getNewCount();
			case PatchPackage.HUNK__SECTION:
				return getSection();
			case PatchPackage.HUNK__LINES:
				return getLines();
			case PatchPackage.HUNK__SOURCE_LINE:
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
			case PatchPackage.HUNK__FILE_DIFF:
				setFileDiff((FileDiff)newValue);
				return;
			case PatchPackage.HUNK__OLD_START:
				setOldStart((Integer)newValue);
				return;
			case PatchPackage.HUNK__OLD_COUNT:
				setOldCount((Integer)newValue);
				return;
			case PatchPackage.HUNK__NEW_START:
				setNewStart((Integer)newValue);
				return;
			case PatchPackage.HUNK__NEW_COUNT:
				setNewCount((Integer)newValue);
				return;
			case PatchPackage.HUNK__SECTION:
				setSection((String)newValue);
				return;
			case PatchPackage.HUNK__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends HunkLine>)newValue);
				return;
			case PatchPackage.HUNK__SOURCE_LINE:
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
			case PatchPackage.HUNK__FILE_DIFF:
				setFileDiff((FileDiff)null);
				return;
			case PatchPackage.HUNK__OLD_START:
				setOldStart(OLD_START_EDEFAULT);
				return;
			case PatchPackage.HUNK__OLD_COUNT:
				setOldCount(OLD_COUNT_EDEFAULT);
				return;
			case PatchPackage.HUNK__NEW_START:
				setNewStart(NEW_START_EDEFAULT);
				return;
			case PatchPackage.HUNK__NEW_COUNT:
				setNewCount(NEW_COUNT_EDEFAULT);
				return;
			case PatchPackage.HUNK__SECTION:
				setSection(SECTION_EDEFAULT);
				return;
			case PatchPackage.HUNK__LINES:
				getLines().clear();
				return;
			case PatchPackage.HUNK__SOURCE_LINE:
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
			case PatchPackage.HUNK__FILE_DIFF:
				return getFileDiff() != null;
			case PatchPackage.HUNK__OLD_START:
				return oldStart != OLD_START_EDEFAULT;
			case PatchPackage.HUNK__OLD_COUNT:
				return oldCount != OLD_COUNT_EDEFAULT;
			case PatchPackage.HUNK__NEW_START:
				return newStart != NEW_START_EDEFAULT;
			case PatchPackage.HUNK__NEW_COUNT:
				return newCount != NEW_COUNT_EDEFAULT;
			case PatchPackage.HUNK__SECTION:
				return SECTION_EDEFAULT == null ? section != null : !SECTION_EDEFAULT.equals(section);
			case PatchPackage.HUNK__LINES:
				return lines != null && !lines.isEmpty();
			case PatchPackage.HUNK__SOURCE_LINE:
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
		result.append(" (oldStart: ");
		result.append(oldStart);
		result.append(", oldCount: ");
		result.append(oldCount);
		result.append(", newStart: ");
		result.append(newStart);
		result.append(", newCount: ");
		result.append(newCount);
		result.append(", section: ");
		result.append(section);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(')');
		return result.toString();
	}

} //HunkImpl
