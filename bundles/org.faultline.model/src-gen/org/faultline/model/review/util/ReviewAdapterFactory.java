/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.faultline.model.review.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.faultline.model.review.ReviewPackage
 * @generated
 */
public class ReviewAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ReviewPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ReviewPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewSwitch<Adapter> modelSwitch =
		new ReviewSwitch<Adapter>() {
			@Override
			public Adapter caseReview(Review object) {
				return createReviewAdapter();
			}
			@Override
			public Adapter caseAnnotation(Annotation object) {
				return createAnnotationAdapter();
			}
			@Override
			public Adapter caseAnnotationTarget(AnnotationTarget object) {
				return createAnnotationTargetAdapter();
			}
			@Override
			public Adapter caseLineTarget(LineTarget object) {
				return createLineTargetAdapter();
			}
			@Override
			public Adapter caseFunctionTarget(FunctionTarget object) {
				return createFunctionTargetAdapter();
			}
			@Override
			public Adapter caseDecisionRowTarget(DecisionRowTarget object) {
				return createDecisionRowTargetAdapter();
			}
			@Override
			public Adapter caseFindingTarget(FindingTarget object) {
				return createFindingTargetAdapter();
			}
			@Override
			public Adapter caseTraceStepTarget(TraceStepTarget object) {
				return createTraceStepTargetAdapter();
			}
			@Override
			public Adapter caseExploration(Exploration object) {
				return createExplorationAdapter();
			}
			@Override
			public Adapter casePrunedCount(PrunedCount object) {
				return createPrunedCountAdapter();
			}
			@Override
			public Adapter caseDifferenceGroup(DifferenceGroup object) {
				return createDifferenceGroupAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.Review
	 * @generated
	 */
	public Adapter createReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.Annotation
	 * @generated
	 */
	public Adapter createAnnotationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.AnnotationTarget <em>Annotation Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.AnnotationTarget
	 * @generated
	 */
	public Adapter createAnnotationTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.LineTarget <em>Line Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.LineTarget
	 * @generated
	 */
	public Adapter createLineTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.FunctionTarget <em>Function Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.FunctionTarget
	 * @generated
	 */
	public Adapter createFunctionTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.DecisionRowTarget <em>Decision Row Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.DecisionRowTarget
	 * @generated
	 */
	public Adapter createDecisionRowTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.FindingTarget <em>Finding Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.FindingTarget
	 * @generated
	 */
	public Adapter createFindingTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.TraceStepTarget <em>Trace Step Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.TraceStepTarget
	 * @generated
	 */
	public Adapter createTraceStepTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.Exploration <em>Exploration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.Exploration
	 * @generated
	 */
	public Adapter createExplorationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.PrunedCount <em>Pruned Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.PrunedCount
	 * @generated
	 */
	public Adapter createPrunedCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.review.DifferenceGroup <em>Difference Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.review.DifferenceGroup
	 * @generated
	 */
	public Adapter createDifferenceGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ReviewAdapterFactory
