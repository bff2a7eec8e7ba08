/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A callee called more or less often (ADDED, REMOVED), or now called before other (REORDERED).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CCallChange#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.c.CCallChange#getCallee <em>Callee</em>}</li>
 *   <li>{@link org.faultline.model.c.CCallChange#getOther <em>Other</em>}</li>
 *   <li>{@link org.faultline.model.c.CCallChange#getBeforeCount <em>Before Count</em>}</li>
 *   <li>{@link org.faultline.model.c.CCallChange#getAfterCount <em>After Count</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCCallChange()
 * @model
 * @generated
 */
public interface CCallChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.faultline.model.c.CPackage#getCCallChange_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCallChange#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Callee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callee</em>' attribute.
	 * @see #setCallee(String)
	 * @see org.faultline.model.c.CPackage#getCCallChange_Callee()
	 * @model
	 * @generated
	 */
	String getCallee();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCallChange#getCallee <em>Callee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callee</em>' attribute.
	 * @see #getCallee()
	 * @generated
	 */
	void setCallee(String value);

	/**
	 * Returns the value of the '<em><b>Other</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other</em>' attribute.
	 * @see #setOther(String)
	 * @see org.faultline.model.c.CPackage#getCCallChange_Other()
	 * @model
	 * @generated
	 */
	String getOther();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCallChange#getOther <em>Other</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other</em>' attribute.
	 * @see #getOther()
	 * @generated
	 */
	void setOther(String value);

	/**
	 * Returns the value of the '<em><b>Before Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before Count</em>' attribute.
	 * @see #setBeforeCount(int)
	 * @see org.faultline.model.c.CPackage#getCCallChange_BeforeCount()
	 * @model
	 * @generated
	 */
	int getBeforeCount();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCallChange#getBeforeCount <em>Before Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before Count</em>' attribute.
	 * @see #getBeforeCount()
	 * @generated
	 */
	void setBeforeCount(int value);

	/**
	 * Returns the value of the '<em><b>After Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After Count</em>' attribute.
	 * @see #setAfterCount(int)
	 * @see org.faultline.model.c.CPackage#getCCallChange_AfterCount()
	 * @model
	 * @generated
	 */
	int getAfterCount();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCallChange#getAfterCount <em>After Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After Count</em>' attribute.
	 * @see #getAfterCount()
	 * @generated
	 */
	void setAfterCount(int value);

} // CCallChange
