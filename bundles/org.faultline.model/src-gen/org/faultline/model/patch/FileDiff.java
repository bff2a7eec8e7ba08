/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Diff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.FileDiff#getOldPath <em>Old Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#getNewPath <em>New Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#getChangeType <em>Change Type</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#getOldMode <em>Old Mode</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#getNewMode <em>New Mode</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#isBinary <em>Binary</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#getHunks <em>Hunks</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#getOldBlob <em>Old Blob</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#getNewBlob <em>New Blob</em>}</li>
 *   <li>{@link org.faultline.model.patch.FileDiff#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getFileDiff()
 * @model
 * @generated
 */
public interface FileDiff extends EObject {
	/**
	 * Returns the value of the '<em><b>Old Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Path</em>' attribute.
	 * @see #setOldPath(String)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_OldPath()
	 * @model
	 * @generated
	 */
	String getOldPath();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#getOldPath <em>Old Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Path</em>' attribute.
	 * @see #getOldPath()
	 * @generated
	 */
	void setOldPath(String value);

	/**
	 * Returns the value of the '<em><b>New Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Path</em>' attribute.
	 * @see #setNewPath(String)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_NewPath()
	 * @model
	 * @generated
	 */
	String getNewPath();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#getNewPath <em>New Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Path</em>' attribute.
	 * @see #getNewPath()
	 * @generated
	 */
	void setNewPath(String value);

	/**
	 * Returns the value of the '<em><b>Change Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.patch.ChangeType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Type</em>' attribute.
	 * @see org.faultline.model.patch.ChangeType
	 * @see #setChangeType(ChangeType)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_ChangeType()
	 * @model
	 * @generated
	 */
	ChangeType getChangeType();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#getChangeType <em>Change Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Type</em>' attribute.
	 * @see org.faultline.model.patch.ChangeType
	 * @see #getChangeType()
	 * @generated
	 */
	void setChangeType(ChangeType value);

	/**
	 * Returns the value of the '<em><b>Old Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Mode</em>' attribute.
	 * @see #setOldMode(String)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_OldMode()
	 * @model
	 * @generated
	 */
	String getOldMode();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#getOldMode <em>Old Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Mode</em>' attribute.
	 * @see #getOldMode()
	 * @generated
	 */
	void setOldMode(String value);

	/**
	 * Returns the value of the '<em><b>New Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Mode</em>' attribute.
	 * @see #setNewMode(String)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_NewMode()
	 * @model
	 * @generated
	 */
	String getNewMode();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#getNewMode <em>New Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Mode</em>' attribute.
	 * @see #getNewMode()
	 * @generated
	 */
	void setNewMode(String value);

	/**
	 * Returns the value of the '<em><b>Binary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binary</em>' attribute.
	 * @see #setBinary(boolean)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_Binary()
	 * @model
	 * @generated
	 */
	boolean isBinary();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#isBinary <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Binary</em>' attribute.
	 * @see #isBinary()
	 * @generated
	 */
	void setBinary(boolean value);

	/**
	 * Returns the value of the '<em><b>Hunks</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.Hunk}.
	 * It is bidirectional and its opposite is '{@link org.faultline.model.patch.Hunk#getFileDiff <em>File Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hunks</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_Hunks()
	 * @see org.faultline.model.patch.Hunk#getFileDiff
	 * @model opposite="fileDiff" containment="true"
	 * @generated
	 */
	EList<Hunk> getHunks();

	/**
	 * Returns the value of the '<em><b>Old Blob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The abbreviated blob id of the file before the change, from a git diff's index line; null without one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Blob</em>' attribute.
	 * @see #setOldBlob(String)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_OldBlob()
	 * @model
	 * @generated
	 */
	String getOldBlob();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#getOldBlob <em>Old Blob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Blob</em>' attribute.
	 * @see #getOldBlob()
	 * @generated
	 */
	void setOldBlob(String value);

	/**
	 * Returns the value of the '<em><b>New Blob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The abbreviated blob id of the file after the change, from a git diff's index line; null without one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Blob</em>' attribute.
	 * @see #setNewBlob(String)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_NewBlob()
	 * @model
	 * @generated
	 */
	String getNewBlob();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#getNewBlob <em>New Blob</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Blob</em>' attribute.
	 * @see #getNewBlob()
	 * @generated
	 */
	void setNewBlob(String value);

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line in the source where this file's diff starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(int)
	 * @see org.faultline.model.patch.PatchPackage#getFileDiff_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.FileDiff#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

} // FileDiff
