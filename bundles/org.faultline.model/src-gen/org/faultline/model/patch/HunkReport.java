/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hunk Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.HunkReport#getHunk <em>Hunk</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getHunkIndex <em>Hunk Index</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getAppliedAtLine <em>Applied At Line</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getRepairedLines <em>Repaired Lines</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getReindentedLines <em>Reindented Lines</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkReport#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getHunkReport()
 * @model
 * @generated
 */
public interface HunkReport extends EObject {
	/**
	 * Returns the value of the '<em><b>Hunk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hunk</em>' reference.
	 * @see #setHunk(Hunk)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_Hunk()
	 * @model
	 * @generated
	 */
	Hunk getHunk();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getHunk <em>Hunk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hunk</em>' reference.
	 * @see #getHunk()
	 * @generated
	 */
	void setHunk(Hunk value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Hunk Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based number of the hunk within its file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hunk Index</em>' attribute.
	 * @see #setHunkIndex(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_HunkIndex()
	 * @model
	 * @generated
	 */
	int getHunkIndex();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getHunkIndex <em>Hunk Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hunk Index</em>' attribute.
	 * @see #getHunkIndex()
	 * @generated
	 */
	void setHunkIndex(int value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.patch.HunkOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.faultline.model.patch.HunkOutcome
	 * @see #setOutcome(HunkOutcome)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_Outcome()
	 * @model
	 * @generated
	 */
	HunkOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.faultline.model.patch.HunkOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(HunkOutcome value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines between the header's old start and where the hunk applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_Offset()
	 * @model
	 * @generated
	 */
	int getOffset();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(int value);

	/**
	 * Returns the value of the '<em><b>Applied At Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applied At Line</em>' attribute.
	 * @see #setAppliedAtLine(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_AppliedAtLine()
	 * @model
	 * @generated
	 */
	int getAppliedAtLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getAppliedAtLine <em>Applied At Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applied At Line</em>' attribute.
	 * @see #getAppliedAtLine()
	 * @generated
	 */
	void setAppliedAtLine(int value);

	/**
	 * Returns the value of the '<em><b>Repaired Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repaired Lines</em>' attribute.
	 * @see #setRepairedLines(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_RepairedLines()
	 * @model
	 * @generated
	 */
	int getRepairedLines();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getRepairedLines <em>Repaired Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repaired Lines</em>' attribute.
	 * @see #getRepairedLines()
	 * @generated
	 */
	void setRepairedLines(int value);

	/**
	 * Returns the value of the '<em><b>Reindented Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reindented Lines</em>' attribute.
	 * @see #setReindentedLines(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_ReindentedLines()
	 * @model
	 * @generated
	 */
	int getReindentedLines();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getReindentedLines <em>Reindented Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reindented Lines</em>' attribute.
	 * @see #getReindentedLines()
	 * @generated
	 */
	void setReindentedLines(int value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.patch.Confidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see org.faultline.model.patch.Confidence
	 * @see #setConfidence(Confidence)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_Confidence()
	 * @model
	 * @generated
	 */
	Confidence getConfidence();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see org.faultline.model.patch.Confidence
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(Confidence value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a failed hunk: the best candidate position and the first line that differs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.faultline.model.patch.PatchPackage#getHunkReport_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkReport#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

} // HunkReport
