/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The patches of one source (mbox, file, folder) in series order, with the cover letter when there is one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.PatchSeries#getSource <em>Source</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchSeries#getCoverLetter <em>Cover Letter</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchSeries#getPatches <em>Patches</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchSeries#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getPatchSeries()
 * @model
 * @generated
 */
public interface PatchSeries extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the series was read from (a path or a label).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchSeries_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchSeries#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Cover Letter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cover Letter</em>' containment reference.
	 * @see #setCoverLetter(PatchMail)
	 * @see org.faultline.model.patch.PatchPackage#getPatchSeries_CoverLetter()
	 * @model containment="true"
	 * @generated
	 */
	PatchMail getCoverLetter();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchSeries#getCoverLetter <em>Cover Letter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cover Letter</em>' containment reference.
	 * @see #getCoverLetter()
	 * @generated
	 */
	void setCoverLetter(PatchMail value);

	/**
	 * Returns the value of the '<em><b>Patches</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.PatchMail}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patches</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getPatchSeries_Patches()
	 * @model containment="true"
	 * @generated
	 */
	EList<PatchMail> getPatches();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.PatchProblem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getPatchSeries_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<PatchProblem> getProblems();

} // PatchSeries
