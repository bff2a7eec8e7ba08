/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.faultline.model.patch.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.faultline.model.patch.PatchPackage
 * @generated
 */
public class PatchSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PatchPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatchSwitch() {
		if (modelPackage == null) {
			modelPackage = PatchPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case PatchPackage.PATCH_SERIES: {
				PatchSeries patchSeries = (PatchSeries)theEObject;
				T result = casePatchSeries(patchSeries);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.PATCH_MAIL: {
				PatchMail patchMail = (PatchMail)theEObject;
				T result = casePatchMail(patchMail);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.TRAILER: {
				Trailer trailer = (Trailer)theEObject;
				T result = caseTrailer(trailer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.DIFFSTAT: {
				Diffstat diffstat = (Diffstat)theEObject;
				T result = caseDiffstat(diffstat);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.DIFFSTAT_ENTRY: {
				DiffstatEntry diffstatEntry = (DiffstatEntry)theEObject;
				T result = caseDiffstatEntry(diffstatEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.FILE_DIFF: {
				FileDiff fileDiff = (FileDiff)theEObject;
				T result = caseFileDiff(fileDiff);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.HUNK: {
				Hunk hunk = (Hunk)theEObject;
				T result = caseHunk(hunk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.HUNK_LINE: {
				HunkLine hunkLine = (HunkLine)theEObject;
				T result = caseHunkLine(hunkLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.PATCH_PROBLEM: {
				PatchProblem patchProblem = (PatchProblem)theEObject;
				T result = casePatchProblem(patchProblem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.APPLY_REPORT: {
				ApplyReport applyReport = (ApplyReport)theEObject;
				T result = caseApplyReport(applyReport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PatchPackage.HUNK_REPORT: {
				HunkReport hunkReport = (HunkReport)theEObject;
				T result = caseHunkReport(hunkReport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Series</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Series</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatchSeries(PatchSeries object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mail</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mail</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatchMail(PatchMail object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Trailer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Trailer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrailer(Trailer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diffstat</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diffstat</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiffstat(Diffstat object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diffstat Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diffstat Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiffstatEntry(DiffstatEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>File Diff</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>File Diff</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFileDiff(FileDiff object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hunk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hunk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHunk(Hunk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hunk Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hunk Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHunkLine(HunkLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Problem</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Problem</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePatchProblem(PatchProblem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Apply Report</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Apply Report</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApplyReport(ApplyReport object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hunk Report</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hunk Report</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHunkReport(HunkReport object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //PatchSwitch
