/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Function Diff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What changed in one function; lines are 0 on a side where it does not exist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getName <em>Name</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getStatus <em>Status</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getBeforeFile <em>Before File</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getBeforeLine <em>Before Line</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getAfterFile <em>After File</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getAfterLine <em>After Line</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getSignatureChanges <em>Signature Changes</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getContractChanges <em>Contract Changes</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getDecisionRows <em>Decision Rows</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getCallChanges <em>Call Changes</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunctionDiff#getOwnershipChanges <em>Ownership Changes</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCFunctionDiff()
 * @model
 * @generated
 */
public interface CFunctionDiff extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunctionDiff#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.c.CChangeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.faultline.model.c.CChangeStatus
	 * @see #setStatus(CChangeStatus)
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_Status()
	 * @model
	 * @generated
	 */
	CChangeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunctionDiff#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.faultline.model.c.CChangeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CChangeStatus value);

	/**
	 * Returns the value of the '<em><b>Before File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before File</em>' attribute.
	 * @see #setBeforeFile(String)
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_BeforeFile()
	 * @model
	 * @generated
	 */
	String getBeforeFile();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunctionDiff#getBeforeFile <em>Before File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before File</em>' attribute.
	 * @see #getBeforeFile()
	 * @generated
	 */
	void setBeforeFile(String value);

	/**
	 * Returns the value of the '<em><b>Before Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before Line</em>' attribute.
	 * @see #setBeforeLine(int)
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_BeforeLine()
	 * @model
	 * @generated
	 */
	int getBeforeLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunctionDiff#getBeforeLine <em>Before Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before Line</em>' attribute.
	 * @see #getBeforeLine()
	 * @generated
	 */
	void setBeforeLine(int value);

	/**
	 * Returns the value of the '<em><b>After File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After File</em>' attribute.
	 * @see #setAfterFile(String)
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_AfterFile()
	 * @model
	 * @generated
	 */
	String getAfterFile();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunctionDiff#getAfterFile <em>After File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After File</em>' attribute.
	 * @see #getAfterFile()
	 * @generated
	 */
	void setAfterFile(String value);

	/**
	 * Returns the value of the '<em><b>After Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After Line</em>' attribute.
	 * @see #setAfterLine(int)
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_AfterLine()
	 * @model
	 * @generated
	 */
	int getAfterLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunctionDiff#getAfterLine <em>After Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After Line</em>' attribute.
	 * @see #getAfterLine()
	 * @generated
	 */
	void setAfterLine(int value);

	/**
	 * Returns the value of the '<em><b>Signature Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CSignatureChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature Changes</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_SignatureChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<CSignatureChange> getSignatureChanges();

	/**
	 * Returns the value of the '<em><b>Contract Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CContractChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contract Changes</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_ContractChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<CContractChange> getContractChanges();

	/**
	 * Returns the value of the '<em><b>Decision Rows</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CDecisionRow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Rows</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_DecisionRows()
	 * @model containment="true"
	 * @generated
	 */
	EList<CDecisionRow> getDecisionRows();

	/**
	 * Returns the value of the '<em><b>Call Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CCallChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Changes</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_CallChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<CCallChange> getCallChanges();

	/**
	 * Returns the value of the '<em><b>Ownership Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.COwnershipChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ownership Changes</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunctionDiff_OwnershipChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<COwnershipChange> getOwnershipChanges();

} // CFunctionDiff
