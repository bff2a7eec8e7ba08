/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Row Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A row of a function's decision table: the condition under which it reaches a callee.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.DecisionRowTarget#getFunction <em>Function</em>}</li>
 *   <li>{@link org.faultline.model.review.DecisionRowTarget#getCallee <em>Callee</em>}</li>
 *   <li>{@link org.faultline.model.review.DecisionRowTarget#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getDecisionRowTarget()
 * @model
 * @generated
 */
public interface DecisionRowTarget extends AnnotationTarget {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.faultline.model.review.ReviewPackage#getDecisionRowTarget_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DecisionRowTarget#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Callee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callee</em>' attribute.
	 * @see #setCallee(String)
	 * @see org.faultline.model.review.ReviewPackage#getDecisionRowTarget_Callee()
	 * @model
	 * @generated
	 */
	String getCallee();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DecisionRowTarget#getCallee <em>Callee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callee</em>' attribute.
	 * @see #getCallee()
	 * @generated
	 */
	void setCallee(String value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition as it read when the annotation was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.faultline.model.review.ReviewPackage#getDecisionRowTarget_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DecisionRowTarget#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

} // DecisionRowTarget
