/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Function Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A function of the fault path.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.FunctionTarget#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.review.FunctionTarget#getFunction <em>Function</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getFunctionTarget()
 * @model
 * @generated
 */
public interface FunctionTarget extends AnnotationTarget {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.faultline.model.review.ReviewPackage#getFunctionTarget_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.FunctionTarget#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.faultline.model.review.ReviewPackage#getFunctionTarget_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.FunctionTarget#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

} // FunctionTarget
