/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.tree.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreePackage;
import org.faultline.model.tree.TreeVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Version</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.tree.impl.TreeVersionImpl#getTree <em>Tree</em>}</li>
 *   <li>{@link org.faultline.model.tree.impl.TreeVersionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.faultline.model.tree.impl.TreeVersionImpl#getRefName <em>Ref Name</em>}</li>
 *   <li>{@link org.faultline.model.tree.impl.TreeVersionImpl#getCommitId <em>Commit Id</em>}</li>
 *   <li>{@link org.faultline.model.tree.impl.TreeVersionImpl#getTreeId <em>Tree Id</em>}</li>
 *   <li>{@link org.faultline.model.tree.impl.TreeVersionImpl#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TreeVersionImpl extends MinimalEObjectImpl.Container implements TreeVersion {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRefName() <em>Ref Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefName()
	 * @generated
	 * @ordered
	 */
	protected static final String REF_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRefName() <em>Ref Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefName()
	 * @generated
	 * @ordered
	 */
	protected String refName = REF_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommitId() <em>Commit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitId()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMIT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommitId() <em>Commit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitId()
	 * @generated
	 * @ordered
	 */
	protected String commitId = COMMIT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTreeId() <em>Tree Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTreeId()
	 * @generated
	 * @ordered
	 */
	protected static final String TREE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTreeId() <em>Tree Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTreeId()
	 * @generated
	 * @ordered
	 */
	protected String treeId = TREE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TreeVersionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TreePackage.Literals.TREE_VERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceTree getTree() {
		if (eContainerFeatureID() != TreePackage.TREE_VERSION__TREE) return null;
		return (SourceTree)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTree(SourceTree newTree, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newTree, TreePackage.TREE_VERSION__TREE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTree(SourceTree newTree) {
		if (newTree != eInternalContainer() || (eContainerFeatureID() != TreePackage.TREE_VERSION__TREE && newTree != null)) {
			if (EcoreUtil.isAncestor(this, newTree))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newTree != null)
				msgs = ((InternalEObject)newTree).eInverseAdd(this, TreePackage.SOURCE_TREE__VERSIONS, SourceTree.class, msgs);
			msgs = basicSetTree(newTree, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.TREE_VERSION__TREE, newTree, newTree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.TREE_VERSION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRefName() {
		return refName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefName(String newRefName) {
		String oldRefName = refName;
		refName = newRefName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.TREE_VERSION__REF_NAME, oldRefName, refName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommitId() {
		return commitId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitId(String newCommitId) {
		String oldCommitId = commitId;
		commitId = newCommitId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.TREE_VERSION__COMMIT_ID, oldCommitId, commitId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTreeId() {
		return treeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTreeId(String newTreeId) {
		String oldTreeId = treeId;
		treeId = newTreeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.TREE_VERSION__TREE_ID, oldTreeId, treeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TreePackage.TREE_VERSION__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TreePackage.TREE_VERSION__TREE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetTree((SourceTree)otherEnd, msgs);
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
			case TreePackage.TREE_VERSION__TREE:
				return basicSetTree(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case TreePackage.TREE_VERSION__TREE:
				return eInternalContainer().eInverseRemove(this, TreePackage.SOURCE_TREE__VERSIONS, SourceTree.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TreePackage.TREE_VERSION__TREE:
				return getTree();
			case TreePackage.TREE_VERSION__LABEL:
				return getLabel();
			case TreePackage.TREE_VERSION__REF_NAME:
				return getRefName();
			case TreePackage.TREE_VERSION__COMMIT_ID:
				return getCommitId();
			case TreePackage.TREE_VERSION__TREE_ID:
				return getTreeId();
			case TreePackage.TREE_VERSION__SUMMARY:
				return getSummary();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TreePackage.TREE_VERSION__TREE:
				setTree((SourceTree)newValue);
				return;
			case TreePackage.TREE_VERSION__LABEL:
				setLabel((String)newValue);
				return;
			case TreePackage.TREE_VERSION__REF_NAME:
				setRefName((String)newValue);
				return;
			case TreePackage.TREE_VERSION__COMMIT_ID:
				setCommitId((String)newValue);
				return;
			case TreePackage.TREE_VERSION__TREE_ID:
				setTreeId((String)newValue);
				return;
			case TreePackage.TREE_VERSION__SUMMARY:
				setSummary((String)newValue);
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
			case TreePackage.TREE_VERSION__TREE:
				setTree((SourceTree)null);
				return;
			case TreePackage.TREE_VERSION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case TreePackage.TREE_VERSION__REF_NAME:
				setRefName(REF_NAME_EDEFAULT);
				return;
			case TreePackage.TREE_VERSION__COMMIT_ID:
				setCommitId(COMMIT_ID_EDEFAULT);
				return;
			case TreePackage.TREE_VERSION__TREE_ID:
				setTreeId(TREE_ID_EDEFAULT);
				return;
			case TreePackage.TREE_VERSION__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
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
			case TreePackage.TREE_VERSION__TREE:
				return getTree() != null;
			case TreePackage.TREE_VERSION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case TreePackage.TREE_VERSION__REF_NAME:
				return REF_NAME_EDEFAULT == null ? refName != null : !REF_NAME_EDEFAULT.equals(refName);
			case TreePackage.TREE_VERSION__COMMIT_ID:
				return COMMIT_ID_EDEFAULT == null ? commitId != null : !COMMIT_ID_EDEFAULT.equals(commitId);
			case TreePackage.TREE_VERSION__TREE_ID:
				return TREE_ID_EDEFAULT == null ? treeId != null : !TREE_ID_EDEFAULT.equals(treeId);
			case TreePackage.TREE_VERSION__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
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
		result.append(" (label: ");
		result.append(label);
		result.append(", refName: ");
		result.append(refName);
		result.append(", commitId: ");
		result.append(commitId);
		result.append(", treeId: ");
		result.append(treeId);
		result.append(", summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //TreeVersionImpl
