/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diffstat</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.Diffstat#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.faultline.model.patch.Diffstat#getFilesChanged <em>Files Changed</em>}</li>
 *   <li>{@link org.faultline.model.patch.Diffstat#getInsertions <em>Insertions</em>}</li>
 *   <li>{@link org.faultline.model.patch.Diffstat#getDeletions <em>Deletions</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getDiffstat()
 * @model
 * @generated
 */
public interface Diffstat extends EObject {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.DiffstatEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getDiffstat_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiffstatEntry> getEntries();

	/**
	 * Returns the value of the '<em><b>Files Changed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files Changed</em>' attribute.
	 * @see #setFilesChanged(int)
	 * @see org.faultline.model.patch.PatchPackage#getDiffstat_FilesChanged()
	 * @model
	 * @generated
	 */
	int getFilesChanged();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Diffstat#getFilesChanged <em>Files Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Files Changed</em>' attribute.
	 * @see #getFilesChanged()
	 * @generated
	 */
	void setFilesChanged(int value);

	/**
	 * Returns the value of the '<em><b>Insertions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insertions</em>' attribute.
	 * @see #setInsertions(int)
	 * @see org.faultline.model.patch.PatchPackage#getDiffstat_Insertions()
	 * @model
	 * @generated
	 */
	int getInsertions();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Diffstat#getInsertions <em>Insertions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insertions</em>' attribute.
	 * @see #getInsertions()
	 * @generated
	 */
	void setInsertions(int value);

	/**
	 * Returns the value of the '<em><b>Deletions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deletions</em>' attribute.
	 * @see #setDeletions(int)
	 * @see org.faultline.model.patch.PatchPackage#getDiffstat_Deletions()
	 * @model
	 * @generated
	 */
	int getDeletions();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.Diffstat#getDeletions <em>Deletions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deletions</em>' attribute.
	 * @see #getDeletions()
	 * @generated
	 */
	void setDeletions(int value);

} // Diffstat
