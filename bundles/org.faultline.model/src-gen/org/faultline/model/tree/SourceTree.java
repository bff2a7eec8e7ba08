/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.tree;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Tree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.tree.SourceTree#getName <em>Name</em>}</li>
 *   <li>{@link org.faultline.model.tree.SourceTree#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.tree.SourceTree#getRepositoryLocation <em>Repository Location</em>}</li>
 *   <li>{@link org.faultline.model.tree.SourceTree#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.tree.TreePackage#getSourceTree()
 * @model
 * @generated
 */
public interface SourceTree extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.faultline.model.tree.TreePackage#getSourceTree_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.SourceTree#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.tree.TreeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.faultline.model.tree.TreeKind
	 * @see #setKind(TreeKind)
	 * @see org.faultline.model.tree.TreePackage#getSourceTree_Kind()
	 * @model
	 * @generated
	 */
	TreeKind getKind();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.SourceTree#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.faultline.model.tree.TreeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TreeKind value);

	/**
	 * Returns the value of the '<em><b>Repository Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The git directory of a checkout; for the embedded model, where Faultline keeps it (empty when in memory).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repository Location</em>' attribute.
	 * @see #setRepositoryLocation(String)
	 * @see org.faultline.model.tree.TreePackage#getSourceTree_RepositoryLocation()
	 * @model
	 * @generated
	 */
	String getRepositoryLocation();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.SourceTree#getRepositoryLocation <em>Repository Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repository Location</em>' attribute.
	 * @see #getRepositoryLocation()
	 * @generated
	 */
	void setRepositoryLocation(String value);

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.tree.TreeVersion}.
	 * It is bidirectional and its opposite is '{@link org.faultline.model.tree.TreeVersion#getTree <em>Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see org.faultline.model.tree.TreePackage#getSourceTree_Versions()
	 * @see org.faultline.model.tree.TreeVersion#getTree
	 * @model opposite="tree" containment="true"
	 * @generated
	 */
	EList<TreeVersion> getVersions();

} // SourceTree
