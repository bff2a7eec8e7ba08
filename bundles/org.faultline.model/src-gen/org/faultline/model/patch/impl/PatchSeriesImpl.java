/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

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
import org.faultline.model.patch.PatchPackage;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.PatchSeries;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.PatchSeriesImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchSeriesImpl#getCoverLetter <em>Cover Letter</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchSeriesImpl#getPatches <em>Patches</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchSeriesImpl#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatchSeriesImpl extends MinimalEObjectImpl.Container implements PatchSeries {
	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoverLetter() <em>Cover Letter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverLetter()
	 * @generated
	 * @ordered
	 */
	protected PatchMail coverLetter;

	/**
	 * The cached value of the '{@link #getPatches() <em>Patches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatches()
	 * @generated
	 * @ordered
	 */
	protected EList<PatchMail> patches;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<PatchProblem> problems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatchSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.PATCH_SERIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_SERIES__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchMail getCoverLetter() {
		return coverLetter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCoverLetter(PatchMail newCoverLetter, NotificationChain msgs) {
		PatchMail oldCoverLetter = coverLetter;
		coverLetter = newCoverLetter;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_SERIES__COVER_LETTER, oldCoverLetter, newCoverLetter);
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
	public void setCoverLetter(PatchMail newCoverLetter) {
		if (newCoverLetter != coverLetter) {
			NotificationChain msgs = null;
			if (coverLetter != null)
				msgs = ((InternalEObject)coverLetter).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PatchPackage.PATCH_SERIES__COVER_LETTER, null, msgs);
			if (newCoverLetter != null)
				msgs = ((InternalEObject)newCoverLetter).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PatchPackage.PATCH_SERIES__COVER_LETTER, null, msgs);
			msgs = basicSetCoverLetter(newCoverLetter, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_SERIES__COVER_LETTER, newCoverLetter, newCoverLetter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PatchMail> getPatches() {
		if (patches == null) {
			patches = new EObjectContainmentEList<PatchMail>(PatchMail.class, this, PatchPackage.PATCH_SERIES__PATCHES);
		}
		return patches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PatchProblem> getProblems() {
		if (problems == null) {
			problems = new EObjectContainmentEList<PatchProblem>(PatchProblem.class, this, PatchPackage.PATCH_SERIES__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchPackage.PATCH_SERIES__COVER_LETTER:
				return basicSetCoverLetter(null, msgs);
			case PatchPackage.PATCH_SERIES__PATCHES:
				return ((InternalEList<?>)getPatches()).basicRemove(otherEnd, msgs);
			case PatchPackage.PATCH_SERIES__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
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
			case PatchPackage.PATCH_SERIES__SOURCE:
				return getSource();
			case PatchPackage.PATCH_SERIES__COVER_LETTER:
				return getCoverLetter();
			case PatchPackage.PATCH_SERIES__PATCHES:
				return getPatches();
			case PatchPackage.PATCH_SERIES__PROBLEMS:
				return getProblems();
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
			case PatchPackage.PATCH_SERIES__SOURCE:
				setSource((String)newValue);
				return;
			case PatchPackage.PATCH_SERIES__COVER_LETTER:
				setCoverLetter((PatchMail)newValue);
				return;
			case PatchPackage.PATCH_SERIES__PATCHES:
				getPatches().clear();
				getPatches().addAll((Collection<? extends PatchMail>)newValue);
				return;
			case PatchPackage.PATCH_SERIES__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends PatchProblem>)newValue);
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
			case PatchPackage.PATCH_SERIES__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case PatchPackage.PATCH_SERIES__COVER_LETTER:
				setCoverLetter((PatchMail)null);
				return;
			case PatchPackage.PATCH_SERIES__PATCHES:
				getPatches().clear();
				return;
			case PatchPackage.PATCH_SERIES__PROBLEMS:
				getProblems().clear();
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
			case PatchPackage.PATCH_SERIES__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case PatchPackage.PATCH_SERIES__COVER_LETTER:
				return coverLetter != null;
			case PatchPackage.PATCH_SERIES__PATCHES:
				return patches != null && !patches.isEmpty();
			case PatchPackage.PATCH_SERIES__PROBLEMS:
				return problems != null && !problems.isEmpty();
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
		result.append(" (source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //PatchSeriesImpl
