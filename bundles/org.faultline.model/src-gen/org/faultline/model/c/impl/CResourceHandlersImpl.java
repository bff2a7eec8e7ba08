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
import org.faultline.model.c.CResourceHandlers;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Handlers</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.impl.CResourceHandlersImpl#getResource <em>Resource</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CResourceHandlersImpl#getCall <em>Call</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CResourceHandlersImpl#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CResourceHandlersImpl#getAfter <em>After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CResourceHandlersImpl extends MinimalEObjectImpl.Container implements CResourceHandlers {
	/**
	 * The default value of the '{@link #getResource() <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResource() <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected String resource = RESOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCall() <em>Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCall()
	 * @generated
	 * @ordered
	 */
	protected static final String CALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCall() <em>Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCall()
	 * @generated
	 * @ordered
	 */
	protected String call = CALL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBefore() <em>Before</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBefore()
	 * @generated
	 * @ordered
	 */
	protected EList<String> before;

	/**
	 * The cached value of the '{@link #getAfter() <em>After</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfter()
	 * @generated
	 * @ordered
	 */
	protected EList<String> after;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CResourceHandlersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CPackage.Literals.CRESOURCE_HANDLERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResource() {
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResource(String newResource) {
		String oldResource = resource;
		resource = newResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CRESOURCE_HANDLERS__RESOURCE, oldResource, resource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCall() {
		return call;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCall(String newCall) {
		String oldCall = call;
		call = newCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CRESOURCE_HANDLERS__CALL, oldCall, call));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBefore() {
		if (before == null) {
			before = new EDataTypeUniqueEList<String>(String.class, this, CPackage.CRESOURCE_HANDLERS__BEFORE);
		}
		return before;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAfter() {
		if (after == null) {
			after = new EDataTypeUniqueEList<String>(String.class, this, CPackage.CRESOURCE_HANDLERS__AFTER);
		}
		return after;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CPackage.CRESOURCE_HANDLERS__RESOURCE:
				return getResource();
			case CPackage.CRESOURCE_HANDLERS__CALL:
				return getCall();
			case CPackage.CRESOURCE_HANDLERS__BEFORE:
				return getBefore();
			case CPackage.CRESOURCE_HANDLERS__AFTER:
				return getAfter();
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
			case CPackage.CRESOURCE_HANDLERS__RESOURCE:
				setResource((String)newValue);
				return;
			case CPackage.CRESOURCE_HANDLERS__CALL:
				setCall((String)newValue);
				return;
			case CPackage.CRESOURCE_HANDLERS__BEFORE:
				getBefore().clear();
				getBefore().addAll((Collection<? extends String>)newValue);
				return;
			case CPackage.CRESOURCE_HANDLERS__AFTER:
				getAfter().clear();
				getAfter().addAll((Collection<? extends String>)newValue);
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
			case CPackage.CRESOURCE_HANDLERS__RESOURCE:
				setResource(RESOURCE_EDEFAULT);
				return;
			case CPackage.CRESOURCE_HANDLERS__CALL:
				setCall(CALL_EDEFAULT);
				return;
			case CPackage.CRESOURCE_HANDLERS__BEFORE:
				getBefore().clear();
				return;
			case CPackage.CRESOURCE_HANDLERS__AFTER:
				getAfter().clear();
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
			case CPackage.CRESOURCE_HANDLERS__RESOURCE:
				return RESOURCE_EDEFAULT == null ? resource != null : !RESOURCE_EDEFAULT.equals(resource);
			case CPackage.CRESOURCE_HANDLERS__CALL:
				return CALL_EDEFAULT == null ? call != null : !CALL_EDEFAULT.equals(call);
			case CPackage.CRESOURCE_HANDLERS__BEFORE:
				return before != null && !before.isEmpty();
			case CPackage.CRESOURCE_HANDLERS__AFTER:
				return after != null && !after.isEmpty();
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
		result.append(" (resource: ");
		result.append(resource);
		result.append(", call: ");
		result.append(call);
		result.append(", before: ");
		result.append(before);
		result.append(", after: ");
		result.append(after);
		result.append(')');
		return result.toString();
	}

} //CResourceHandlersImpl
