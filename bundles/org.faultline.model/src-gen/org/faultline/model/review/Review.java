/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.Trailer;

import org.faultline.model.tree.TreeVersion;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.Review#getId <em>Id</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getPatch <em>Patch</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getAfter <em>After</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getReviewerName <em>Reviewer Name</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getReviewerAddress <em>Reviewer Address</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getGivenTrailers <em>Given Trailers</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getReview()
 * @model
 * @generated
 */
public interface Review extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patch</em>' reference.
	 * @see #setPatch(PatchMail)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Patch()
	 * @model
	 * @generated
	 */
	PatchMail getPatch();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getPatch <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patch</em>' reference.
	 * @see #getPatch()
	 * @generated
	 */
	void setPatch(PatchMail value);

	/**
	 * Returns the value of the '<em><b>Before</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before</em>' reference.
	 * @see #setBefore(TreeVersion)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Before()
	 * @model
	 * @generated
	 */
	TreeVersion getBefore();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getBefore <em>Before</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before</em>' reference.
	 * @see #getBefore()
	 * @generated
	 */
	void setBefore(TreeVersion value);

	/**
	 * Returns the value of the '<em><b>After</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After</em>' reference.
	 * @see #setAfter(TreeVersion)
	 * @see org.faultline.model.review.ReviewPackage#getReview_After()
	 * @model
	 * @generated
	 */
	TreeVersion getAfter();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getAfter <em>After</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After</em>' reference.
	 * @see #getAfter()
	 * @generated
	 */
	void setAfter(TreeVersion value);

	/**
	 * Returns the value of the '<em><b>Reviewer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Name</em>' attribute.
	 * @see #setReviewerName(String)
	 * @see org.faultline.model.review.ReviewPackage#getReview_ReviewerName()
	 * @model
	 * @generated
	 */
	String getReviewerName();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getReviewerName <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Name</em>' attribute.
	 * @see #getReviewerName()
	 * @generated
	 */
	void setReviewerName(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Address</em>' attribute.
	 * @see #setReviewerAddress(String)
	 * @see org.faultline.model.review.ReviewPackage#getReview_ReviewerAddress()
	 * @model
	 * @generated
	 */
	String getReviewerAddress();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getReviewerAddress <em>Reviewer Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Address</em>' attribute.
	 * @see #getReviewerAddress()
	 * @generated
	 */
	void setReviewerAddress(String value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.review.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getReview_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Given Trailers</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.Trailer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trailers the reviewer gives, e.g. Reviewed-by, appended to the reply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Given Trailers</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getReview_GivenTrailers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Trailer> getGivenTrailers();

} // Review
