/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.c.CCodeMove;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CPackage;
import org.faultline.model.c.CResourceHandlers;
import org.faultline.model.c.CSemanticDiff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Semantic Diff</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.impl.CSemanticDiffImpl#getRoot <em>Root</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSemanticDiffImpl#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSemanticDiffImpl#getMoves <em>Moves</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CSemanticDiffImpl#getHandlers <em>Handlers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CSemanticDiffImpl extends MinimalEObjectImpl.Container implements CSemanticDiff {
	/**
	 * The default value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected String root = ROOT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<CFunctionDiff> functions;

	/**
	 * The cached value of the '{@link #getMoves() <em>Moves</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoves()
	 * @generated
	 * @ordered
	 */
	protected EList<CCodeMove> moves;

	/**
	 * The cached value of the '{@link #getHandlers() <em>Handlers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlers()
	 * @generated
	 * @ordered
	 */
	protected EList<CResourceHandlers> handlers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CSemanticDiffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CPackage.Literals.CSEMANTIC_DIFF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoot() {
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(String newRoot) {
		String oldRoot = root;
		root = newRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CSEMANTIC_DIFF__ROOT, oldRoot, root));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CFunctionDiff> getFunctions() {
		if (functions == null) {
			functions = new EObjectContainmentEList<CFunctionDiff>(CFunctionDiff.class, this, CPackage.CSEMANTIC_DIFF__FUNCTIONS);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CCodeMove> getMoves() {
		if (moves == null) {
			moves = new EObjectContainmentEList<CCodeMove>(CCodeMove.class, this, CPackage.CSEMANTIC_DIFF__MOVES);
		}
		return moves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CResourceHandlers> getHandlers() {
		if (handlers == null) {
			handlers = new EObjectContainmentEList<CResourceHandlers>(CResourceHandlers.class, this, CPackage.CSEMANTIC_DIFF__HANDLERS);
		}
		return handlers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CPackage.CSEMANTIC_DIFF__FUNCTIONS:
				return ((InternalEList<?>)getFunctions()).basicRemove(otherEnd, msgs);
			case CPackage.CSEMANTIC_DIFF__MOVES:
				return ((InternalEList<?>)getMoves()).basicRemove(otherEnd, msgs);
			case CPackage.CSEMANTIC_DIFF__HANDLERS:
				return ((InternalEList<?>)getHandlers()).basicRemove(otherEnd, msgs);
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
			case CPackage.CSEMANTIC_DIFF__ROOT:
				return getRoot();
			case CPackage.CSEMANTIC_DIFF__FUNCTIONS:
				return getFunctions();
			case CPackage.CSEMANTIC_DIFF__MOVES:
				return getMoves();
			case CPackage.CSEMANTIC_DIFF__HANDLERS:
				return getHandlers();
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
			case CPackage.CSEMANTIC_DIFF__ROOT:
				setRoot((String)newValue);
				return;
			case CPackage.CSEMANTIC_DIFF__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends CFunctionDiff>)newValue);
				return;
			case CPackage.CSEMANTIC_DIFF__MOVES:
				getMoves().clear();
				getMoves().addAll((Collection<? extends CCodeMove>)newValue);
				return;
			case CPackage.CSEMANTIC_DIFF__HANDLERS:
				getHandlers().clear();
				getHandlers().addAll((Collection<? extends CResourceHandlers>)newValue);
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
			case CPackage.CSEMANTIC_DIFF__ROOT:
				setRoot(ROOT_EDEFAULT);
				return;
			case CPackage.CSEMANTIC_DIFF__FUNCTIONS:
				getFunctions().clear();
				return;
			case CPackage.CSEMANTIC_DIFF__MOVES:
				getMoves().clear();
				return;
			case CPackage.CSEMANTIC_DIFF__HANDLERS:
				getHandlers().clear();
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
			case CPackage.CSEMANTIC_DIFF__ROOT:
				return ROOT_EDEFAULT == null ? root != null : !ROOT_EDEFAULT.equals(root);
			case CPackage.CSEMANTIC_DIFF__FUNCTIONS:
				return functions != null && !functions.isEmpty();
			case CPackage.CSEMANTIC_DIFF__MOVES:
				return moves != null && !moves.isEmpty();
			case CPackage.CSEMANTIC_DIFF__HANDLERS:
				return handlers != null && !handlers.isEmpty();
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
		result.append(" (root: ");
		result.append(root);
		result.append(')');
		return result.toString();
	}

} //CSemanticDiffImpl
