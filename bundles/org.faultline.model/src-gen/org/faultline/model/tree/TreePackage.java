/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.tree;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Source trees and the versions of them that are compared and run.
 * <!-- end-model-doc -->
 * @see org.faultline.model.tree.TreeFactory
 * @model kind="package"
 * @generated
 */
public interface TreePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "tree";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:faultline:model:tree";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tree";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TreePackage eINSTANCE = org.faultline.model.tree.impl.TreePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.faultline.model.tree.impl.SourceTreeImpl <em>Source Tree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.tree.impl.SourceTreeImpl
	 * @see org.faultline.model.tree.impl.TreePackageImpl#getSourceTree()
	 * @generated
	 */
	int SOURCE_TREE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TREE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TREE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Repository Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TREE__REPOSITORY_LOCATION = 2;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TREE__VERSIONS = 3;

	/**
	 * The number of structural features of the '<em>Source Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TREE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Source Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_TREE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.tree.impl.TreeVersionImpl <em>Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.tree.impl.TreeVersionImpl
	 * @see org.faultline.model.tree.impl.TreePackageImpl#getTreeVersion()
	 * @generated
	 */
	int TREE_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Tree</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_VERSION__TREE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_VERSION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Ref Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_VERSION__REF_NAME = 2;

	/**
	 * The feature id for the '<em><b>Commit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_VERSION__COMMIT_ID = 3;

	/**
	 * The feature id for the '<em><b>Tree Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_VERSION__TREE_ID = 4;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_VERSION__SUMMARY = 5;

	/**
	 * The number of structural features of the '<em>Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_VERSION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREE_VERSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.tree.TreeKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.tree.TreeKind
	 * @see org.faultline.model.tree.impl.TreePackageImpl#getTreeKind()
	 * @generated
	 */
	int TREE_KIND = 2;


	/**
	 * Returns the meta object for class '{@link org.faultline.model.tree.SourceTree <em>Source Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Tree</em>'.
	 * @see org.faultline.model.tree.SourceTree
	 * @generated
	 */
	EClass getSourceTree();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.tree.SourceTree#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.faultline.model.tree.SourceTree#getName()
	 * @see #getSourceTree()
	 * @generated
	 */
	EAttribute getSourceTree_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.tree.SourceTree#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.faultline.model.tree.SourceTree#getKind()
	 * @see #getSourceTree()
	 * @generated
	 */
	EAttribute getSourceTree_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.tree.SourceTree#getRepositoryLocation <em>Repository Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repository Location</em>'.
	 * @see org.faultline.model.tree.SourceTree#getRepositoryLocation()
	 * @see #getSourceTree()
	 * @generated
	 */
	EAttribute getSourceTree_RepositoryLocation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.tree.SourceTree#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see org.faultline.model.tree.SourceTree#getVersions()
	 * @see #getSourceTree()
	 * @generated
	 */
	EReference getSourceTree_Versions();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.tree.TreeVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Version</em>'.
	 * @see org.faultline.model.tree.TreeVersion
	 * @generated
	 */
	EClass getTreeVersion();

	/**
	 * Returns the meta object for the container reference '{@link org.faultline.model.tree.TreeVersion#getTree <em>Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Tree</em>'.
	 * @see org.faultline.model.tree.TreeVersion#getTree()
	 * @see #getTreeVersion()
	 * @generated
	 */
	EReference getTreeVersion_Tree();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.tree.TreeVersion#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.faultline.model.tree.TreeVersion#getLabel()
	 * @see #getTreeVersion()
	 * @generated
	 */
	EAttribute getTreeVersion_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.tree.TreeVersion#getRefName <em>Ref Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ref Name</em>'.
	 * @see org.faultline.model.tree.TreeVersion#getRefName()
	 * @see #getTreeVersion()
	 * @generated
	 */
	EAttribute getTreeVersion_RefName();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.tree.TreeVersion#getCommitId <em>Commit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commit Id</em>'.
	 * @see org.faultline.model.tree.TreeVersion#getCommitId()
	 * @see #getTreeVersion()
	 * @generated
	 */
	EAttribute getTreeVersion_CommitId();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.tree.TreeVersion#getTreeId <em>Tree Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tree Id</em>'.
	 * @see org.faultline.model.tree.TreeVersion#getTreeId()
	 * @see #getTreeVersion()
	 * @generated
	 */
	EAttribute getTreeVersion_TreeId();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.tree.TreeVersion#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.faultline.model.tree.TreeVersion#getSummary()
	 * @see #getTreeVersion()
	 * @generated
	 */
	EAttribute getTreeVersion_Summary();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.tree.TreeKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.faultline.model.tree.TreeKind
	 * @generated
	 */
	EEnum getTreeKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TreeFactory getTreeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.faultline.model.tree.impl.SourceTreeImpl <em>Source Tree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.tree.impl.SourceTreeImpl
		 * @see org.faultline.model.tree.impl.TreePackageImpl#getSourceTree()
		 * @generated
		 */
		EClass SOURCE_TREE = eINSTANCE.getSourceTree();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_TREE__NAME = eINSTANCE.getSourceTree_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_TREE__KIND = eINSTANCE.getSourceTree_Kind();

		/**
		 * The meta object literal for the '<em><b>Repository Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_TREE__REPOSITORY_LOCATION = eINSTANCE.getSourceTree_RepositoryLocation();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_TREE__VERSIONS = eINSTANCE.getSourceTree_Versions();

		/**
		 * The meta object literal for the '{@link org.faultline.model.tree.impl.TreeVersionImpl <em>Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.tree.impl.TreeVersionImpl
		 * @see org.faultline.model.tree.impl.TreePackageImpl#getTreeVersion()
		 * @generated
		 */
		EClass TREE_VERSION = eINSTANCE.getTreeVersion();

		/**
		 * The meta object literal for the '<em><b>Tree</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TREE_VERSION__TREE = eINSTANCE.getTreeVersion_Tree();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_VERSION__LABEL = eINSTANCE.getTreeVersion_Label();

		/**
		 * The meta object literal for the '<em><b>Ref Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_VERSION__REF_NAME = eINSTANCE.getTreeVersion_RefName();

		/**
		 * The meta object literal for the '<em><b>Commit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_VERSION__COMMIT_ID = eINSTANCE.getTreeVersion_CommitId();

		/**
		 * The meta object literal for the '<em><b>Tree Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_VERSION__TREE_ID = eINSTANCE.getTreeVersion_TreeId();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREE_VERSION__SUMMARY = eINSTANCE.getTreeVersion_Summary();

		/**
		 * The meta object literal for the '{@link org.faultline.model.tree.TreeKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.tree.TreeKind
		 * @see org.faultline.model.tree.impl.TreePackageImpl#getTreeKind()
		 * @generated
		 */
		EEnum TREE_KIND = eINSTANCE.getTreeKind();

	}

} //TreePackage
