/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an annotation is pinned to, by names and numbers that stay meaningful after saving, reopening and a new revision of the patch.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.AnnotationTarget#getSide <em>Side</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getAnnotationTarget()
 * @model abstract="true"
 * @generated
 */
public interface AnnotationTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Side</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.review.Side}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Side</em>' attribute.
	 * @see org.faultline.model.review.Side
	 * @see #setSide(Side)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotationTarget_Side()
	 * @model
	 * @generated
	 */
	Side getSide();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.AnnotationTarget#getSide <em>Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side</em>' attribute.
	 * @see org.faultline.model.review.Side
	 * @see #getSide()
	 * @generated
	 */
	void setSide(Side value);

} // AnnotationTarget
