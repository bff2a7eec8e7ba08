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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.review.DifferenceGroup;
import org.faultline.model.review.Exploration;
import org.faultline.model.review.PrunedCount;
import org.faultline.model.review.ReviewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exploration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.impl.ExplorationImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ExplorationImpl#getPruned <em>Pruned</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ExplorationImpl#getFeasible <em>Feasible</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ExplorationImpl#getExplored <em>Explored</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ExplorationImpl#isSampled <em>Sampled</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ExplorationImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ExplorationImpl#getSame <em>Same</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ExplorationImpl#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExplorationImpl extends MinimalEObjectImpl.Container implements Exploration {
	/**
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final long PRODUCT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected long product = PRODUCT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPruned() <em>Pruned</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPruned()
	 * @generated
	 * @ordered
	 */
	protected EList<PrunedCount> pruned;

	/**
	 * The default value of the '{@link #getFeasible() <em>Feasible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeasible()
	 * @generated
	 * @ordered
	 */
	protected static final long FEASIBLE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFeasible() <em>Feasible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeasible()
	 * @generated
	 * @ordered
	 */
	protected long feasible = FEASIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExplored() <em>Explored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplored()
	 * @generated
	 * @ordered
	 */
	protected static final long EXPLORED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getExplored() <em>Explored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplored()
	 * @generated
	 * @ordered
	 */
	protected long explored = EXPLORED_EDEFAULT;

	/**
	 * The default value of the '{@link #isSampled() <em>Sampled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSampled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAMPLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSampled() <em>Sampled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSampled()
	 * @generated
	 * @ordered
	 */
	protected boolean sampled = SAMPLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSame() <em>Same</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSame()
	 * @generated
	 * @ordered
	 */
	protected static final long SAME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSame() <em>Same</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSame()
	 * @generated
	 * @ordered
	 */
	protected long same = SAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<DifferenceGroup> groups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExplorationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.EXPLORATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(long newProduct) {
		long oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.EXPLORATION__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PrunedCount> getPruned() {
		if (pruned == null) {
			pruned = new EObjectContainmentEList<PrunedCount>(PrunedCount.class, this, ReviewPackage.EXPLORATION__PRUNED);
		}
		return pruned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFeasible() {
		return feasible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeasible(long newFeasible) {
		long oldFeasible = feasible;
		feasible = newFeasible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.EXPLORATION__FEASIBLE, oldFeasible, feasible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getExplored() {
		return explored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplored(long newExplored) {
		long oldExplored = explored;
		explored = newExplored;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.EXPLORATION__EXPLORED, oldExplored, explored));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSampled() {
		return sampled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampled(boolean newSampled) {
		boolean oldSampled = sampled;
		sampled = newSampled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.EXPLORATION__SAMPLED, oldSampled, sampled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.EXPLORATION__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSame() {
		return same;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSame(long newSame) {
		long oldSame = same;
		same = newSame;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.EXPLORATION__SAME, oldSame, same));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DifferenceGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<DifferenceGroup>(DifferenceGroup.class, this, ReviewPackage.EXPLORATION__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.EXPLORATION__PRUNED:
				return ((InternalEList<?>)getPruned()).basicRemove(otherEnd, msgs);
			case ReviewPackage.EXPLORATION__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.EXPLORATION__PRODUCT:
				return getProduct();
			case ReviewPackage.EXPLORATION__PRUNED:
				return getPruned();
			case ReviewPackage.EXPLORATION__FEASIBLE:
				return getFeasible();
			case ReviewPackage.EXPLORATION__EXPLORED:
				return getExplored();
			case ReviewPackage.EXPLORATION__SAMPLED:
				return isSampled();
			case ReviewPackage.EXPLORATION__SEED:
				return getSeed();
			case ReviewPackage.EXPLORATION__SAME:
				return getSame();
			case ReviewPackage.EXPLORATION__GROUPS:
				return getGroups();
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
			case ReviewPackage.EXPLORATION__PRODUCT:
				setProduct((Long)newValue);
				return;
			case ReviewPackage.EXPLORATION__PRUNED:
				getPruned().clear();
				getPruned().addAll((Collection<? extends PrunedCount>)newValue);
				return;
			case ReviewPackage.EXPLORATION__FEASIBLE:
				setFeasible((Long)newValue);
				return;
			case ReviewPackage.EXPLORATION__EXPLORED:
				setExplored((Long)newValue);
				return;
			case ReviewPackage.EXPLORATION__SAMPLED:
				setSampled((Boolean)newValue);
				return;
			case ReviewPackage.EXPLORATION__SEED:
				setSeed((Long)newValue);
				return;
			case ReviewPackage.EXPLORATION__SAME:
				setSame((Long)newValue);
				return;
			case ReviewPackage.EXPLORATION__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends DifferenceGroup>)newValue);
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
			case ReviewPackage.EXPLORATION__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case ReviewPackage.EXPLORATION__PRUNED:
				getPruned().clear();
				return;
			case ReviewPackage.EXPLORATION__FEASIBLE:
				setFeasible(FEASIBLE_EDEFAULT);
				return;
			case ReviewPackage.EXPLORATION__EXPLORED:
				setExplored(EXPLORED_EDEFAULT);
				return;
			case ReviewPackage.EXPLORATION__SAMPLED:
				setSampled(SAMPLED_EDEFAULT);
				return;
			case ReviewPackage.EXPLORATION__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ReviewPackage.EXPLORATION__SAME:
				setSame(SAME_EDEFAULT);
				return;
			case ReviewPackage.EXPLORATION__GROUPS:
				getGroups().clear();
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
			case ReviewPackage.EXPLORATION__PRODUCT:
				return product != PRODUCT_EDEFAULT;
			case ReviewPackage.EXPLORATION__PRUNED:
				return pruned != null && !pruned.isEmpty();
			case ReviewPackage.EXPLORATION__FEASIBLE:
				return feasible != FEASIBLE_EDEFAULT;
			case ReviewPackage.EXPLORATION__EXPLORED:
				return explored != EXPLORED_EDEFAULT;
			case ReviewPackage.EXPLORATION__SAMPLED:
				return sampled != SAMPLED_EDEFAULT;
			case ReviewPackage.EXPLORATION__SEED:
				return seed != SEED_EDEFAULT;
			case ReviewPackage.EXPLORATION__SAME:
				return same != SAME_EDEFAULT;
			case ReviewPackage.EXPLORATION__GROUPS:
				return groups != null && !groups.isEmpty();
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
		result.append(" (product: ");
		result.append(product);
		result.append(", feasible: ");
		result.append(feasible);
		result.append(", explored: ");
		result.append(explored);
		result.append(", sampled: ");
		result.append(sampled);
		result.append(", seed: ");
		result.append(seed);
		result.append(", same: ");
		result.append(same);
		result.append(')');
		return result.toString();
	}

} //ExplorationImpl
