/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.faultline.model.c.CPackage;
import org.faultline.model.c.CSignatureChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signature Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.impl.CSignatureChangeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSignatureChangeImpl#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSignatureChangeImpl#getBeforeType <em>Before Type</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSignatureChangeImpl#getAfterType <em>After Type</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSignatureChangeImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSignatureChangeImpl#getCallersUpdated <em>Callers Updated</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSignatureChangeImpl#getCallersNotUpdated <em>Callers Not Updated</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CSignatureChangeImpl extends MinimalEObjectImpl.Container implements CSignatureChange {
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
	 * The default value of the '{@link #getParameter() <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameter() <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter()
	 * @generated
	 * @ordered
	 */
	protected String parameter = PARAMETER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeforeType() <em>Before Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeType()
	 * @generated
	 * @ordered
	 */
	protected static final String BEFORE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeforeType() <em>Before Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeType()
	 * @generated
	 * @ordered
	 */
	protected String beforeType = BEFORE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAfterType() <em>After Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterType()
	 * @generated
	 * @ordered
	 */
	protected static final String AFTER_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAfterType() <em>After Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterType()
	 * @generated
	 * @ordered
	 */
	protected String afterType = AFTER_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final int POSITION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected int position = POSITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCallersUpdated() <em>Callers Updated</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallersUpdated()
	 * @generated
	 * @ordered
	 */
	protected EList<String> callersUpdated;

	/**
	 * The cached value of the '{@link #getCallersNotUpdated() <em>Callers Not Updated</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallersNotUpdated()
	 * @generated
	 * @ordered
	 */
	protected EList<String> callersNotUpdated;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CSignatureChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CPackage.Literals.CSIGNATURE_CHANGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CSIGNATURE_CHANGE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameter() {
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameter(String newParameter) {
		String oldParameter = parameter;
		parameter = newParameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CSIGNATURE_CHANGE__PARAMETER, oldParameter, parameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeforeType() {
		return beforeType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeType(String newBeforeType) {
		String oldBeforeType = beforeType;
		beforeType = newBeforeType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CSIGNATURE_CHANGE__BEFORE_TYPE, oldBeforeType, beforeType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAfterType() {
		return afterType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfterType(String newAfterType) {
		String oldAfterType = afterType;
		afterType = newAfterType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CSIGNATURE_CHANGE__AFTER_TYPE, oldAfterType, afterType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(int newPosition) {
		int oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CSIGNATURE_CHANGE__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCallersUpdated() {
		if (callersUpdated == null) {
			callersUpdated = new EDataTypeUniqueEList<String>(String.class, this, CPackage.CSIGNATURE_CHANGE__CALLERS_UPDATED);
		}
		return callersUpdated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCallersNotUpdated() {
		if (callersNotUpdated == null) {
			callersNotUpdated = new EDataTypeUniqueEList<String>(String.class, this, CPackage.CSIGNATURE_CHANGE__CALLERS_NOT_UPDATED);
		}
		return callersNotUpdated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CPackage.CSIGNATURE_CHANGE__KIND:
				return getKind();
			case CPackage.CSIGNATURE_CHANGE__PARAMETER:
				return getParameter();
			case CPackage.CSIGNATURE_CHANGE__BEFORE_TYPE:
				return getBeforeType();
			case CPackage.CSIGNATURE_CHANGE__AFTER_TYPE:
				return getAfterType();
			case CPackage.CSIGNATURE_CHANGE__POSITION:
				return getPosition();
			case CPackage.CSIGNATURE_CHANGE__CALLERS_UPDATED:
				return getCallersUpdated();
			case CPackage.CSIGNATURE_CHANGE__CALLERS_NOT_UPDATED:
				return getCallersNotUpdated();
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
			case CPackage.CSIGNATURE_CHANGE__KIND:
				setKind((String)newValue);
				return;
			case CPackage.CSIGNATURE_CHANGE__PARAMETER:
				setParameter((String)newValue);
				return;
			case CPackage.CSIGNATURE_CHANGE__BEFORE_TYPE:
				setBeforeType((String)newValue);
				return;
			case CPackage.CSIGNATURE_CHANGE__AFTER_TYPE:
				setAfterType((String)newValue);
				return;
			case CPackage.CSIGNATURE_CHANGE__POSITION:
				setPosition((Integer)newValue);
				return;
			case CPackage.CSIGNATURE_CHANGE__CALLERS_UPDATED:
				getCallersUpdated().clear();
				getCallersUpdated().addAll((Collection<? extends String>)newValue);
				return;
			case CPackage.CSIGNATURE_CHANGE__CALLERS_NOT_UPDATED:
				getCallersNotUpdated().clear();
				getCallersNotUpdated().addAll((Collection<? extends String>)newValue);
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
			case CPackage.CSIGNATURE_CHANGE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CPackage.CSIGNATURE_CHANGE__PARAMETER:
				setParameter(PARAMETER_EDEFAULT);
				return;
			case CPackage.CSIGNATURE_CHANGE__BEFORE_TYPE:
				setBeforeType(BEFORE_TYPE_EDEFAULT);
				return;
			case CPackage.CSIGNATURE_CHANGE__AFTER_TYPE:
				setAfterType(AFTER_TYPE_EDEFAULT);
				return;
			case CPackage.CSIGNATURE_CHANGE__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case CPackage.CSIGNATURE_CHANGE__CALLERS_UPDATED:
				getCallersUpdated().clear();
				return;
			case CPackage.CSIGNATURE_CHANGE__CALLERS_NOT_UPDATED:
				getCallersNotUpdated().clear();
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
			case CPackage.CSIGNATURE_CHANGE__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case CPackage.CSIGNATURE_CHANGE__PARAMETER:
				return PARAMETER_EDEFAULT == null ? parameter != null : !PARAMETER_EDEFAULT.equals(parameter);
			case CPackage.CSIGNATURE_CHANGE__BEFORE_TYPE:
				return BEFORE_TYPE_EDEFAULT == null ? beforeType != null : !BEFORE_TYPE_EDEFAULT.equals(beforeType);
			case CPackage.CSIGNATURE_CHANGE__AFTER_TYPE:
				return AFTER_TYPE_EDEFAULT == null ? afterType != null : !AFTER_TYPE_EDEFAULT.equals(afterType);
			case CPackage.CSIGNATURE_CHANGE__POSITION:
				return position != POSITION_EDEFAULT;
			case CPackage.CSIGNATURE_CHANGE__CALLERS_UPDATED:
				return callersUpdated != null && !callersUpdated.isEmpty();
			case CPackage.CSIGNATURE_CHANGE__CALLERS_NOT_UPDATED:
				return callersNotUpdated != null && !callersNotUpdated.isEmpty();
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
		result.append(", parameter: ");
		result.append(parameter);
		result.append(", beforeType: ");
		result.append(beforeType);
		result.append(", afterType: ");
		result.append(afterType);
		result.append(", position: ");
		result.append(position);
		result.append(", callersUpdated: ");
		result.append(callersUpdated);
		result.append(", callersNotUpdated: ");
		result.append(callersNotUpdated);
		result.append(')');
		return result.toString();
	}

} //CSignatureChangeImpl
