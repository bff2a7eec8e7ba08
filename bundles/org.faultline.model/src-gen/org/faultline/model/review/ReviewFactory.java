/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.faultline.model.review.ReviewPackage
 * @generated
 */
public interface ReviewFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReviewFactory eINSTANCE = org.faultline.model.review.impl.ReviewFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review</em>'.
	 * @generated
	 */
	Review createReview();

	/**
	 * Returns a new object of class '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Annotation</em>'.
	 * @generated
	 */
	Annotation createAnnotation();

	/**
	 * Returns a new object of class '<em>Line Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Line Target</em>'.
	 * @generated
	 */
	LineTarget createLineTarget();

	/**
	 * Returns a new object of class '<em>Function Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Function Target</em>'.
	 * @generated
	 */
	FunctionTarget createFunctionTarget();

	/**
	 * Returns a new object of class '<em>Decision Row Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decision Row Target</em>'.
	 * @generated
	 */
	DecisionRowTarget createDecisionRowTarget();

	/**
	 * Returns a new object of class '<em>Finding Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finding Target</em>'.
	 * @generated
	 */
	FindingTarget createFindingTarget();

	/**
	 * Returns a new object of class '<em>Trace Step Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trace Step Target</em>'.
	 * @generated
	 */
	TraceStepTarget createTraceStepTarget();

	/**
	 * Returns a new object of class '<em>Exploration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exploration</em>'.
	 * @generated
	 */
	Exploration createExploration();

	/**
	 * Returns a new object of class '<em>Pruned Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pruned Count</em>'.
	 * @generated
	 */
	PrunedCount createPrunedCount();

	/**
	 * Returns a new object of class '<em>Difference Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Difference Group</em>'.
	 * @generated
	 */
	DifferenceGroup createDifferenceGroup();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ReviewPackage getReviewPackage();

} //ReviewFactory
