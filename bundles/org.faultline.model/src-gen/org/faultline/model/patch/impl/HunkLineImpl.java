/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.LineKind;
import org.faultline.model.patch.PatchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hunk Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.HunkLineImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkLineImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkLineImpl#isNoNewlineAtEnd <em>No Newline At End</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HunkLineImpl extends MinimalEObjectImpl.Container implements HunkLine {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LineKind KIND_EDEFAULT = LineKind.CONTEXT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LineKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoNewlineAtEnd() <em>No Newline At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoNewlineAtEnd()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_NEWLINE_AT_END_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoNewlineAtEnd() <em>No Newline At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoNewlineAtEnd()
	 * @generated
	 * @ordered
	 */
	protected boolean noNewlineAtEnd = NO_NEWLINE_AT_END_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HunkLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.HUNK_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LineKind newKind) {
		LineKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_LINE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_LINE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoNewlineAtEnd() {
		return noNewlineAtEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoNewlineAtEnd(boolean newNoNewlineAtEnd) {
		boolean oldNoNewlineAtEnd = noNewlineAtEnd;
		noNewlineAtEnd = newNoNewlineAtEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_LINE__NO_NEWLINE_AT_END, oldNoNewlineAtEnd, noNewlineAtEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchPackage.HUNK_LINE__KIND:
				return getKind();
			case PatchPackage.HUNK_LINE__TEXT:
				return getText();
			case PatchPackage.HUNK_LINE__NO_NEWLINE_AT_END:
				return isNoNewlineAtEnd();
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
			case PatchPackage.HUNK_LINE__KIND:
				setKind((LineKind)newValue);
				return;
			case PatchPackage.HUNK_LINE__TEXT:
				setText((String)newValue);
				return;
			case PatchPackage.HUNK_LINE__NO_NEWLINE_AT_END:
				setNoNewlineAtEnd((Boolean)newValue);
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
			case PatchPackage.HUNK_LINE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PatchPackage.HUNK_LINE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PatchPackage.HUNK_LINE__NO_NEWLINE_AT_END:
				setNoNewlineAtEnd(NO_NEWLINE_AT_END_EDEFAULT);
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
			case PatchPackage.HUNK_LINE__KIND:
				return kind != KIND_EDEFAULT;
			case PatchPackage.HUNK_LINE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PatchPackage.HUNK_LINE__NO_NEWLINE_AT_END:
				return noNewlineAtEnd != NO_NEWLINE_AT_END_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", text: ");
		result.append(text);
		result.append(", noNewlineAtEnd: ");
		result.append(noNewlineAtEnd);
		result.append(')');
		return result.toString();
	}

} //HunkLineImpl
