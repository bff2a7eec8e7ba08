/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hunk Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.HunkLine#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkLine#getText <em>Text</em>}</li>
 *   <li>{@link org.faultline.model.patch.HunkLine#isNoNewlineAtEnd <em>No Newline At End</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getHunkLine()
 * @model
 * @generated
 */
public interface HunkLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.patch.LineKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.faultline.model.patch.LineKind
	 * @see #setKind(LineKind)
	 * @see org.faultline.model.patch.PatchPackage#getHunkLine_Kind()
	 * @model
	 * @generated
	 */
	LineKind getKind();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkLine#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.faultline.model.patch.LineKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LineKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line without its marker and without the line ending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.faultline.model.patch.PatchPackage#getHunkLine_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkLine#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>No Newline At End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>No Newline At End</em>' attribute.
	 * @see #setNoNewlineAtEnd(boolean)
	 * @see org.faultline.model.patch.PatchPackage#getHunkLine_NoNewlineAtEnd()
	 * @model
	 * @generated
	 */
	boolean isNoNewlineAtEnd();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.HunkLine#isNoNewlineAtEnd <em>No Newline At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Newline At End</em>' attribute.
	 * @see #isNoNewlineAtEnd()
	 * @generated
	 */
	void setNoNewlineAtEnd(boolean value);

} // HunkLine
