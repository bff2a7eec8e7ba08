/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.exec.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.exec.ExecPackage;
import org.faultline.model.exec.Finding;
import org.faultline.model.exec.RunResult;
import org.faultline.model.exec.Trace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getScenario <em>Scenario</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getOutcomeText <em>Outcome Text</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#isCompleted <em>Completed</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getUnknown <em>Unknown</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getStateBefore <em>State Before</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getStateAfter <em>State After</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.RunResultImpl#getTrace <em>Trace</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunResultImpl extends MinimalEObjectImpl.Container implements RunResult {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected static final String SCENARIO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScenario() <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenario()
	 * @generated
	 * @ordered
	 */
	protected String scenario = SCENARIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final long OUTCOME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected long outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcomeText() <em>Outcome Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeText()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcomeText() <em>Outcome Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeText()
	 * @generated
	 * @ordered
	 */
	protected String outcomeText = OUTCOME_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isCompleted() <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompleted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPLETED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCompleted() <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompleted()
	 * @generated
	 * @ordered
	 */
	protected boolean completed = COMPLETED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnknown() <em>Unknown</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnknown()
	 * @generated
	 * @ordered
	 */
	protected EList<String> unknown;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final long STEPS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected long steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateBefore() <em>State Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateBefore()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateBefore() <em>State Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateBefore()
	 * @generated
	 * @ordered
	 */
	protected String stateBefore = STATE_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateAfter() <em>State After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateAfter()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateAfter() <em>State After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateAfter()
	 * @generated
	 * @ordered
	 */
	protected String stateAfter = STATE_AFTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getTrace() <em>Trace</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrace()
	 * @generated
	 * @ordered
	 */
	protected Trace trace;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExecPackage.Literals.RUN_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScenario() {
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenario(String newScenario) {
		String oldScenario = scenario;
		scenario = newScenario;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__SCENARIO, oldScenario, scenario));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(long newOutcome) {
		long oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcomeText() {
		return outcomeText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcomeText(String newOutcomeText) {
		String oldOutcomeText = outcomeText;
		outcomeText = newOutcomeText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__OUTCOME_TEXT, oldOutcomeText, outcomeText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompleted() {
		return completed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompleted(boolean newCompleted) {
		boolean oldCompleted = completed;
		completed = newCompleted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__COMPLETED, oldCompleted, completed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getUnknown() {
		if (unknown == null) {
			unknown = new EDataTypeUniqueEList<String>(String.class, this, ExecPackage.RUN_RESULT__UNKNOWN);
		}
		return unknown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(long newSteps) {
		long oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateBefore() {
		return stateBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateBefore(String newStateBefore) {
		String oldStateBefore = stateBefore;
		stateBefore = newStateBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__STATE_BEFORE, oldStateBefore, stateBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStateAfter() {
		return stateAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateAfter(String newStateAfter) {
		String oldStateAfter = stateAfter;
		stateAfter = newStateAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__STATE_AFTER, oldStateAfter, stateAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, ExecPackage.RUN_RESULT__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trace getTrace() {
		return trace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrace(Trace newTrace, NotificationChain msgs) {
		Trace oldTrace = trace;
		trace = newTrace;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__TRACE, oldTrace, newTrace);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrace(Trace newTrace) {
		if (newTrace != trace) {
			NotificationChain msgs = null;
			if (trace != null)
				msgs = ((InternalEObject)trace).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExecPackage.RUN_RESULT__TRACE, null, msgs);
			if (newTrace != null)
				msgs = ((InternalEObject)newTrace).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExecPackage.RUN_RESULT__TRACE, null, msgs);
			msgs = basicSetTrace(newTrace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.RUN_RESULT__TRACE, newTrace, newTrace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExecPackage.RUN_RESULT__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case ExecPackage.RUN_RESULT__TRACE:
				return basicSetTrace(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExecPackage.RUN_RESULT__VERSION:
				return getVersion();
			case ExecPackage.RUN_RESULT__SCENARIO:
				return getScenario();
			case ExecPackage.RUN_RESULT__OUTCOME:
				return getOutcome();
			case ExecPackage.RUN_RESULT__OUTCOME_TEXT:
				return getOutcomeText();
			case ExecPackage.RUN_RESULT__COMPLETED:
				return isCompleted();
			case ExecPackage.RUN_RESULT__UNKNOWN:
				return getUnknown();
			case ExecPackage.RUN_RESULT__STEPS:
				return getSteps();
			case ExecPackage.RUN_RESULT__STATE_BEFORE:
				return getStateBefore();
			case ExecPackage.RUN_RESULT__STATE_AFTER:
				return getStateAfter();
			case ExecPackage.RUN_RESULT__FINDINGS:
				return getFindings();
			case ExecPackage.RUN_RESULT__TRACE:
				return getTrace();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExecPackage.RUN_RESULT__VERSION:
				setVersion((String)newValue);
				return;
			case ExecPackage.RUN_RESULT__SCENARIO:
				setScenario((String)newValue);
				return;
			case ExecPackage.RUN_RESULT__OUTCOME:
				setOutcome((Long)newValue);
				return;
			case ExecPackage.RUN_RESULT__OUTCOME_TEXT:
				setOutcomeText((String)newValue);
				return;
			case ExecPackage.RUN_RESULT__COMPLETED:
				setCompleted((Boolean)newValue);
				return;
			case ExecPackage.RUN_RESULT__UNKNOWN:
				getUnknown().clear();
				getUnknown().addAll((Collection<? extends String>)newValue);
				return;
			case ExecPackage.RUN_RESULT__STEPS:
				setSteps((Long)newValue);
				return;
			case ExecPackage.RUN_RESULT__STATE_BEFORE:
				setStateBefore((String)newValue);
				return;
			case ExecPackage.RUN_RESULT__STATE_AFTER:
				setStateAfter((String)newValue);
				return;
			case ExecPackage.RUN_RESULT__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case ExecPackage.RUN_RESULT__TRACE:
				setTrace((Trace)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExecPackage.RUN_RESULT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ExecPackage.RUN_RESULT__SCENARIO:
				setScenario(SCENARIO_EDEFAULT);
				return;
			case ExecPackage.RUN_RESULT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case ExecPackage.RUN_RESULT__OUTCOME_TEXT:
				setOutcomeText(OUTCOME_TEXT_EDEFAULT);
				return;
			case ExecPackage.RUN_RESULT__COMPLETED:
				setCompleted(COMPLETED_EDEFAULT);
				return;
			case ExecPackage.RUN_RESULT__UNKNOWN:
				getUnknown().clear();
				return;
			case ExecPackage.RUN_RESULT__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case ExecPackage.RUN_RESULT__STATE_BEFORE:
				setStateBefore(STATE_BEFORE_EDEFAULT);
				return;
			case ExecPackage.RUN_RESULT__STATE_AFTER:
				setStateAfter(STATE_AFTER_EDEFAULT);
				return;
			case ExecPackage.RUN_RESULT__FINDINGS:
				getFindings().clear();
				return;
			case ExecPackage.RUN_RESULT__TRACE:
				setTrace((Trace)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExecPackage.RUN_RESULT__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ExecPackage.RUN_RESULT__SCENARIO:
				return SCENARIO_EDEFAULT == null ? scenario != null : !SCENARIO_EDEFAULT.equals(scenario);
			case ExecPackage.RUN_RESULT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case ExecPackage.RUN_RESULT__OUTCOME_TEXT:
				return OUTCOME_TEXT_EDEFAULT == null ? outcomeText != null : !OUTCOME_TEXT_EDEFAULT.equals(outcomeText);
			case ExecPackage.RUN_RESULT__COMPLETED:
				return completed != COMPLETED_EDEFAULT;
			case ExecPackage.RUN_RESULT__UNKNOWN:
				return unknown != null && !unknown.isEmpty();
			case ExecPackage.RUN_RESULT__STEPS:
				return steps != STEPS_EDEFAULT;
			case ExecPackage.RUN_RESULT__STATE_BEFORE:
				return STATE_BEFORE_EDEFAULT == null ? stateBefore != null : !STATE_BEFORE_EDEFAULT.equals(stateBefore);
			case ExecPackage.RUN_RESULT__STATE_AFTER:
				return STATE_AFTER_EDEFAULT == null ? stateAfter != null : !STATE_AFTER_EDEFAULT.equals(stateAfter);
			case ExecPackage.RUN_RESULT__FINDINGS:
				return findings != null && !findings.isEmpty();
			case ExecPackage.RUN_RESULT__TRACE:
				return trace != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (version: ");
		result.append(version);
		result.append(", scenario: ");
		result.append(scenario);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", outcomeText: ");
		result.append(outcomeText);
		result.append(", completed: ");
		result.append(completed);
		result.append(", unknown: ");
		result.append(unknown);
		result.append(", steps: ");
		result.append(steps);
		result.append(", stateBefore: ");
		result.append(stateBefore);
		result.append(", stateAfter: ");
		result.append(stateAfter);
		result.append(')');
		return result.toString();
	}

} //RunResultImpl
