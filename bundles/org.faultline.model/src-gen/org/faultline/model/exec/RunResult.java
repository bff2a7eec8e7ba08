/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.exec;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of one version's fault path over a scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.exec.RunResult#getVersion <em>Version</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getOutcomeText <em>Outcome Text</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#isCompleted <em>Completed</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getUnknown <em>Unknown</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getStateBefore <em>State Before</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getStateAfter <em>State After</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.faultline.model.exec.RunResult#getTrace <em>Trace</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.exec.ExecPackage#getRunResult()
 * @model
 * @generated
 */
public interface RunResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scenario's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenario</em>' attribute.
	 * @see #setScenario(String)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_Scenario()
	 * @model
	 * @generated
	 */
	String getScenario();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#getScenario <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' attribute.
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VM_FAULT_* bits returned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(long)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_Outcome()
	 * @model
	 * @generated
	 */
	long getOutcome();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(long value);

	/**
	 * Returns the value of the '<em><b>Outcome Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome decoded, e.g. MAJOR|LOCKED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome Text</em>' attribute.
	 * @see #setOutcomeText(String)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_OutcomeText()
	 * @model
	 * @generated
	 */
	String getOutcomeText();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#getOutcomeText <em>Outcome Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome Text</em>' attribute.
	 * @see #getOutcomeText()
	 * @generated
	 */
	void setOutcomeText(String value);

	/**
	 * Returns the value of the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False when the run stopped early (step budget, crash).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed</em>' attribute.
	 * @see #setCompleted(boolean)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_Completed()
	 * @model
	 * @generated
	 */
	boolean isCompleted();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#isCompleted <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed</em>' attribute.
	 * @see #isCompleted()
	 * @generated
	 */
	void setCompleted(boolean value);

	/**
	 * Returns the value of the '<em><b>Unknown</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The functions (as name()) and names the run reached that neither the version nor the engine defines, sorted. A run with any is incomplete: it went on with the scenario's values for them, so its findings, or their absence, are not the kernel's (ADR 0020).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unknown</em>' attribute list.
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_Unknown()
	 * @model
	 * @generated
	 */
	EList<String> getUnknown();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(long)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_Steps()
	 * @model
	 * @generated
	 */
	long getSteps();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(long value);

	/**
	 * Returns the value of the '<em><b>State Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State Before</em>' attribute.
	 * @see #setStateBefore(String)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_StateBefore()
	 * @model
	 * @generated
	 */
	String getStateBefore();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#getStateBefore <em>State Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Before</em>' attribute.
	 * @see #getStateBefore()
	 * @generated
	 */
	void setStateBefore(String value);

	/**
	 * Returns the value of the '<em><b>State After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State After</em>' attribute.
	 * @see #setStateAfter(String)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_StateAfter()
	 * @model
	 * @generated
	 */
	String getStateAfter();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#getStateAfter <em>State After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State After</em>' attribute.
	 * @see #getStateAfter()
	 * @generated
	 */
	void setStateAfter(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.exec.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Trace</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trace</em>' containment reference.
	 * @see #setTrace(Trace)
	 * @see org.faultline.model.exec.ExecPackage#getRunResult_Trace()
	 * @model containment="true"
	 * @generated
	 */
	Trace getTrace();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.RunResult#getTrace <em>Trace</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trace</em>' containment reference.
	 * @see #getTrace()
	 * @generated
	 */
	void setTrace(Trace value);

} // RunResult
