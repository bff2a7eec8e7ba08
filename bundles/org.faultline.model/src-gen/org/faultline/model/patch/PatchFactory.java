/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.faultline.model.patch.PatchPackage
 * @generated
 */
public interface PatchFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PatchFactory eINSTANCE = org.faultline.model.patch.impl.PatchFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Series</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Series</em>'.
	 * @generated
	 */
	PatchSeries createPatchSeries();

	/**
	 * Returns a new object of class '<em>Mail</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mail</em>'.
	 * @generated
	 */
	PatchMail createPatchMail();

	/**
	 * Returns a new object of class '<em>Trailer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trailer</em>'.
	 * @generated
	 */
	Trailer createTrailer();

	/**
	 * Returns a new object of class '<em>Diffstat</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diffstat</em>'.
	 * @generated
	 */
	Diffstat createDiffstat();

	/**
	 * Returns a new object of class '<em>Diffstat Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diffstat Entry</em>'.
	 * @generated
	 */
	DiffstatEntry createDiffstatEntry();

	/**
	 * Returns a new object of class '<em>File Diff</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Diff</em>'.
	 * @generated
	 */
	FileDiff createFileDiff();

	/**
	 * Returns a new object of class '<em>Hunk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hunk</em>'.
	 * @generated
	 */
	Hunk createHunk();

	/**
	 * Returns a new object of class '<em>Hunk Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hunk Line</em>'.
	 * @generated
	 */
	HunkLine createHunkLine();

	/**
	 * Returns a new object of class '<em>Problem</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Problem</em>'.
	 * @generated
	 */
	PatchProblem createPatchProblem();

	/**
	 * Returns a new object of class '<em>Apply Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Apply Report</em>'.
	 * @generated
	 */
	ApplyReport createApplyReport();

	/**
	 * Returns a new object of class '<em>Hunk Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hunk Report</em>'.
	 * @generated
	 */
	HunkReport createHunkReport();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PatchPackage getPatchPackage();

} //PatchFactory
