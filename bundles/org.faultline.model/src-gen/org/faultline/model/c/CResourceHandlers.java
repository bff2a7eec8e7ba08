/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Handlers</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The fault-path functions that call a resource primitive, before and after.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CResourceHandlers#getResource <em>Resource</em>}</li>
 *   <li>{@link org.faultline.model.c.CResourceHandlers#getCall <em>Call</em>}</li>
 *   <li>{@link org.faultline.model.c.CResourceHandlers#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.c.CResourceHandlers#getAfter <em>After</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCResourceHandlers()
 * @model
 * @generated
 */
public interface CResourceHandlers extends EObject {
	/**
	 * Returns the value of the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' attribute.
	 * @see #setResource(String)
	 * @see org.faultline.model.c.CPackage#getCResourceHandlers_Resource()
	 * @model
	 * @generated
	 */
	String getResource();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CResourceHandlers#getResource <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' attribute.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(String value);

	/**
	 * Returns the value of the '<em><b>Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call</em>' attribute.
	 * @see #setCall(String)
	 * @see org.faultline.model.c.CPackage#getCResourceHandlers_Call()
	 * @model
	 * @generated
	 */
	String getCall();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CResourceHandlers#getCall <em>Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call</em>' attribute.
	 * @see #getCall()
	 * @generated
	 */
	void setCall(String value);

	/**
	 * Returns the value of the '<em><b>Before</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before</em>' attribute list.
	 * @see org.faultline.model.c.CPackage#getCResourceHandlers_Before()
	 * @model
	 * @generated
	 */
	EList<String> getBefore();

	/**
	 * Returns the value of the '<em><b>After</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After</em>' attribute list.
	 * @see org.faultline.model.c.CPackage#getCResourceHandlers_After()
	 * @model
	 * @generated
	 */
	EList<String> getAfter();

} // CResourceHandlers
