/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exploration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Every feasible fault state and race point run on both versions, the differences grouped by cause.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.Exploration#getProduct <em>Product</em>}</li>
 *   <li>{@link org.faultline.model.review.Exploration#getPruned <em>Pruned</em>}</li>
 *   <li>{@link org.faultline.model.review.Exploration#getFeasible <em>Feasible</em>}</li>
 *   <li>{@link org.faultline.model.review.Exploration#getExplored <em>Explored</em>}</li>
 *   <li>{@link org.faultline.model.review.Exploration#isSampled <em>Sampled</em>}</li>
 *   <li>{@link org.faultline.model.review.Exploration#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.faultline.model.review.Exploration#getSame <em>Same</em>}</li>
 *   <li>{@link org.faultline.model.review.Exploration#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getExploration()
 * @model
 * @generated
 */
public interface Exploration extends EObject {
	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Combinations of the space's dimensions before pruning.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(long)
	 * @see org.faultline.model.review.ReviewPackage#getExploration_Product()
	 * @model
	 * @generated
	 */
	long getProduct();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Exploration#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(long value);

	/**
	 * Returns the value of the '<em><b>Pruned</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.review.PrunedCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many combinations each rule of infeasibility took out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pruned</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getExploration_Pruned()
	 * @model containment="true"
	 * @generated
	 */
	EList<PrunedCount> getPruned();

	/**
	 * Returns the value of the '<em><b>Feasible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scenarios left: static ones and the variants (allocation failures, races) their runs revealed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feasible</em>' attribute.
	 * @see #setFeasible(long)
	 * @see org.faultline.model.review.ReviewPackage#getExploration_Feasible()
	 * @model
	 * @generated
	 */
	long getFeasible();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Exploration#getFeasible <em>Feasible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feasible</em>' attribute.
	 * @see #getFeasible()
	 * @generated
	 */
	void setFeasible(long value);

	/**
	 * Returns the value of the '<em><b>Explored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scenarios run on both versions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Explored</em>' attribute.
	 * @see #setExplored(long)
	 * @see org.faultline.model.review.ReviewPackage#getExploration_Explored()
	 * @model
	 * @generated
	 */
	long getExplored();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Exploration#getExplored <em>Explored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explored</em>' attribute.
	 * @see #getExplored()
	 * @generated
	 */
	void setExplored(long value);

	/**
	 * Returns the value of the '<em><b>Sampled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a seeded sample was run instead of every feasible scenario.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sampled</em>' attribute.
	 * @see #setSampled(boolean)
	 * @see org.faultline.model.review.ReviewPackage#getExploration_Sampled()
	 * @model
	 * @generated
	 */
	boolean isSampled();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Exploration#isSampled <em>Sampled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampled</em>' attribute.
	 * @see #isSampled()
	 * @generated
	 */
	void setSampled(boolean value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.faultline.model.review.ReviewPackage#getExploration_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Exploration#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Same</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scenarios whose two runs behave the same.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Same</em>' attribute.
	 * @see #setSame(long)
	 * @see org.faultline.model.review.ReviewPackage#getExploration_Same()
	 * @model
	 * @generated
	 */
	long getSame();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Exploration#getSame <em>Same</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Same</em>' attribute.
	 * @see #getSame()
	 * @generated
	 */
	void setSame(long value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.review.DifferenceGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getExploration_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<DifferenceGroup> getGroups();

} // Exploration
