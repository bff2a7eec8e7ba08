/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

import org.faultline.model.exec.FindingKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A finding of a scenario run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.FindingTarget#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.faultline.model.review.FindingTarget#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.review.FindingTarget#getFunction <em>Function</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getFindingTarget()
 * @model
 * @generated
 */
public interface FindingTarget extends AnnotationTarget {
	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' attribute.
	 * @see #setScenario(String)
	 * @see org.faultline.model.review.ReviewPackage#getFindingTarget_Scenario()
	 * @model
	 * @generated
	 */
	String getScenario();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.FindingTarget#getScenario <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' attribute.
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.exec.FindingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.faultline.model.exec.FindingKind
	 * @see #setKind(FindingKind)
	 * @see org.faultline.model.review.ReviewPackage#getFindingTarget_Kind()
	 * @model
	 * @generated
	 */
	FindingKind getKind();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.FindingTarget#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.faultline.model.exec.FindingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FindingKind value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.faultline.model.review.ReviewPackage#getFindingTarget_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.FindingTarget#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

} // FindingTarget
