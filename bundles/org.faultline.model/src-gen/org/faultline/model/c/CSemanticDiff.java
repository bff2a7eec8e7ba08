/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Semantic Diff</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The semantic diff of two versions of the fault path from a root function.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CSemanticDiff#getRoot <em>Root</em>}</li>
 *   <li>{@link org.faultline.model.c.CSemanticDiff#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.faultline.model.c.CSemanticDiff#getMoves <em>Moves</em>}</li>
 *   <li>{@link org.faultline.model.c.CSemanticDiff#getHandlers <em>Handlers</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCSemanticDiff()
 * @model
 * @generated
 */
public interface CSemanticDiff extends EObject {
	/**
	 * Returns the value of the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root</em>' attribute.
	 * @see #setRoot(String)
	 * @see org.faultline.model.c.CPackage#getCSemanticDiff_Root()
	 * @model
	 * @generated
	 */
	String getRoot();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CSemanticDiff#getRoot <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' attribute.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(String value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CFunctionDiff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Functions</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCSemanticDiff_Functions()
	 * @model containment="true"
	 * @generated
	 */
	EList<CFunctionDiff> getFunctions();

	/**
	 * Returns the value of the '<em><b>Moves</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CCodeMove}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moves</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCSemanticDiff_Moves()
	 * @model containment="true"
	 * @generated
	 */
	EList<CCodeMove> getMoves();

	/**
	 * Returns the value of the '<em><b>Handlers</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CResourceHandlers}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handlers</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCSemanticDiff_Handlers()
	 * @model containment="true"
	 * @generated
	 */
	EList<CResourceHandlers> getHandlers();

} // CSemanticDiff
