/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.faultline.model.c.CCodeMove;
import org.faultline.model.c.CPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code Move</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getFromFunction <em>From Function</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getToFunction <em>To Function</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getFromFile <em>From File</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getFromLine <em>From Line</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getFromEndLine <em>From End Line</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getToFile <em>To File</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getToLine <em>To Line</em>}</li>
 *   <li>{@link org.faultline.model.c.impl.CCodeMoveImpl#getToEndLine <em>To End Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CCodeMoveImpl extends MinimalEObjectImpl.Container implements CCodeMove {
	/**
	 * The default value of the '{@link #getFromFunction() <em>From Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromFunction() <em>From Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromFunction()
	 * @generated
	 * @ordered
	 */
	protected String fromFunction = FROM_FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getToFunction() <em>To Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToFunction() <em>To Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToFunction()
	 * @generated
	 * @ordered
	 */
	protected String toFunction = TO_FUNCTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStatements() <em>Statements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> statements;

	/**
	 * The default value of the '{@link #getFromFile() <em>From File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromFile() <em>From File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromFile()
	 * @generated
	 * @ordered
	 */
	protected String fromFile = FROM_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromLine() <em>From Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromLine()
	 * @generated
	 * @ordered
	 */
	protected static final int FROM_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFromLine() <em>From Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromLine()
	 * @generated
	 * @ordered
	 */
	protected int fromLine = FROM_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromEndLine() <em>From End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromEndLine()
	 * @generated
	 * @ordered
	 */
	protected static final int FROM_END_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFromEndLine() <em>From End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromEndLine()
	 * @generated
	 * @ordered
	 */
	protected int fromEndLine = FROM_END_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getToFile() <em>To File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToFile()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToFile() <em>To File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToFile()
	 * @generated
	 * @ordered
	 */
	protected String toFile = TO_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getToLine() <em>To Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToLine()
	 * @generated
	 * @ordered
	 */
	protected static final int TO_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getToLine() <em>To Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToLine()
	 * @generated
	 * @ordered
	 */
	protected int toLine = TO_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getToEndLine() <em>To End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToEndLine()
	 * @generated
	 * @ordered
	 */
	protected static final int TO_END_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getToEndLine() <em>To End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToEndLine()
	 * @generated
	 * @ordered
	 */
	protected int toEndLine = TO_END_LINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CCodeMoveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CPackage.Literals.CCODE_MOVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromFunction() {
		return fromFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromFunction(String newFromFunction) {
		String oldFromFunction = fromFunction;
		fromFunction = newFromFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCODE_MOVE__FROM_FUNCTION, oldFromFunction, fromFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToFunction() {
		return toFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToFunction(String newToFunction) {
		String oldToFunction = toFunction;
		toFunction = newToFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCODE_MOVE__TO_FUNCTION, oldToFunction, toFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStatements() {
		if (statements == null) {
			statements = new EDataTypeUniqueEList<String>(String.class, this, CPackage.CCODE_MOVE__STATEMENTS);
		}
		return statements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromFile() {
		return fromFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromFile(String newFromFile) {
		String oldFromFile = fromFile;
		fromFile = newFromFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCODE_MOVE__FROM_FILE, oldFromFile, fromFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFromLine() {
		return fromLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromLine(int newFromLine) {
		int oldFromLine = fromLine;
		fromLine = newFromLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCODE_MOVE__FROM_LINE, oldFromLine, fromLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFromEndLine() {
		return fromEndLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromEndLine(int newFromEndLine) {
		int oldFromEndLine = fromEndLine;
		fromEndLine = newFromEndLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCODE_MOVE__FROM_END_LINE, oldFromEndLine, fromEndLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToFile() {
		return toFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToFile(String newToFile) {
		String oldToFile = toFile;
		toFile = newToFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCODE_MOVE__TO_FILE, oldToFile, toFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getToLine() {
		return toLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToLine(int newToLine) {
		int oldToLine = toLine;
		toLine = newToLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCODE_MOVE__TO_LINE, oldToLine, toLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getToEndLine() {
		return toEndLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToEndLine(int newToEndLine) {
		int oldToEndLine = toEndLine;
		toEndLine = newToEndLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CPackage.CCODE_MOVE__TO_END_LINE, oldToEndLine, toEndLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CPackage.CCODE_MOVE__FROM_FUNCTION:
				return getFromFunction();
			case CPackage.CCODE_MOVE__TO_FUNCTION:
				return getToFunction();
			case CPackage.CCODE_MOVE__STATEMENTS:
				return getStatements();
			case CPackage.CCODE_MOVE__FROM_FILE:
				return getFromFile();
			case CPackage.CCODE_MOVE__FROM_LINE:
				return getFromLine();
			case CPackage.CCODE_MOVE__FROM_END_LINE:
				return getFromEndLine();
			case CPackage.CCODE_MOVE__TO_FILE:
				return getToFile();
			case CPackage.CCODE_MOVE__TO_LINE:
				return getToLine();
			case CPackage.CCODE_MOVE__TO_END_LINE:
				return getToEndLine();
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
			case CPackage.CCODE_MOVE__FROM_FUNCTION:
				setFromFunction((String)newValue);
				return;
			case CPackage.CCODE_MOVE__TO_FUNCTION:
				setToFunction((String)newValue);
				return;
			case CPackage.CCODE_MOVE__STATEMENTS:
				getStatements().clear();
				getStatements().addAll((Collection<? extends String>)newValue);
				return;
			case CPackage.CCODE_MOVE__FROM_FILE:
				setFromFile((String)newValue);
				return;
			case CPackage.CCODE_MOVE__FROM_LINE:
				setFromLine((Integer)newValue);
				return;
			case CPackage.CCODE_MOVE__FROM_END_LINE:
				setFromEndLine((Integer)newValue);
				return;
			case CPackage.CCODE_MOVE__TO_FILE:
				setToFile((String)newValue);
				return;
			case CPackage.CCODE_MOVE__TO_LINE:
				setToLine((Integer)newValue);
				return;
			case CPackage.CCODE_MOVE__TO_END_LINE:
				setToEndLine((Integer)newValue);
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
			case CPackage.CCODE_MOVE__FROM_FUNCTION:
				setFromFunction(FROM_FUNCTION_EDEFAULT);
				return;
			case CPackage.CCODE_MOVE__TO_FUNCTION:
				setToFunction(TO_FUNCTION_EDEFAULT);
				return;
			case CPackage.CCODE_MOVE__STATEMENTS:
				getStatements().clear();
				return;
			case CPackage.CCODE_MOVE__FROM_FILE:
				setFromFile(FROM_FILE_EDEFAULT);
				return;
			case CPackage.CCODE_MOVE__FROM_LINE:
				setFromLine(FROM_LINE_EDEFAULT);
				return;
			case CPackage.CCODE_MOVE__FROM_END_LINE:
				setFromEndLine(FROM_END_LINE_EDEFAULT);
				return;
			case CPackage.CCODE_MOVE__TO_FILE:
				setToFile(TO_FILE_EDEFAULT);
				return;
			case CPackage.CCODE_MOVE__TO_LINE:
				setToLine(TO_LINE_EDEFAULT);
				return;
			case CPackage.CCODE_MOVE__TO_END_LINE:
				setToEndLine(TO_END_LINE_EDEFAULT);
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
			case CPackage.CCODE_MOVE__FROM_FUNCTION:
				return FROM_FUNCTION_EDEFAULT == null ? fromFunction != null : !FROM_FUNCTION_EDEFAULT.equals(fromFunction);
			case CPackage.CCODE_MOVE__TO_FUNCTION:
				return TO_FUNCTION_EDEFAULT == null ? toFunction != null : !TO_FUNCTION_EDEFAULT.equals(toFunction);
			case CPackage.CCODE_MOVE__STATEMENTS:
				return statements != null && !statements.isEmpty();
			case CPackage.CCODE_MOVE__FROM_FILE:
				return FROM_FILE_EDEFAULT == null ? fromFile != null : !FROM_FILE_EDEFAULT.equals(fromFile);
			case CPackage.CCODE_MOVE__FROM_LINE:
				return fromLine != FROM_LINE_EDEFAULT;
			case CPackage.CCODE_MOVE__FROM_END_LINE:
				return fromEndLine != FROM_END_LINE_EDEFAULT;
			case CPackage.CCODE_MOVE__TO_FILE:
				return TO_FILE_EDEFAULT == null ? toFile != null : !TO_FILE_EDEFAULT.equals(toFile);
			case CPackage.CCODE_MOVE__TO_LINE:
				return toLine != TO_LINE_EDEFAULT;
			case CPackage.CCODE_MOVE__TO_END_LINE:
				return toEndLine != TO_END_LINE_EDEFAULT;
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
		result.append(" (fromFunction: ");
		result.append(fromFunction);
		result.append(", toFunction: ");
		result.append(toFunction);
		result.append(", statements: ");
		result.append(statements);
		result.append(", fromFile: ");
		result.append(fromFile);
		result.append(", fromLine: ");
		result.append(fromLine);
		result.append(", fromEndLine: ");
		result.append(fromEndLine);
		result.append(", toFile: ");
		result.append(toFile);
		result.append(", toLine: ");
		result.append(toLine);
		result.append(", toEndLine: ");
		result.append(toEndLine);
		result.append(')');
		return result.toString();
	}

} //CCodeMoveImpl
