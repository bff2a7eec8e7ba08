/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hunk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.Hunk#getFileDiff <em>File Diff</em>}</li>
 *   <li>{@link org.faultline.model.patch.Hunk#getOldStart <em>Old Start</em>}</li>
 *   <li>{@link org.faultline.model.patch.Hunk#getOldCount <em>Old Count</em>}</li>
 *   <li>{@link org.faultline.model.patch.Hunk#getNewStart <em>New Start</em>}</li>
 *   <li>{@link org.faultline.model.patch.Hunk#getNewCount <em>New Count</em>}</li>
 *   <li>{@link org.faultline.model.patch.Hunk#getSection <em>Section</em>}</li>
 *   <li>{@link org.faultline.model.patch.Hunk#getLines <em>Lines</em>}</li>
 *   <li>{@link org.faultline.model.patch.Hunk#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getHunk()
 * @model
 * @generated
 */
public interface Hunk extends EObject {
	/**
	 * Returns the value of the '<em><b>File Diff</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.faultline.model.patch.FileDiff#getHunks <em>Hunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Diff</em>' container reference.
	 * @see #setFileDiff(FileDiff)
	 * @see org.faultline.model.patch.PatchPackage#getHunk_FileDiff()
	 * @see org.faultline.model.patch.FileDiff#getHunks
	 * @model opposite="hunks" transient="false"
	 * @generated
	 */
	FileDiff getFileDiff();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Hunk#getFileDiff <em>File Diff</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Diff</em>' container reference.
	 * @see #getFileDiff()
	 * @generated
	 */
	void setFileDiff(FileDiff value);

	/**
	 * Returns the value of the '<em><b>Old Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Start</em>' attribute.
	 * @see #setOldStart(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunk_OldStart()
	 * @model
	 * @generated
	 */
	int getOldStart();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Hunk#getOldStart <em>Old Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Start</em>' attribute.
	 * @see #getOldStart()
	 * @generated
	 */
	void setOldStart(int value);

	/**
	 * Returns the value of the '<em><b>Old Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Count</em>' attribute.
	 * @see #setOldCount(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunk_OldCount()
	 * @model
	 * @generated
	 */
	int getOldCount();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Hunk#getOldCount <em>Old Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Count</em>' attribute.
	 * @see #getOldCount()
	 * @generated
	 */
	void setOldCount(int value);

	/**
	 * Returns the value of the '<em><b>New Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Start</em>' attribute.
	 * @see #setNewStart(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunk_NewStart()
	 * @model
	 * @generated
	 */
	int getNewStart();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Hunk#getNewStart <em>New Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Start</em>' attribute.
	 * @see #getNewStart()
	 * @generated
	 */
	void setNewStart(int value);

	/**
	 * Returns the value of the '<em><b>New Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Count</em>' attribute.
	 * @see #setNewCount(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunk_NewCount()
	 * @model
	 * @generated
	 */
	int getNewCount();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Hunk#getNewCount <em>New Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Count</em>' attribute.
	 * @see #getNewCount()
	 * @generated
	 */
	void setNewCount(int value);

	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text after the second @@, usually the enclosing function's head.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see org.faultline.model.patch.PatchPackage#getHunk_Section()
	 * @model
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Hunk#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.HunkLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getHunk_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<HunkLine> getLines();

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line of the @@ header in the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(int)
	 * @see org.faultline.model.patch.PatchPackage#getHunk_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Hunk#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

} // Hunk
