/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.RunResult;

import org.faultline.model.review.DifferenceGroup;
import org.faultline.model.review.ReviewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Difference Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getCause <em>Cause</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getOnlyBefore <em>Only Before</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getOnlyAfter <em>Only After</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getCommonCall <em>Common Call</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getBeforeCall <em>Before Call</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getAfterCall <em>After Call</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getScenarioText <em>Scenario Text</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.DifferenceGroupImpl#getAfter <em>After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DifferenceGroupImpl extends MinimalEObjectImpl.Container implements DifferenceGroup {
	/**
	 * The default value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected String cause = CAUSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOnlyBefore() <em>Only Before</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlyBefore()
	 * @generated
	 * @ordered
	 */
	protected EList<FindingKind> onlyBefore;

	/**
	 * The cached value of the '{@link #getOnlyAfter() <em>Only After</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlyAfter()
	 * @generated
	 * @ordered
	 */
	protected EList<FindingKind> onlyAfter;

	/**
	 * The default value of the '{@link #getCommonCall() <em>Common Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommonCall()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMON_CALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommonCall() <em>Common Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommonCall()
	 * @generated
	 * @ordered
	 */
	protected String commonCall = COMMON_CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeforeCall() <em>Before Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeCall()
	 * @generated
	 * @ordered
	 */
	protected static final String BEFORE_CALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeforeCall() <em>Before Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeforeCall()
	 * @generated
	 * @ordered
	 */
	protected String beforeCall = BEFORE_CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAfterCall() <em>After Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterCall()
	 * @generated
	 * @ordered
	 */
	protected static final String AFTER_CALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAfterCall() <em>After Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfterCall()
	 * @generated
	 * @ordered
	 */
	protected String afterCall = AFTER_CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenarioText() <em>Scenario Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioText()
	 * @generated
	 * @ordered
	 */
	protected static final String SCENARIO_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScenarioText() <em>Scenario Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioText()
	 * @generated
	 * @ordered
	 */
	protected String scenarioText = SCENARIO_TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBefore() <em>Before</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBefore()
	 * @generated
	 * @ordered
	 */
	protected RunResult before;

	/**
	 * The cached value of the '{@link #getAfter() <em>After</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfter()
	 * @generated
	 * @ordered
	 */
	protected RunResult after;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DifferenceGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.DIFFERENCE_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(String newCause) {
		String oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FindingKind> getOnlyBefore() {
		if (onlyBefore == null) {
			onlyBefore = new EDataTypeUniqueEList<FindingKind>(FindingKind.class, this, ReviewPackage.DIFFERENCE_GROUP__ONLY_BEFORE);
		}
		return onlyBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FindingKind> getOnlyAfter() {
		if (onlyAfter == null) {
			onlyAfter = new EDataTypeUniqueEList<FindingKind>(FindingKind.class, this, ReviewPackage.DIFFERENCE_GROUP__ONLY_AFTER);
		}
		return onlyAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommonCall() {
		return commonCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommonCall(String newCommonCall) {
		String oldCommonCall = commonCall;
		commonCall = newCommonCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__COMMON_CALL, oldCommonCall, commonCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeforeCall() {
		return beforeCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeforeCall(String newBeforeCall) {
		String oldBeforeCall = beforeCall;
		beforeCall = newBeforeCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__BEFORE_CALL, oldBeforeCall, beforeCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAfterCall() {
		return afterCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfterCall(String newAfterCall) {
		String oldAfterCall = afterCall;
		afterCall = newAfterCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__AFTER_CALL, oldAfterCall, afterCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScenarioText() {
		return scenarioText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenarioText(String newScenarioText) {
		String oldScenarioText = scenarioText;
		scenarioText = newScenarioText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__SCENARIO_TEXT, oldScenarioText, scenarioText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunResult getBefore() {
		return before;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBefore(RunResult newBefore, NotificationChain msgs) {
		RunResult oldBefore = before;
		before = newBefore;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__BEFORE, oldBefore, newBefore);
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
	public void setBefore(RunResult newBefore) {
		if (newBefore != before) {
			NotificationChain msgs = null;
			if (before != null)
				msgs = ((InternalEObject)before).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.DIFFERENCE_GROUP__BEFORE, null, msgs);
			if (newBefore != null)
				msgs = ((InternalEObject)newBefore).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.DIFFERENCE_GROUP__BEFORE, null, msgs);
			msgs = basicSetBefore(newBefore, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__BEFORE, newBefore, newBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunResult getAfter() {
		return after;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAfter(RunResult newAfter, NotificationChain msgs) {
		RunResult oldAfter = after;
		after = newAfter;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__AFTER, oldAfter, newAfter);
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
	public void setAfter(RunResult newAfter) {
		if (newAfter != after) {
			NotificationChain msgs = null;
			if (after != null)
				msgs = ((InternalEObject)after).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.DIFFERENCE_GROUP__AFTER, null, msgs);
			if (newAfter != null)
				msgs = ((InternalEObject)newAfter).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.DIFFERENCE_GROUP__AFTER, null, msgs);
			msgs = basicSetAfter(newAfter, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DIFFERENCE_GROUP__AFTER, newAfter, newAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE:
				return basicSetBefore(null, msgs);
			case ReviewPackage.DIFFERENCE_GROUP__AFTER:
				return basicSetAfter(null, msgs);
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
			case ReviewPackage.DIFFERENCE_GROUP__CAUSE:
				return getCause();
			case ReviewPackage.DIFFERENCE_GROUP__ONLY_BEFORE:
				return getOnlyBefore();
			case ReviewPackage.DIFFERENCE_GROUP__ONLY_AFTER:
				return getOnlyAfter();
			case ReviewPackage.DIFFERENCE_GROUP__COMMON_CALL:
				return getCommonCall();
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE_CALL:
				return getBeforeCall();
			case ReviewPackage.DIFFERENCE_GROUP__AFTER_CALL:
				return getAfterCall();
			case ReviewPackage.DIFFERENCE_GROUP__COUNT:
				return getCount();
			case ReviewPackage.DIFFERENCE_GROUP__SCENARIO_TEXT:
				return getScenarioText();
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE:
				return getBefore();
			case ReviewPackage.DIFFERENCE_GROUP__AFTER:
				return getAfter();
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
			case ReviewPackage.DIFFERENCE_GROUP__CAUSE:
				setCause((String)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__ONLY_BEFORE:
				getOnlyBefore().clear();
				getOnlyBefore().addAll((Collection<? extends FindingKind>)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__ONLY_AFTER:
				getOnlyAfter().clear();
				getOnlyAfter().addAll((Collection<? extends FindingKind>)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__COMMON_CALL:
				setCommonCall((String)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE_CALL:
				setBeforeCall((String)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__AFTER_CALL:
				setAfterCall((String)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__COUNT:
				setCount((Integer)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__SCENARIO_TEXT:
				setScenarioText((String)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE:
				setBefore((RunResult)newValue);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__AFTER:
				setAfter((RunResult)newValue);
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
			case ReviewPackage.DIFFERENCE_GROUP__CAUSE:
				setCause(CAUSE_EDEFAULT);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__ONLY_BEFORE:
				getOnlyBefore().clear();
				return;
			case ReviewPackage.DIFFERENCE_GROUP__ONLY_AFTER:
				getOnlyAfter().clear();
				return;
			case ReviewPackage.DIFFERENCE_GROUP__COMMON_CALL:
				setCommonCall(COMMON_CALL_EDEFAULT);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE_CALL:
				setBeforeCall(BEFORE_CALL_EDEFAULT);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__AFTER_CALL:
				setAfterCall(AFTER_CALL_EDEFAULT);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__SCENARIO_TEXT:
				setScenarioText(SCENARIO_TEXT_EDEFAULT);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE:
				setBefore((RunResult)null);
				return;
			case ReviewPackage.DIFFERENCE_GROUP__AFTER:
				setAfter((RunResult)null);
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
			case ReviewPackage.DIFFERENCE_GROUP__CAUSE:
				return CAUSE_EDEFAULT == null ? cause != null : !CAUSE_EDEFAULT.equals(cause);
			case ReviewPackage.DIFFERENCE_GROUP__ONLY_BEFORE:
				return onlyBefore != null && !onlyBefore.isEmpty();
			case ReviewPackage.DIFFERENCE_GROUP__ONLY_AFTER:
				return onlyAfter != null && !onlyAfter.isEmpty();
			case ReviewPackage.DIFFERENCE_GROUP__COMMON_CALL:
				return COMMON_CALL_EDEFAULT == null ? commonCall != null : !COMMON_CALL_EDEFAULT.equals(commonCall);
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE_CALL:
				return BEFORE_CALL_EDEFAULT == null ? beforeCall != null : !BEFORE_CALL_EDEFAULT.equals(beforeCall);
			case ReviewPackage.DIFFERENCE_GROUP__AFTER_CALL:
				return AFTER_CALL_EDEFAULT == null ? afterCall != null : !AFTER_CALL_EDEFAULT.equals(afterCall);
			case ReviewPackage.DIFFERENCE_GROUP__COUNT:
				return count != COUNT_EDEFAULT;
			case ReviewPackage.DIFFERENCE_GROUP__SCENARIO_TEXT:
				return SCENARIO_TEXT_EDEFAULT == null ? scenarioText != null : !SCENARIO_TEXT_EDEFAULT.equals(scenarioText);
			case ReviewPackage.DIFFERENCE_GROUP__BEFORE:
				return before != null;
			case ReviewPackage.DIFFERENCE_GROUP__AFTER:
				return after != null;
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
		result.append(" (cause: ");
		result.append(cause);
		result.append(", onlyBefore: ");
		result.append(onlyBefore);
		result.append(", onlyAfter: ");
		result.append(onlyAfter);
		result.append(", commonCall: ");
		result.append(commonCall);
		result.append(", beforeCall: ");
		result.append(beforeCall);
		result.append(", afterCall: ");
		result.append(afterCall);
		result.append(", count: ");
		result.append(count);
		result.append(", scenarioText: ");
		result.append(scenarioText);
		result.append(')');
		return result.toString();
	}

} //DifferenceGroupImpl
