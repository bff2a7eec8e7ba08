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

import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.Trailer;

import org.faultline.model.review.Annotation;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewPackage;

import org.faultline.model.tree.TreeVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getPatch <em>Patch</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getAfter <em>After</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getReviewerName <em>Reviewer Name</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getReviewerAddress <em>Reviewer Address</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getGivenTrailers <em>Given Trailers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewImpl extends MinimalEObjectImpl.Container implements Review {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPatch() <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatch()
	 * @generated
	 * @ordered
	 */
	protected PatchMail patch;

	/**
	 * The cached value of the '{@link #getBefore() <em>Before</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBefore()
	 * @generated
	 * @ordered
	 */
	protected TreeVersion before;

	/**
	 * The cached value of the '{@link #getAfter() <em>After</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfter()
	 * @generated
	 * @ordered
	 */
	protected TreeVersion after;

	/**
	 * The default value of the '{@link #getReviewerName() <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerName()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerName() <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerName()
	 * @generated
	 * @ordered
	 */
	protected String reviewerName = REVIEWER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewerAddress() <em>Reviewer Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerAddress() <em>Reviewer Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerAddress()
	 * @generated
	 * @ordered
	 */
	protected String reviewerAddress = REVIEWER_ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getGivenTrailers() <em>Given Trailers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenTrailers()
	 * @generated
	 * @ordered
	 */
	protected EList<Trailer> givenTrailers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchMail getPatch() {
		if (patch != null && patch.eIsProxy()) {
			InternalEObject oldPatch = (InternalEObject)patch;
			patch = (PatchMail)eResolveProxy(oldPatch);
			if (patch != oldPatch) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.REVIEW__PATCH, oldPatch, patch));
			}
		}
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatchMail basicGetPatch() {
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatch(PatchMail newPatch) {
		PatchMail oldPatch = patch;
		patch = newPatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__PATCH, oldPatch, patch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeVersion getBefore() {
		if (before != null && before.eIsProxy()) {
			InternalEObject oldBefore = (InternalEObject)before;
			before = (TreeVersion)eResolveProxy(oldBefore);
			if (before != oldBefore) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.REVIEW__BEFORE, oldBefore, before));
			}
		}
		return before;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreeVersion basicGetBefore() {
		return before;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBefore(TreeVersion newBefore) {
		TreeVersion oldBefore = before;
		before = newBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__BEFORE, oldBefore, before));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeVersion getAfter() {
		if (after != null && after.eIsProxy()) {
			InternalEObject oldAfter = (InternalEObject)after;
			after = (TreeVersion)eResolveProxy(oldAfter);
			if (after != oldAfter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.REVIEW__AFTER, oldAfter, after));
			}
		}
		return after;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreeVersion basicGetAfter() {
		return after;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfter(TreeVersion newAfter) {
		TreeVersion oldAfter = after;
		after = newAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__AFTER, oldAfter, after));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerName() {
		return reviewerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerName(String newReviewerName) {
		String oldReviewerName = reviewerName;
		reviewerName = newReviewerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__REVIEWER_NAME, oldReviewerName, reviewerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerAddress() {
		return reviewerAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerAddress(String newReviewerAddress) {
		String oldReviewerAddress = reviewerAddress;
		reviewerAddress = newReviewerAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__REVIEWER_ADDRESS, oldReviewerAddress, reviewerAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, ReviewPackage.REVIEW__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trailer> getGivenTrailers() {
		if (givenTrailers == null) {
			givenTrailers = new EObjectContainmentEList<Trailer>(Trailer.class, this, ReviewPackage.REVIEW__GIVEN_TRAILERS);
		}
		return givenTrailers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.REVIEW__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				return ((InternalEList<?>)getGivenTrailers()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.REVIEW__ID:
				return getId();
			case ReviewPackage.REVIEW__PATCH:
				if (resolve) return getPatch();
				return basicGetPatch();
			case ReviewPackage.REVIEW__BEFORE:
				if (resolve) return getBefore();
				return basicGetBefore();
			case ReviewPackage.REVIEW__AFTER:
				if (resolve) return getAfter();
				return basicGetAfter();
			case ReviewPackage.REVIEW__REVIEWER_NAME:
				return getReviewerName();
			case ReviewPackage.REVIEW__REVIEWER_ADDRESS:
				return getReviewerAddress();
			case ReviewPackage.REVIEW__ANNOTATIONS:
				return getAnnotations();
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				return getGivenTrailers();
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
			case ReviewPackage.REVIEW__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.REVIEW__PATCH:
				setPatch((PatchMail)newValue);
				return;
			case ReviewPackage.REVIEW__BEFORE:
				setBefore((TreeVersion)newValue);
				return;
			case ReviewPackage.REVIEW__AFTER:
				setAfter((TreeVersion)newValue);
				return;
			case ReviewPackage.REVIEW__REVIEWER_NAME:
				setReviewerName((String)newValue);
				return;
			case ReviewPackage.REVIEW__REVIEWER_ADDRESS:
				setReviewerAddress((String)newValue);
				return;
			case ReviewPackage.REVIEW__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				getGivenTrailers().clear();
				getGivenTrailers().addAll((Collection<? extends Trailer>)newValue);
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
			case ReviewPackage.REVIEW__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__PATCH:
				setPatch((PatchMail)null);
				return;
			case ReviewPackage.REVIEW__BEFORE:
				setBefore((TreeVersion)null);
				return;
			case ReviewPackage.REVIEW__AFTER:
				setAfter((TreeVersion)null);
				return;
			case ReviewPackage.REVIEW__REVIEWER_NAME:
				setReviewerName(REVIEWER_NAME_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__REVIEWER_ADDRESS:
				setReviewerAddress(REVIEWER_ADDRESS_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				getGivenTrailers().clear();
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
			case ReviewPackage.REVIEW__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.REVIEW__PATCH:
				return patch != null;
			case ReviewPackage.REVIEW__BEFORE:
				return before != null;
			case ReviewPackage.REVIEW__AFTER:
				return after != null;
			case ReviewPackage.REVIEW__REVIEWER_NAME:
				return REVIEWER_NAME_EDEFAULT == null ? reviewerName != null : !REVIEWER_NAME_EDEFAULT.equals(reviewerName);
			case ReviewPackage.REVIEW__REVIEWER_ADDRESS:
				return REVIEWER_ADDRESS_EDEFAULT == null ? reviewerAddress != null : !REVIEWER_ADDRESS_EDEFAULT.equals(reviewerAddress);
			case ReviewPackage.REVIEW__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				return givenTrailers != null && !givenTrailers.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", reviewerName: ");
		result.append(reviewerName);
		result.append(", reviewerAddress: ");
		result.append(reviewerAddress);
		result.append(')');
		return result.toString();
	}

} //ReviewImpl
