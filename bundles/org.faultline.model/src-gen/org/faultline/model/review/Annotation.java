/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reviewer's comment pinned to something of the review, with its replies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.Annotation#getId <em>Id</em>}</li>
 *   <li>{@link org.faultline.model.review.Annotation#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.faultline.model.review.Annotation#getCreated <em>Created</em>}</li>
 *   <li>{@link org.faultline.model.review.Annotation#getText <em>Text</em>}</li>
 *   <li>{@link org.faultline.model.review.Annotation#isDraft <em>Draft</em>}</li>
 *   <li>{@link org.faultline.model.review.Annotation#getTarget <em>Target</em>}</li>
 *   <li>{@link org.faultline.model.review.Annotation#getReplies <em>Replies</em>}</li>
 *   <li>{@link org.faultline.model.review.Annotation#isOrphaned <em>Orphaned</em>}</li>
 *   <li>{@link org.faultline.model.review.Annotation#getOrphanReason <em>Orphan Reason</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getAnnotation()
 * @model
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Annotation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Annotation#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Annotation#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Annotation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Draft</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not yet sent: a reply mail leaves drafts out unless asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Draft</em>' attribute.
	 * @see #setDraft(boolean)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_Draft()
	 * @model default="true"
	 * @generated
	 */
	boolean isDraft();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Annotation#isDraft <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Draft</em>' attribute.
	 * @see #isDraft()
	 * @generated
	 */
	void setDraft(boolean value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' containment reference.
	 * @see #setTarget(AnnotationTarget)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_Target()
	 * @model containment="true" required="true"
	 * @generated
	 */
	AnnotationTarget getTarget();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Annotation#getTarget <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' containment reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(AnnotationTarget value);

	/**
	 * Returns the value of the '<em><b>Replies</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.review.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replies</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_Replies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getReplies();

	/**
	 * Returns the value of the '<em><b>Orphaned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Carried from an earlier revision, but what it was pinned to is not in this one: kept and listed, never dropped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Orphaned</em>' attribute.
	 * @see #setOrphaned(boolean)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_Orphaned()
	 * @model
	 * @generated
	 */
	boolean isOrphaned();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Annotation#isOrphaned <em>Orphaned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orphaned</em>' attribute.
	 * @see #isOrphaned()
	 * @generated
	 */
	void setOrphaned(boolean value);

	/**
	 * Returns the value of the '<em><b>Orphan Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why it could not be placed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Orphan Reason</em>' attribute.
	 * @see #setOrphanReason(String)
	 * @see org.faultline.model.review.ReviewPackage#getAnnotation_OrphanReason()
	 * @model
	 * @generated
	 */
	String getOrphanReason();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Annotation#getOrphanReason <em>Orphan Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orphan Reason</em>' attribute.
	 * @see #getOrphanReason()
	 * @generated
	 */
	void setOrphanReason(String value);

} // Annotation
