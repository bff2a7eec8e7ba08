/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

import java.lang.reflect.InvocationTargetException;

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

import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchPackage;
import org.faultline.model.patch.PatchProblem;

import org.faultline.model.tree.TreeVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Apply Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.ApplyReportImpl#getPatch <em>Patch</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.ApplyReportImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.ApplyReportImpl#getResult <em>Result</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.ApplyReportImpl#isReverse <em>Reverse</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.ApplyReportImpl#getHunkReports <em>Hunk Reports</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.ApplyReportImpl#getAppliedDiffstat <em>Applied Diffstat</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.ApplyReportImpl#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApplyReportImpl extends MinimalEObjectImpl.Container implements ApplyReport {
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
	 * The cached value of the '{@link #getBase() <em>Base</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected TreeVersion base;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected TreeVersion result;

	/**
	 * The default value of the '{@link #isReverse() <em>Reverse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReverse()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVERSE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReverse() <em>Reverse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReverse()
	 * @generated
	 * @ordered
	 */
	protected boolean reverse = REVERSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHunkReports() <em>Hunk Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunkReports()
	 * @generated
	 * @ordered
	 */
	protected EList<HunkReport> hunkReports;

	/**
	 * The cached value of the '{@link #getAppliedDiffstat() <em>Applied Diffstat</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliedDiffstat()
	 * @generated
	 * @ordered
	 */
	protected Diffstat appliedDiffstat;

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
	protected ApplyReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.APPLY_REPORT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchPackage.APPLY_REPORT__PATCH, oldPatch, patch));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.APPLY_REPORT__PATCH, oldPatch, patch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeVersion getBase() {
		if (base != null && base.eIsProxy()) {
			InternalEObject oldBase = (InternalEObject)base;
			base = (TreeVersion)eResolveProxy(oldBase);
			if (base != oldBase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchPackage.APPLY_REPORT__BASE, oldBase, base));
			}
		}
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreeVersion basicGetBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(TreeVersion newBase) {
		TreeVersion oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.APPLY_REPORT__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeVersion getResult() {
		if (result != null && result.eIsProxy()) {
			InternalEObject oldResult = (InternalEObject)result;
			result = (TreeVersion)eResolveProxy(oldResult);
			if (result != oldResult) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchPackage.APPLY_REPORT__RESULT, oldResult, result));
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreeVersion basicGetResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(TreeVersion newResult) {
		TreeVersion oldResult = result;
		result = newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.APPLY_REPORT__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReverse() {
		return reverse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReverse(boolean newReverse) {
		boolean oldReverse = reverse;
		reverse = newReverse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.APPLY_REPORT__REVERSE, oldReverse, reverse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HunkReport> getHunkReports() {
		if (hunkReports == null) {
			hunkReports = new EObjectContainmentEList<HunkReport>(HunkReport.class, this, PatchPackage.APPLY_REPORT__HUNK_REPORTS);
		}
		return hunkReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diffstat getAppliedDiffstat() {
		return appliedDiffstat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAppliedDiffstat(Diffstat newAppliedDiffstat, NotificationChain msgs) {
		Diffstat oldAppliedDiffstat = appliedDiffstat;
		appliedDiffstat = newAppliedDiffstat;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT, oldAppliedDiffstat, newAppliedDiffstat);
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
	public void setAppliedDiffstat(Diffstat newAppliedDiffstat) {
		if (newAppliedDiffstat != appliedDiffstat) {
			NotificationChain msgs = null;
			if (appliedDiffstat != null)
				msgs = ((InternalEObject)appliedDiffstat).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT, null, msgs);
			if (newAppliedDiffstat != null)
				msgs = ((InternalEObject)newAppliedDiffstat).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT, null, msgs);
			msgs = basicSetAppliedDiffstat(newAppliedDiffstat, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT, newAppliedDiffstat, newAppliedDiffstat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PatchProblem> getProblems() {
		if (problems == null) {
			problems = new EObjectContainmentEList<PatchProblem>(PatchProblem.class, this, PatchPackage.APPLY_REPORT__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSuccess() {
		return getResult() != null && getProblems().stream().noneMatch(p -> p.getSeverity() == org.faultline.model.patch.Severity.ERROR);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchPackage.APPLY_REPORT__HUNK_REPORTS:
				return ((InternalEList<?>)getHunkReports()).basicRemove(otherEnd, msgs);
			case PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT:
				return basicSetAppliedDiffstat(null, msgs);
			case PatchPackage.APPLY_REPORT__PROBLEMS:
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
			case PatchPackage.APPLY_REPORT__PATCH:
				if (resolve) return getPatch();
				return basicGetPatch();
			case PatchPackage.APPLY_REPORT__BASE:
				if (resolve) return getBase();
				return basicGetBase();
			case PatchPackage.APPLY_REPORT__RESULT:
				if (resolve) return getResult();
				return basicGetResult();
			case PatchPackage.APPLY_REPORT__REVERSE:
				return isReverse();
			case PatchPackage.APPLY_REPORT__HUNK_REPORTS:
				return getHunkReports();
			case PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT:
				return getAppliedDiffstat();
			case PatchPackage.APPLY_REPORT__PROBLEMS:
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
			case PatchPackage.APPLY_REPORT__PATCH:
				setPatch((PatchMail)newValue);
				return;
			case PatchPackage.APPLY_REPORT__BASE:
				setBase((TreeVersion)newValue);
				return;
			case PatchPackage.APPLY_REPORT__RESULT:
				setResult((TreeVersion)newValue);
				return;
			case PatchPackage.APPLY_REPORT__REVERSE:
				setReverse((Boolean)newValue);
				return;
			case PatchPackage.APPLY_REPORT__HUNK_REPORTS:
				getHunkReports().clear();
				getHunkReports().addAll((Collection<? extends HunkReport>)newValue);
				return;
			case PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT:
				setAppliedDiffstat((Diffstat)newValue);
				return;
			case PatchPackage.APPLY_REPORT__PROBLEMS:
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
			case PatchPackage.APPLY_REPORT__PATCH:
				setPatch((PatchMail)null);
				return;
			case PatchPackage.APPLY_REPORT__BASE:
				setBase((TreeVersion)null);
				return;
			case PatchPackage.APPLY_REPORT__RESULT:
				setResult((TreeVersion)null);
				return;
			case PatchPackage.APPLY_REPORT__REVERSE:
				setReverse(REVERSE_EDEFAULT);
				return;
			case PatchPackage.APPLY_REPORT__HUNK_REPORTS:
				getHunkReports().clear();
				return;
			case PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT:
				setAppliedDiffstat((Diffstat)null);
				return;
			case PatchPackage.APPLY_REPORT__PROBLEMS:
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
			case PatchPackage.APPLY_REPORT__PATCH:
				return patch != null;
			case PatchPackage.APPLY_REPORT__BASE:
				return base != null;
			case PatchPackage.APPLY_REPORT__RESULT:
				return result != null;
			case PatchPackage.APPLY_REPORT__REVERSE:
				return reverse != REVERSE_EDEFAULT;
			case PatchPackage.APPLY_REPORT__HUNK_REPORTS:
				return hunkReports != null && !hunkReports.isEmpty();
			case PatchPackage.APPLY_REPORT__APPLIED_DIFFSTAT:
				return appliedDiffstat != null;
			case PatchPackage.APPLY_REPORT__PROBLEMS:
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
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case PatchPackage.APPLY_REPORT___IS_SUCCESS:
				return isSuccess();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (reverse: ");
		result.append(reverse);
		result.append(')');
		return result.toString();
	}

} //ApplyReportImpl
