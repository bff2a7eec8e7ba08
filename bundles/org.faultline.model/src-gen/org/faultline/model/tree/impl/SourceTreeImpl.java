/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.tree.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeKind;
import org.faultline.model.tree.TreePackage;
import org.faultline.model.tree.TreeVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source Tree</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.tree.impl.SourceTreeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.faultline.model.tree.impl.SourceTreeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.tree.impl.SourceTreeImpl#getRepositoryLocation <em>Repository Location</em>}</li>
 *   <li>{@link org.faultline.model.tree.impl.SourceTreeImpl#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceTreeImpl extends MinimalEObjectImpl.Container implements SourceTree {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TreeKind KIND_EDEFAULT = TreeKind.EMBEDDED_MODEL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TreeKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepositoryLocation() <em>Repository Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepositoryLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String REPOSITORY_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRepositoryLocation() <em>Repository Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepositoryLocation()
	 * @generated
	 * @ordered
	 */
	protected String repositoryLocation = REPOSITORY_LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<TreeVersion> versions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceTreeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreePackage.Literals.SOURCE_TREE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.SOURCE_TREE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TreeKind newKind) {
		TreeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.SOURCE_TREE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRepositoryLocation() {
		return repositoryLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepositoryLocation(String newRepositoryLocation) {
		String oldRepositoryLocation = repositoryLocation;
		repositoryLocation = newRepositoryLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.SOURCE_TREE__REPOSITORY_LOCATION, oldRepositoryLocation, repositoryLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TreeVersion> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentWithInverseEList<TreeVersion>(TreeVersion.class, this, TreePackage.SOURCE_TREE__VERSIONS, TreePackage.TREE_VERSION__TREE);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreePackage.SOURCE_TREE__VERSIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVersions()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreePackage.SOURCE_TREE__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TreePackage.SOURCE_TREE__NAME:
				return getName();
			case TreePackage.SOURCE_TREE__KIND:
				return getKind();
			case TreePackage.SOURCE_TREE__REPOSITORY_LOCATION:
				return getRepositoryLocation();
			case TreePackage.SOURCE_TREE__VERSIONS:
				return getVersions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TreePackage.SOURCE_TREE__NAME:
				setName((String)newValue);
				return;
			case TreePackage.SOURCE_TREE__KIND:
				setKind((TreeKind)newValue);
				return;
			case TreePackage.SOURCE_TREE__REPOSITORY_LOCATION:
				setRepositoryLocation((String)newValue);
				return;
			case TreePackage.SOURCE_TREE__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends TreeVersion>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TreePackage.SOURCE_TREE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TreePackage.SOURCE_TREE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TreePackage.SOURCE_TREE__REPOSITORY_LOCATION:
				setRepositoryLocation(REPOSITORY_LOCATION_EDEFAULT);
				return;
			case TreePackage.SOURCE_TREE__VERSIONS:
				getVersions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TreePackage.SOURCE_TREE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TreePackage.SOURCE_TREE__KIND:
				return kind != KIND_EDEFAULT;
			case TreePackage.SOURCE_TREE__REPOSITORY_LOCATION:
				return REPOSITORY_LOCATION_EDEFAULT == null ? repositoryLocation != null : !REPOSITORY_LOCATION_EDEFAULT.equals(repositoryLocation);
			case TreePackage.SOURCE_TREE__VERSIONS:
				return versions != null && !versions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", repositoryLocation: ");
		result.append(repositoryLocation);
		result.append(')');
		return result.toString();
	}

} //SourceTreeImpl
