/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.faultline.model.review.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.faultline.model.review.ReviewPackage
 * @generated
 */
public class ReviewSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ReviewPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewSwitch() {
		if (modelPackage == null) {
			modelPackage = ReviewPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ReviewPackage.REVIEW: {
				Review review = (Review)theEObject;
				T result = caseReview(review);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.ANNOTATION: {
				Annotation annotation = (Annotation)theEObject;
				T result = caseAnnotation(annotation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.ANNOTATION_TARGET: {
				AnnotationTarget annotationTarget = (AnnotationTarget)theEObject;
				T result = caseAnnotationTarget(annotationTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.LINE_TARGET: {
				LineTarget lineTarget = (LineTarget)theEObject;
				T result = caseLineTarget(lineTarget);
				if (result == null) result = caseAnnotationTarget(lineTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.FUNCTION_TARGET: {
				FunctionTarget functionTarget = (FunctionTarget)theEObject;
				T result = caseFunctionTarget(functionTarget);
				if (result == null) result = caseAnnotationTarget(functionTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.DECISION_ROW_TARGET: {
				DecisionRowTarget decisionRowTarget = (DecisionRowTarget)theEObject;
				T result = caseDecisionRowTarget(decisionRowTarget);
				if (result == null) result = caseAnnotationTarget(decisionRowTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.FINDING_TARGET: {
				FindingTarget findingTarget = (FindingTarget)theEObject;
				T result = caseFindingTarget(findingTarget);
				if (result == null) result = caseAnnotationTarget(findingTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.TRACE_STEP_TARGET: {
				TraceStepTarget traceStepTarget = (TraceStepTarget)theEObject;
				T result = caseTraceStepTarget(traceStepTarget);
				if (result == null) result = caseAnnotationTarget(traceStepTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.EXPLORATION: {
				Exploration exploration = (Exploration)theEObject;
				T result = caseExploration(exploration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.PRUNED_COUNT: {
				PrunedCount prunedCount = (PrunedCount)theEObject;
				T result = casePrunedCount(prunedCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ReviewPackage.DIFFERENCE_GROUP: {
				DifferenceGroup differenceGroup = (DifferenceGroup)theEObject;
				T result = caseDifferenceGroup(differenceGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReview(Review object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annotation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnotation(Annotation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annotation Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annotation Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnotationTarget(AnnotationTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Line Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Line Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLineTarget(LineTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Function Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Function Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFunctionTarget(FunctionTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decision Row Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decision Row Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecisionRowTarget(DecisionRowTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finding Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finding Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFindingTarget(FindingTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Trace Step Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Trace Step Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTraceStepTarget(TraceStepTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exploration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exploration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExploration(Exploration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pruned Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pruned Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePrunedCount(PrunedCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Difference Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Difference Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDifferenceGroup(DifferenceGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ReviewSwitch
