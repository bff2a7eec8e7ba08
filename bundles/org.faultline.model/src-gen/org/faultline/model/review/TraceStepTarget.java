/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace Step Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of a scenario run's trace on one version.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.TraceStepTarget#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.faultline.model.review.TraceStepTarget#getStep <em>Step</em>}</li>
 *   <li>{@link org.faultline.model.review.TraceStepTarget#getEvent <em>Event</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getTraceStepTarget()
 * @model
 * @generated
 */
public interface TraceStepTarget extends AnnotationTarget {
	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' attribute.
	 * @see #setScenario(String)
	 * @see org.faultline.model.review.ReviewPackage#getTraceStepTarget_Scenario()
	 * @model
	 * @generated
	 */
	String getScenario();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.TraceStepTarget#getScenario <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' attribute.
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(String value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0-based index into the trace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(int)
	 * @see org.faultline.model.review.ReviewPackage#getTraceStepTarget_Step()
	 * @model
	 * @generated
	 */
	int getStep();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.TraceStepTarget#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(int value);

	/**
	 * Returns the value of the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step's event as text, to find the step again when the trace changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event</em>' attribute.
	 * @see #setEvent(String)
	 * @see org.faultline.model.review.ReviewPackage#getTraceStepTarget_Event()
	 * @model
	 * @generated
	 */
	String getEvent();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.TraceStepTarget#getEvent <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' attribute.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(String value);

} // TraceStepTarget
