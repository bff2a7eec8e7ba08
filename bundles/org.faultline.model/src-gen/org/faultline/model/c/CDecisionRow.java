/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The path condition under which a callee is reached, before and after (unset when not called).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CDecisionRow#getCallee <em>Callee</em>}</li>
 *   <li>{@link org.faultline.model.c.CDecisionRow#isDefinedInTree <em>Defined In Tree</em>}</li>
 *   <li>{@link org.faultline.model.c.CDecisionRow#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.c.CDecisionRow#getAfter <em>After</em>}</li>
 *   <li>{@link org.faultline.model.c.CDecisionRow#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCDecisionRow()
 * @model
 * @generated
 */
public interface CDecisionRow extends EObject {
	/**
	 * Returns the value of the '<em><b>Callee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callee</em>' attribute.
	 * @see #setCallee(String)
	 * @see org.faultline.model.c.CPackage#getCDecisionRow_Callee()
	 * @model
	 * @generated
	 */
	String getCallee();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CDecisionRow#getCallee <em>Callee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callee</em>' attribute.
	 * @see #getCallee()
	 * @generated
	 */
	void setCallee(String value);

	/**
	 * Returns the value of the '<em><b>Defined In Tree</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Defined In Tree</em>' attribute.
	 * @see #setDefinedInTree(boolean)
	 * @see org.faultline.model.c.CPackage#getCDecisionRow_DefinedInTree()
	 * @model
	 * @generated
	 */
	boolean isDefinedInTree();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CDecisionRow#isDefinedInTree <em>Defined In Tree</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Defined In Tree</em>' attribute.
	 * @see #isDefinedInTree()
	 * @generated
	 */
	void setDefinedInTree(boolean value);

	/**
	 * Returns the value of the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before</em>' attribute.
	 * @see #setBefore(String)
	 * @see org.faultline.model.c.CPackage#getCDecisionRow_Before()
	 * @model
	 * @generated
	 */
	String getBefore();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CDecisionRow#getBefore <em>Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before</em>' attribute.
	 * @see #getBefore()
	 * @generated
	 */
	void setBefore(String value);

	/**
	 * Returns the value of the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After</em>' attribute.
	 * @see #setAfter(String)
	 * @see org.faultline.model.c.CPackage#getCDecisionRow_After()
	 * @model
	 * @generated
	 */
	String getAfter();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CDecisionRow#getAfter <em>After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After</em>' attribute.
	 * @see #getAfter()
	 * @generated
	 */
	void setAfter(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.c.CChangeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.faultline.model.c.CChangeStatus
	 * @see #setStatus(CChangeStatus)
	 * @see org.faultline.model.c.CPackage#getCDecisionRow_Status()
	 * @model
	 * @generated
	 */
	CChangeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CDecisionRow#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.faultline.model.c.CChangeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CChangeStatus value);

} // CDecisionRow
