/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diffstat Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.DiffstatEntry#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.DiffstatEntry#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.faultline.model.patch.DiffstatEntry#getGraph <em>Graph</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getDiffstatEntry()
 * @model
 * @generated
 */
public interface DiffstatEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.faultline.model.patch.PatchPackage#getDiffstatEntry_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.DiffstatEntry#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Changes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changes</em>' attribute.
	 * @see #setChanges(int)
	 * @see org.faultline.model.patch.PatchPackage#getDiffstatEntry_Changes()
	 * @model
	 * @generated
	 */
	int getChanges();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.DiffstatEntry#getChanges <em>Changes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changes</em>' attribute.
	 * @see #getChanges()
	 * @generated
	 */
	void setChanges(int value);

	/**
	 * Returns the value of the '<em><b>Graph</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The +++--- bar as written (scaled; only its proportion means anything).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Graph</em>' attribute.
	 * @see #setGraph(String)
	 * @see org.faultline.model.patch.PatchPackage#getDiffstatEntry_Graph()
	 * @model
	 * @generated
	 */
	String getGraph();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.DiffstatEntry#getGraph <em>Graph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Graph</em>' attribute.
	 * @see #getGraph()
	 * @generated
	 */
	void setGraph(String value);

} // DiffstatEntry
