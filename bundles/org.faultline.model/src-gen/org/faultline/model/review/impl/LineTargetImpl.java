/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.faultline.model.review.LineTarget;
import org.faultline.model.review.ReviewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Line Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.impl.LineTargetImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.LineTargetImpl#getFirstLine <em>First Line</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.LineTargetImpl#getLastLine <em>Last Line</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.LineTargetImpl#getExcerpt <em>Excerpt</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LineTargetImpl extends AnnotationTargetImpl implements LineTarget {
	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstLine() <em>First Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstLine()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstLine() <em>First Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstLine()
	 * @generated
	 * @ordered
	 */
	protected int firstLine = FIRST_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastLine() <em>Last Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastLine() <em>Last Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLine()
	 * @generated
	 * @ordered
	 */
	protected int lastLine = LAST_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExcerpt() <em>Excerpt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcerpt()
	 * @generated
	 * @ordered
	 */
	protected static final String EXCERPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExcerpt() <em>Excerpt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcerpt()
	 * @generated
	 * @ordered
	 */
	protected String excerpt = EXCERPT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LineTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.LINE_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LINE_TARGET__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstLine() {
		return firstLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstLine(int newFirstLine) {
		int oldFirstLine = firstLine;
		firstLine = newFirstLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LINE_TARGET__FIRST_LINE, oldFirstLine, firstLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastLine() {
		return lastLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastLine(int newLastLine) {
		int oldLastLine = lastLine;
		lastLine = newLastLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LINE_TARGET__LAST_LINE, oldLastLine, lastLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExcerpt() {
		return excerpt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcerpt(String newExcerpt) {
		String oldExcerpt = excerpt;
		excerpt = newExcerpt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LINE_TARGET__EXCERPT, oldExcerpt, excerpt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReviewPackage.LINE_TARGET__PATH:
				return getPath();
			case ReviewPackage.LINE_TARGET__FIRST_LINE:
				return getFirstLine();
			case ReviewPackage.LINE_TARGET__LAST_LINE:
				return getLastLine();
			case ReviewPackage.LINE_TARGET__EXCERPT:
				return getExcerpt();
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
			case ReviewPackage.LINE_TARGET__PATH:
				setPath((String)newValue);
				return;
			case ReviewPackage.LINE_TARGET__FIRST_LINE:
				setFirstLine((Integer)newValue);
				return;
			case ReviewPackage.LINE_TARGET__LAST_LINE:
				setLastLine((Integer)newValue);
				return;
			case ReviewPackage.LINE_TARGET__EXCERPT:
				setExcerpt((String)newValue);
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
			case ReviewPackage.LINE_TARGET__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case ReviewPackage.LINE_TARGET__FIRST_LINE:
				setFirstLine(FIRST_LINE_EDEFAULT);
				return;
			case ReviewPackage.LINE_TARGET__LAST_LINE:
				setLastLine(LAST_LINE_EDEFAULT);
				return;
			case ReviewPackage.LINE_TARGET__EXCERPT:
				setExcerpt(EXCERPT_EDEFAULT);
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
			case ReviewPackage.LINE_TARGET__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case ReviewPackage.LINE_TARGET__FIRST_LINE:
				return firstLine != FIRST_LINE_EDEFAULT;
			case ReviewPackage.LINE_TARGET__LAST_LINE:
				return lastLine != LAST_LINE_EDEFAULT;
			case ReviewPackage.LINE_TARGET__EXCERPT:
				return EXCERPT_EDEFAULT == null ? excerpt != null : !EXCERPT_EDEFAULT.equals(excerpt);
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
		result.append(" (path: ");
		result.append(path);
		result.append(", firstLine: ");
		result.append(firstLine);
		result.append(", lastLine: ");
		result.append(lastLine);
		result.append(", excerpt: ");
		result.append(excerpt);
		result.append(')');
		return result.toString();
	}

} //LineTargetImpl
