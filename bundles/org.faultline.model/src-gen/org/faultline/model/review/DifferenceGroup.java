/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.RunResult;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Difference Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Scenarios whose runs differ for one cause, with the smallest of them and its two runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getCause <em>Cause</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getOnlyBefore <em>Only Before</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getOnlyAfter <em>Only After</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getCommonCall <em>Common Call</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getBeforeCall <em>Before Call</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getAfterCall <em>After Call</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getCount <em>Count</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getScenarioText <em>Scenario Text</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.review.DifferenceGroup#getAfter <em>After</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup()
 * @model
 * @generated
 */
public interface DifferenceGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cause in words: findings only one version has, and where the two runs part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see #setCause(String)
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_Cause()
	 * @model
	 * @generated
	 */
	String getCause();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DifferenceGroup#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(String value);

	/**
	 * Returns the value of the '<em><b>Only Before</b></em>' attribute list.
	 * The list contents are of type {@link org.faultline.model.exec.FindingKind}.
	 * The literals are from the enumeration {@link org.faultline.model.exec.FindingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Only Before</em>' attribute list.
	 * @see org.faultline.model.exec.FindingKind
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_OnlyBefore()
	 * @model
	 * @generated
	 */
	EList<FindingKind> getOnlyBefore();

	/**
	 * Returns the value of the '<em><b>Only After</b></em>' attribute list.
	 * The list contents are of type {@link org.faultline.model.exec.FindingKind}.
	 * The literals are from the enumeration {@link org.faultline.model.exec.FindingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Only After</em>' attribute list.
	 * @see org.faultline.model.exec.FindingKind
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_OnlyAfter()
	 * @model
	 * @generated
	 */
	EList<FindingKind> getOnlyAfter();

	/**
	 * Returns the value of the '<em><b>Common Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last step both versions made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Common Call</em>' attribute.
	 * @see #setCommonCall(String)
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_CommonCall()
	 * @model
	 * @generated
	 */
	String getCommonCall();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DifferenceGroup#getCommonCall <em>Common Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Common Call</em>' attribute.
	 * @see #getCommonCall()
	 * @generated
	 */
	void setCommonCall(String value);

	/**
	 * Returns the value of the '<em><b>Before Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before Call</em>' attribute.
	 * @see #setBeforeCall(String)
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_BeforeCall()
	 * @model
	 * @generated
	 */
	String getBeforeCall();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DifferenceGroup#getBeforeCall <em>Before Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before Call</em>' attribute.
	 * @see #getBeforeCall()
	 * @generated
	 */
	void setBeforeCall(String value);

	/**
	 * Returns the value of the '<em><b>After Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After Call</em>' attribute.
	 * @see #setAfterCall(String)
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_AfterCall()
	 * @model
	 * @generated
	 */
	String getAfterCall();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DifferenceGroup#getAfterCall <em>After Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After Call</em>' attribute.
	 * @see #getAfterCall()
	 * @generated
	 */
	void setAfterCall(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DifferenceGroup#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Scenario Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The representative scenario: fewest non-default dimensions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenario Text</em>' attribute.
	 * @see #setScenarioText(String)
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_ScenarioText()
	 * @model
	 * @generated
	 */
	String getScenarioText();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DifferenceGroup#getScenarioText <em>Scenario Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario Text</em>' attribute.
	 * @see #getScenarioText()
	 * @generated
	 */
	void setScenarioText(String value);

	/**
	 * Returns the value of the '<em><b>Before</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before</em>' containment reference.
	 * @see #setBefore(RunResult)
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_Before()
	 * @model containment="true"
	 * @generated
	 */
	RunResult getBefore();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DifferenceGroup#getBefore <em>Before</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before</em>' containment reference.
	 * @see #getBefore()
	 * @generated
	 */
	void setBefore(RunResult value);

	/**
	 * Returns the value of the '<em><b>After</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After</em>' containment reference.
	 * @see #setAfter(RunResult)
	 * @see org.faultline.model.review.ReviewPackage#getDifferenceGroup_After()
	 * @model containment="true"
	 * @generated
	 */
	RunResult getAfter();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.DifferenceGroup#getAfter <em>After</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After</em>' containment reference.
	 * @see #getAfter()
	 * @generated
	 */
	void setAfter(RunResult value);

} // DifferenceGroup
