/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.faultline.model.c.CCallChange;
import org.faultline.model.c.CPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Call Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.impl.CCallChangeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCallChangeImpl#getCallee <em>Callee</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCallChangeImpl#getOther <em>Other</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCallChangeImpl#getBeforeCount <em>Before Count</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCallChangeImpl#getAfterCount <em>After Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CCallChangeImpl extends MinimalEObjectImpl.Container implements CCallChange {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallee() <em>Callee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallee()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallee() <em>Callee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallee()
	 * @generated
	 * @ordered
	 */
	protected String callee = CALLEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOther() <em>Other</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOther()
	 * @generated
	 * @ordered
	 */
	protected static final String OTHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOther() <em>Other</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOther()
	 * @generated
	 * @ordered
	 */
	protected String other = OTHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeforeCount() <em>Before Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeCount()
	 * @generated
	 * @ordered
	 */
	protected static final int BEFORE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBeforeCount() <em>Before Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeCount()
	 * @generated
	 * @ordered
	 */
	protected int beforeCount = BEFORE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAfterCount() <em>After Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterCount()
	 * @generated
	 * @ordered
	 */
	protected static final int AFTER_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAfterCount() <em>After Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterCount()
	 * @generated
	 * @ordered
	 */
	protected int afterCount = AFTER_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CCallChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CPackage.Literals.CCALL_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCALL_CHANGE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallee() {
		return callee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallee(String newCallee) {
		String oldCallee = callee;
		callee = newCallee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCALL_CHANGE__CALLEE, oldCallee, callee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOther() {
		return other;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOther(String newOther) {
		String oldOther = other;
		other = newOther;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCALL_CHANGE__OTHER, oldOther, other));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBeforeCount() {
		return beforeCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeCount(int newBeforeCount) {
		int oldBeforeCount = beforeCount;
		beforeCount = newBeforeCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCALL_CHANGE__BEFORE_COUNT, oldBeforeCount, beforeCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAfterCount() {
		return afterCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfterCount(int newAfterCount) {
		int oldAfterCount = afterCount;
		afterCount = newAfterCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCALL_CHANGE__AFTER_COUNT, oldAfterCount, afterCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CPackage.CCALL_CHANGE__KIND:
				return getKind();
			case CPackage.CCALL_CHANGE__CALLEE:
				return getCallee();
			case CPackage.CCALL_CHANGE__OTHER:
				return getOther();
			case CPackage.CCALL_CHANGE__BEFORE_COUNT:
				return getBeforeCount();
			case CPackage.CCALL_CHANGE__AFTER_COUNT:
				return getAfterCount();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CPackage.CCALL_CHANGE__KIND:
				setKind((String)newValue);
				return;
			case CPackage.CCALL_CHANGE__CALLEE:
				setCallee((String)newValue);
				return;
			case CPackage.CCALL_CHANGE__OTHER:
				setOther((String)newValue);
				return;
			case CPackage.CCALL_CHANGE__BEFORE_COUNT:
				setBeforeCount((Integer)newValue);
				return;
			case CPackage.CCALL_CHANGE__AFTER_COUNT:
				setAfterCount((Integer)newValue);
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
			case CPackage.CCALL_CHANGE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CPackage.CCALL_CHANGE__CALLEE:
				setCallee(CALLEE_EDEFAULT);
				return;
			case CPackage.CCALL_CHANGE__OTHER:
				setOther(OTHER_EDEFAULT);
				return;
			case CPackage.CCALL_CHANGE__BEFORE_COUNT:
				setBeforeCount(BEFORE_COUNT_EDEFAULT);
				return;
			case CPackage.CCALL_CHANGE__AFTER_COUNT:
				setAfterCount(AFTER_COUNT_EDEFAULT);
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
			case CPackage.CCALL_CHANGE__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case CPackage.CCALL_CHANGE__CALLEE:
				return CALLEE_EDEFAULT == null ? callee != null : !CALLEE_EDEFAULT.equals(callee);
			case CPackage.CCALL_CHANGE__OTHER:
				return OTHER_EDEFAULT == null ? other != null : !OTHER_EDEFAULT.equals(other);
			case CPackage.CCALL_CHANGE__BEFORE_COUNT:
				return beforeCount != BEFORE_COUNT_EDEFAULT;
			case CPackage.CCALL_CHANGE__AFTER_COUNT:
				return afterCount != AFTER_COUNT_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", callee: ");
		result.append(callee);
		result.append(", other: ");
		result.append(other);
		result.append(", beforeCount: ");
		result.append(beforeCount);
		result.append(", afterCount: ");
		result.append(afterCount);
		result.append(')');
		return result.toString();
	}

} //CCallChangeImpl
