/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Translation Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One parsed C file, with the problems met while modelling it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CTranslationUnit#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.c.CTranslationUnit#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.faultline.model.c.CTranslationUnit#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCTranslationUnit()
 * @model
 * @generated
 */
public interface CTranslationUnit extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.faultline.model.c.CPackage#getCTranslationUnit_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CTranslationUnit#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Functions</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCTranslationUnit_Functions()
	 * @model containment="true"
	 * @generated
	 */
	EList<CFunction> getFunctions();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' attribute list.
	 * @see org.faultline.model.c.CPackage#getCTranslationUnit_Problems()
	 * @model
	 * @generated
	 */
	EList<String> getProblems();

} // CTranslationUnit
