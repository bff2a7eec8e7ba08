/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.tree;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named tree id in a git repository: what a side of a comparison reads its files from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.tree.TreeVersion#getTree <em>Tree</em>}</li>
 *   <li>{@link org.faultline.model.tree.TreeVersion#getLabel <em>Label</em>}</li>
 *   <li>{@link org.faultline.model.tree.TreeVersion#getRefName <em>Ref Name</em>}</li>
 *   <li>{@link org.faultline.model.tree.TreeVersion#getCommitId <em>Commit Id</em>}</li>
 *   <li>{@link org.faultline.model.tree.TreeVersion#getTreeId <em>Tree Id</em>}</li>
 *   <li>{@link org.faultline.model.tree.TreeVersion#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.tree.TreePackage#getTreeVersion()
 * @model
 * @generated
 */
public interface TreeVersion extends EObject {
	/**
	 * Returns the value of the '<em><b>Tree</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.faultline.model.tree.SourceTree#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tree</em>' container reference.
	 * @see #setTree(SourceTree)
	 * @see org.faultline.model.tree.TreePackage#getTreeVersion_Tree()
	 * @see org.faultline.model.tree.SourceTree#getVersions
	 * @model opposite="versions" transient="false"
	 * @generated
	 */
	SourceTree getTree();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.TreeVersion#getTree <em>Tree</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tree</em>' container reference.
	 * @see #getTree()
	 * @generated
	 */
	void setTree(SourceTree value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a reviewer calls it: before, after, or a ref's short name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.faultline.model.tree.TreePackage#getTreeVersion_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.TreeVersion#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Ref Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ref Name</em>' attribute.
	 * @see #setRefName(String)
	 * @see org.faultline.model.tree.TreePackage#getTreeVersion_RefName()
	 * @model
	 * @generated
	 */
	String getRefName();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.TreeVersion#getRefName <em>Ref Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ref Name</em>' attribute.
	 * @see #getRefName()
	 * @generated
	 */
	void setRefName(String value);

	/**
	 * Returns the value of the '<em><b>Commit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commit Id</em>' attribute.
	 * @see #setCommitId(String)
	 * @see org.faultline.model.tree.TreePackage#getTreeVersion_CommitId()
	 * @model
	 * @generated
	 */
	String getCommitId();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.TreeVersion#getCommitId <em>Commit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commit Id</em>' attribute.
	 * @see #getCommitId()
	 * @generated
	 */
	void setCommitId(String value);

	/**
	 * Returns the value of the '<em><b>Tree Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tree Id</em>' attribute.
	 * @see #setTreeId(String)
	 * @see org.faultline.model.tree.TreePackage#getTreeVersion_TreeId()
	 * @model
	 * @generated
	 */
	String getTreeId();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.TreeVersion#getTreeId <em>Tree Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tree Id</em>' attribute.
	 * @see #getTreeId()
	 * @generated
	 */
	void setTreeId(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.faultline.model.tree.TreePackage#getTreeVersion_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.faultline.model.tree.TreeVersion#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // TreeVersion
