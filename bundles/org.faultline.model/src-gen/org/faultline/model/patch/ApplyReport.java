/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.faultline.model.tree.TreeVersion;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Apply Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one patch applied onto a base version: each hunk's outcome, the diffstat check and the resulting version.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.ApplyReport#getPatch <em>Patch</em>}</li>
 *   <li>{@link org.faultline.model.patch.ApplyReport#getBase <em>Base</em>}</li>
 *   <li>{@link org.faultline.model.patch.ApplyReport#getResult <em>Result</em>}</li>
 *   <li>{@link org.faultline.model.patch.ApplyReport#isReverse <em>Reverse</em>}</li>
 *   <li>{@link org.faultline.model.patch.ApplyReport#getHunkReports <em>Hunk Reports</em>}</li>
 *   <li>{@link org.faultline.model.patch.ApplyReport#getAppliedDiffstat <em>Applied Diffstat</em>}</li>
 *   <li>{@link org.faultline.model.patch.ApplyReport#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getApplyReport()
 * @model
 * @generated
 */
public interface ApplyReport extends EObject {
	/**
	 * Returns the value of the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patch</em>' reference.
	 * @see #setPatch(PatchMail)
	 * @see org.faultline.model.patch.PatchPackage#getApplyReport_Patch()
	 * @model
	 * @generated
	 */
	PatchMail getPatch();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.ApplyReport#getPatch <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patch</em>' reference.
	 * @see #getPatch()
	 * @generated
	 */
	void setPatch(PatchMail value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' reference.
	 * @see #setBase(TreeVersion)
	 * @see org.faultline.model.patch.PatchPackage#getApplyReport_Base()
	 * @model
	 * @generated
	 */
	TreeVersion getBase();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.ApplyReport#getBase <em>Base</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' reference.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(TreeVersion value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The commit made from the applied patch; unset when applying failed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' reference.
	 * @see #setResult(TreeVersion)
	 * @see org.faultline.model.patch.PatchPackage#getApplyReport_Result()
	 * @model
	 * @generated
	 */
	TreeVersion getResult();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.ApplyReport#getResult <em>Result</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' reference.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(TreeVersion value);

	/**
	 * Returns the value of the '<em><b>Reverse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reverse</em>' attribute.
	 * @see #setReverse(boolean)
	 * @see org.faultline.model.patch.PatchPackage#getApplyReport_Reverse()
	 * @model
	 * @generated
	 */
	boolean isReverse();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.ApplyReport#isReverse <em>Reverse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reverse</em>' attribute.
	 * @see #isReverse()
	 * @generated
	 */
	void setReverse(boolean value);

	/**
	 * Returns the value of the '<em><b>Hunk Reports</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.HunkReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hunk Reports</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getApplyReport_HunkReports()
	 * @model containment="true"
	 * @generated
	 */
	EList<HunkReport> getHunkReports();

	/**
	 * Returns the value of the '<em><b>Applied Diffstat</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applied Diffstat</em>' containment reference.
	 * @see #setAppliedDiffstat(Diffstat)
	 * @see org.faultline.model.patch.PatchPackage#getApplyReport_AppliedDiffstat()
	 * @model containment="true"
	 * @generated
	 */
	Diffstat getAppliedDiffstat();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.ApplyReport#getAppliedDiffstat <em>Applied Diffstat</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applied Diffstat</em>' containment reference.
	 * @see #getAppliedDiffstat()
	 * @generated
	 */
	void setAppliedDiffstat(Diffstat value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.PatchProblem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getApplyReport_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<PatchProblem> getProblems();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isSuccess();

} // ApplyReport
