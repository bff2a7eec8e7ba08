/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signature Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A parameter added, removed or retyped, or the return type changed; with the callers whose calls fit the new signature.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CSignatureChange#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.c.CSignatureChange#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.faultline.model.c.CSignatureChange#getBeforeType <em>Before Type</em>}</li>
 *   <li>{@link org.faultline.model.c.CSignatureChange#getAfterType <em>After Type</em>}</li>
 *   <li>{@link org.faultline.model.c.CSignatureChange#getPosition <em>Position</em>}</li>
 *   <li>{@link org.faultline.model.c.CSignatureChange#getCallersUpdated <em>Callers Updated</em>}</li>
 *   <li>{@link org.faultline.model.c.CSignatureChange#getCallersNotUpdated <em>Callers Not Updated</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCSignatureChange()
 * @model
 * @generated
 */
public interface CSignatureChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.faultline.model.c.CPackage#getCSignatureChange_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CSignatureChange#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.faultline.model.c.CPackage#getCSignatureChange_Parameter()
	 * @model
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CSignatureChange#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

	/**
	 * Returns the value of the '<em><b>Before Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before Type</em>' attribute.
	 * @see #setBeforeType(String)
	 * @see org.faultline.model.c.CPackage#getCSignatureChange_BeforeType()
	 * @model
	 * @generated
	 */
	String getBeforeType();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CSignatureChange#getBeforeType <em>Before Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before Type</em>' attribute.
	 * @see #getBeforeType()
	 * @generated
	 */
	void setBeforeType(String value);

	/**
	 * Returns the value of the '<em><b>After Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After Type</em>' attribute.
	 * @see #setAfterType(String)
	 * @see org.faultline.model.c.CPackage#getCSignatureChange_AfterType()
	 * @model
	 * @generated
	 */
	String getAfterType();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CSignatureChange#getAfterType <em>After Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After Type</em>' attribute.
	 * @see #getAfterType()
	 * @generated
	 */
	void setAfterType(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(int)
	 * @see org.faultline.model.c.CPackage#getCSignatureChange_Position()
	 * @model
	 * @generated
	 */
	int getPosition();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CSignatureChange#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(int value);

	/**
	 * Returns the value of the '<em><b>Callers Updated</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callers Updated</em>' attribute list.
	 * @see org.faultline.model.c.CPackage#getCSignatureChange_CallersUpdated()
	 * @model
	 * @generated
	 */
	EList<String> getCallersUpdated();

	/**
	 * Returns the value of the '<em><b>Callers Not Updated</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callers Not Updated</em>' attribute list.
	 * @see org.faultline.model.c.CPackage#getCSignatureChange_CallersNotUpdated()
	 * @model
	 * @generated
	 */
	EList<String> getCallersNotUpdated();

} // CSignatureChange
