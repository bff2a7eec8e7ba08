/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.impl;

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

import org.faultline.model.c.CCallChange;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.c.CContractChange;
import org.faultline.model.c.CDecisionRow;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.COwnershipChange;
import org.faultline.model.c.CPackage;
import org.faultline.model.c.CSignatureChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Function Diff</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getBeforeFile <em>Before File</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getBeforeLine <em>Before Line</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getAfterFile <em>After File</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getAfterLine <em>After Line</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getSignatureChanges <em>Signature Changes</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getContractChanges <em>Contract Changes</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getDecisionRows <em>Decision Rows</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getCallChanges <em>Call Changes</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CFunctionDiffImpl#getOwnershipChanges <em>Ownership Changes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CFunctionDiffImpl extends MinimalEObjectImpl.Container implements CFunctionDiff {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CChangeStatus STATUS_EDEFAULT = CChangeStatus.ADDED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CChangeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeforeFile() <em>Before File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeFile()
	 * @generated
	 * @ordered
	 */
	protected static final String BEFORE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeforeFile() <em>Before File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeFile()
	 * @generated
	 * @ordered
	 */
	protected String beforeFile = BEFORE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeforeLine() <em>Before Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeLine()
	 * @generated
	 * @ordered
	 */
	protected static final int BEFORE_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBeforeLine() <em>Before Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeLine()
	 * @generated
	 * @ordered
	 */
	protected int beforeLine = BEFORE_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAfterFile() <em>After File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterFile()
	 * @generated
	 * @ordered
	 */
	protected static final String AFTER_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAfterFile() <em>After File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterFile()
	 * @generated
	 * @ordered
	 */
	protected String afterFile = AFTER_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAfterLine() <em>After Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterLine()
	 * @generated
	 * @ordered
	 */
	protected static final int AFTER_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAfterLine() <em>After Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterLine()
	 * @generated
	 * @ordered
	 */
	protected int afterLine = AFTER_LINE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignatureChanges() <em>Signature Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<CSignatureChange> signatureChanges;

	/**
	 * The cached value of the '{@link #getContractChanges() <em>Contract Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<CContractChange> contractChanges;

	/**
	 * The cached value of the '{@link #getDecisionRows() <em>Decision Rows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionRows()
	 * @generated
	 * @ordered
	 */
	protected EList<CDecisionRow> decisionRows;

	/**
	 * The cached value of the '{@link #getCallChanges() <em>Call Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<CCallChange> callChanges;

	/**
	 * The cached value of the '{@link #getOwnershipChanges() <em>Ownership Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnershipChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<COwnershipChange> ownershipChanges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CFunctionDiffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CPackage.Literals.CFUNCTION_DIFF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION_DIFF__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CChangeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CChangeStatus newStatus) {
		CChangeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION_DIFF__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeforeFile() {
		return beforeFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeFile(String newBeforeFile) {
		String oldBeforeFile = beforeFile;
		beforeFile = newBeforeFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION_DIFF__BEFORE_FILE, oldBeforeFile, beforeFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBeforeLine() {
		return beforeLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeLine(int newBeforeLine) {
		int oldBeforeLine = beforeLine;
		beforeLine = newBeforeLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION_DIFF__BEFORE_LINE, oldBeforeLine, beforeLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAfterFile() {
		return afterFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfterFile(String newAfterFile) {
		String oldAfterFile = afterFile;
		afterFile = newAfterFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION_DIFF__AFTER_FILE, oldAfterFile, afterFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAfterLine() {
		return afterLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfterLine(int newAfterLine) {
		int oldAfterLine = afterLine;
		afterLine = newAfterLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CFUNCTION_DIFF__AFTER_LINE, oldAfterLine, afterLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CSignatureChange> getSignatureChanges() {
		if (signatureChanges == null) {
			signatureChanges = new EObjectContainmentEList<CSignatureChange>(CSignatureChange.class, this, CPackage.CFUNCTION_DIFF__SIGNATURE_CHANGES);
		}
		return signatureChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CContractChange> getContractChanges() {
		if (contractChanges == null) {
			contractChanges = new EObjectContainmentEList<CContractChange>(CContractChange.class, this, CPackage.CFUNCTION_DIFF__CONTRACT_CHANGES);
		}
		return contractChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CDecisionRow> getDecisionRows() {
		if (decisionRows == null) {
			decisionRows = new EObjectContainmentEList<CDecisionRow>(CDecisionRow.class, this, CPackage.CFUNCTION_DIFF__DECISION_ROWS);
		}
		return decisionRows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CCallChange> getCallChanges() {
		if (callChanges == null) {
			callChanges = new EObjectContainmentEList<CCallChange>(CCallChange.class, this, CPackage.CFUNCTION_DIFF__CALL_CHANGES);
		}
		return callChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<COwnershipChange> getOwnershipChanges() {
		if (ownershipChanges == null) {
			ownershipChanges = new EObjectContainmentEList<COwnershipChange>(COwnershipChange.class, this, CPackage.CFUNCTION_DIFF__OWNERSHIP_CHANGES);
		}
		return ownershipChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CPackage.CFUNCTION_DIFF__SIGNATURE_CHANGES:
				return ((InternalEList<?>)getSignatureChanges()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION_DIFF__CONTRACT_CHANGES:
				return ((InternalEList<?>)getContractChanges()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION_DIFF__DECISION_ROWS:
				return ((InternalEList<?>)getDecisionRows()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION_DIFF__CALL_CHANGES:
				return ((InternalEList<?>)getCallChanges()).basicRemove(otherEnd, msgs);
			case CPackage.CFUNCTION_DIFF__OWNERSHIP_CHANGES:
				return ((InternalEList<?>)getOwnershipChanges()).basicRemove(otherEnd, msgs);
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
			case CPackage.CFUNCTION_DIFF__NAME:
				return getName();
			case CPackage.CFUNCTION_DIFF__STATUS:
				return getStatus();
			case CPackage.CFUNCTION_DIFF__BEFORE_FILE:
				return getBeforeFile();
			case CPackage.CFUNCTION_DIFF__BEFORE_LINE:
				return getBeforeLine();
			case CPackage.CFUNCTION_DIFF__AFTER_FILE:
				return getAfterFile();
			case CPackage.CFUNCTION_DIFF__AFTER_LINE:
				return getAfterLine();
			case CPackage.CFUNCTION_DIFF__SIGNATURE_CHANGES:
				return getSignatureChanges();
			case CPackage.CFUNCTION_DIFF__CONTRACT_CHANGES:
				return getContractChanges();
			case CPackage.CFUNCTION_DIFF__DECISION_ROWS:
				return getDecisionRows();
			case CPackage.CFUNCTION_DIFF__CALL_CHANGES:
				return getCallChanges();
			case CPackage.CFUNCTION_DIFF__OWNERSHIP_CHANGES:
				return getOwnershipChanges();
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
			case CPackage.CFUNCTION_DIFF__NAME:
				setName((String)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__STATUS:
				setStatus((CChangeStatus)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__BEFORE_FILE:
				setBeforeFile((String)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__BEFORE_LINE:
				setBeforeLine((Integer)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__AFTER_FILE:
				setAfterFile((String)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__AFTER_LINE:
				setAfterLine((Integer)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__SIGNATURE_CHANGES:
				getSignatureChanges().clear();
				getSignatureChanges().addAll((Collection<? extends CSignatureChange>)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__CONTRACT_CHANGES:
				getContractChanges().clear();
				getContractChanges().addAll((Collection<? extends CContractChange>)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__DECISION_ROWS:
				getDecisionRows().clear();
				getDecisionRows().addAll((Collection<? extends CDecisionRow>)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__CALL_CHANGES:
				getCallChanges().clear();
				getCallChanges().addAll((Collection<? extends CCallChange>)newValue);
				return;
			case CPackage.CFUNCTION_DIFF__OWNERSHIP_CHANGES:
				getOwnershipChanges().clear();
				getOwnershipChanges().addAll((Collection<? extends COwnershipChange>)newValue);
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
			case CPackage.CFUNCTION_DIFF__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CPackage.CFUNCTION_DIFF__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CPackage.CFUNCTION_DIFF__BEFORE_FILE:
				setBeforeFile(BEFORE_FILE_EDEFAULT);
				return;
			case CPackage.CFUNCTION_DIFF__BEFORE_LINE:
				setBeforeLine(BEFORE_LINE_EDEFAULT);
				return;
			case CPackage.CFUNCTION_DIFF__AFTER_FILE:
				setAfterFile(AFTER_FILE_EDEFAULT);
				return;
			case CPackage.CFUNCTION_DIFF__AFTER_LINE:
				setAfterLine(AFTER_LINE_EDEFAULT);
				return;
			case CPackage.CFUNCTION_DIFF__SIGNATURE_CHANGES:
				getSignatureChanges().clear();
				return;
			case CPackage.CFUNCTION_DIFF__CONTRACT_CHANGES:
				getContractChanges().clear();
				return;
			case CPackage.CFUNCTION_DIFF__DECISION_ROWS:
				getDecisionRows().clear();
				return;
			case CPackage.CFUNCTION_DIFF__CALL_CHANGES:
				getCallChanges().clear();
				return;
			case CPackage.CFUNCTION_DIFF__OWNERSHIP_CHANGES:
				getOwnershipChanges().clear();
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
			case CPackage.CFUNCTION_DIFF__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CPackage.CFUNCTION_DIFF__STATUS:
				return status != STATUS_EDEFAULT;
			case CPackage.CFUNCTION_DIFF__BEFORE_FILE:
				return BEFORE_FILE_EDEFAULT == null ? beforeFile != null : !BEFORE_FILE_EDEFAULT.equals(beforeFile);
			case CPackage.CFUNCTION_DIFF__BEFORE_LINE:
				return beforeLine != BEFORE_LINE_EDEFAULT;
			case CPackage.CFUNCTION_DIFF__AFTER_FILE:
				return AFTER_FILE_EDEFAULT == null ? afterFile != null : !AFTER_FILE_EDEFAULT.equals(afterFile);
			case CPackage.CFUNCTION_DIFF__AFTER_LINE:
				return afterLine != AFTER_LINE_EDEFAULT;
			case CPackage.CFUNCTION_DIFF__SIGNATURE_CHANGES:
				return signatureChanges != null && !signatureChanges.isEmpty();
			case CPackage.CFUNCTION_DIFF__CONTRACT_CHANGES:
				return contractChanges != null && !contractChanges.isEmpty();
			case CPackage.CFUNCTION_DIFF__DECISION_ROWS:
				return decisionRows != null && !decisionRows.isEmpty();
			case CPackage.CFUNCTION_DIFF__CALL_CHANGES:
				return callChanges != null && !callChanges.isEmpty();
			case CPackage.CFUNCTION_DIFF__OWNERSHIP_CHANGES:
				return ownershipChanges != null && !ownershipChanges.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", status: ");
		result.append(status);
		result.append(", beforeFile: ");
		result.append(beforeFile);
		result.append(", beforeLine: ");
		result.append(beforeLine);
		result.append(", afterFile: ");
		result.append(afterFile);
		result.append(", afterLine: ");
		result.append(afterLine);
		result.append(')');
		return result.toString();
	}

} //CFunctionDiffImpl
