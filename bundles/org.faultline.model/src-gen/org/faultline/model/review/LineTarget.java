/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Line Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A range of lines of one version's file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.LineTarget#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.review.LineTarget#getFirstLine <em>First Line</em>}</li>
 *   <li>{@link org.faultline.model.review.LineTarget#getLastLine <em>Last Line</em>}</li>
 *   <li>{@link org.faultline.model.review.LineTarget#getExcerpt <em>Excerpt</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getLineTarget()
 * @model
 * @generated
 */
public interface LineTarget extends AnnotationTarget {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.faultline.model.review.ReviewPackage#getLineTarget_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.LineTarget#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Line</em>' attribute.
	 * @see #setFirstLine(int)
	 * @see org.faultline.model.review.ReviewPackage#getLineTarget_FirstLine()
	 * @model
	 * @generated
	 */
	int getFirstLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.LineTarget#getFirstLine <em>First Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Line</em>' attribute.
	 * @see #getFirstLine()
	 * @generated
	 */
	void setFirstLine(int value);

	/**
	 * Returns the value of the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based, inclusive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Line</em>' attribute.
	 * @see #setLastLine(int)
	 * @see org.faultline.model.review.ReviewPackage#getLineTarget_LastLine()
	 * @model
	 * @generated
	 */
	int getLastLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.LineTarget#getLastLine <em>Last Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Line</em>' attribute.
	 * @see #getLastLine()
	 * @generated
	 */
	void setLastLine(int value);

	/**
	 * Returns the value of the '<em><b>Excerpt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lines as they read when the annotation was made, to place it again in another revision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excerpt</em>' attribute.
	 * @see #setExcerpt(String)
	 * @see org.faultline.model.review.ReviewPackage#getLineTarget_Excerpt()
	 * @model
	 * @generated
	 */
	String getExcerpt();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.LineTarget#getExcerpt <em>Excerpt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Excerpt</em>' attribute.
	 * @see #getExcerpt()
	 * @generated
	 */
	void setExcerpt(String value);

} // LineTarget
