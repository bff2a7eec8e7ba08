/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.faultline.model.patch.PatchPackage;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.Severity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.PatchProblemImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchProblemImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchProblemImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchProblemImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchProblemImpl#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchProblemImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchProblemImpl#getHunkIndex <em>Hunk Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatchProblemImpl extends MinimalEObjectImpl.Container implements PatchProblem {
	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.ERROR;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected static final int SOURCE_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected int sourceLine = SOURCE_LINE_EDEFAULT;

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
	 * The default value of the '{@link #getHunkIndex() <em>Hunk Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunkIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int HUNK_INDEX_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getHunkIndex() <em>Hunk Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunkIndex()
	 * @generated
	 * @ordered
	 */
	protected int hunkIndex = HUNK_INDEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatchProblemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.PATCH_PROBLEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_PROBLEM__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_PROBLEM__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_PROBLEM__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_PROBLEM__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSourceLine() {
		return sourceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLine(int newSourceLine) {
		int oldSourceLine = sourceLine;
		sourceLine = newSourceLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_PROBLEM__SOURCE_LINE, oldSourceLine, sourceLine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_PROBLEM__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHunkIndex() {
		return hunkIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHunkIndex(int newHunkIndex) {
		int oldHunkIndex = hunkIndex;
		hunkIndex = newHunkIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_PROBLEM__HUNK_INDEX, oldHunkIndex, hunkIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchPackage.PATCH_PROBLEM__SEVERITY:
				return getSeverity();
			case PatchPackage.PATCH_PROBLEM__CODE:
				return getCode();
			case PatchPackage.PATCH_PROBLEM__MESSAGE:
				return getMessage();
			case PatchPackage.PATCH_PROBLEM__SOURCE:
				return getSource();
			case PatchPackage.PATCH_PROBLEM__SOURCE_LINE:
				return getSourceLine();
			case PatchPackage.PATCH_PROBLEM__PATH:
				return getPath();
			case PatchPackage.PATCH_PROBLEM__HUNK_INDEX:
				return getHunkIndex();
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
			case PatchPackage.PATCH_PROBLEM__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case PatchPackage.PATCH_PROBLEM__CODE:
				setCode((String)newValue);
				return;
			case PatchPackage.PATCH_PROBLEM__MESSAGE:
				setMessage((String)newValue);
				return;
			case PatchPackage.PATCH_PROBLEM__SOURCE:
				setSource((String)newValue);
				return;
			case PatchPackage.PATCH_PROBLEM__SOURCE_LINE:
				setSourceLine((Integer)newValue);
				return;
			case PatchPackage.PATCH_PROBLEM__PATH:
				setPath((String)newValue);
				return;
			case PatchPackage.PATCH_PROBLEM__HUNK_INDEX:
				setHunkIndex((Integer)newValue);
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
			case PatchPackage.PATCH_PROBLEM__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case PatchPackage.PATCH_PROBLEM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PatchPackage.PATCH_PROBLEM__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case PatchPackage.PATCH_PROBLEM__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case PatchPackage.PATCH_PROBLEM__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
				return;
			case PatchPackage.PATCH_PROBLEM__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case PatchPackage.PATCH_PROBLEM__HUNK_INDEX:
				setHunkIndex(HUNK_INDEX_EDEFAULT);
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
			case PatchPackage.PATCH_PROBLEM__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case PatchPackage.PATCH_PROBLEM__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PatchPackage.PATCH_PROBLEM__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case PatchPackage.PATCH_PROBLEM__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case PatchPackage.PATCH_PROBLEM__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
			case PatchPackage.PATCH_PROBLEM__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case PatchPackage.PATCH_PROBLEM__HUNK_INDEX:
				return hunkIndex != HUNK_INDEX_EDEFAULT;
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
		result.append(" (severity: ");
		result.append(severity);
		result.append(", code: ");
		result.append(code);
		result.append(", message: ");
		result.append(message);
		result.append(", source: ");
		result.append(source);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(", path: ");
		result.append(path);
		result.append(", hunkIndex: ");
		result.append(hunkIndex);
		result.append(')');
		return result.toString();
	}

} //PatchProblemImpl
