/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code Move</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Statements removed from one function and added to another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CCodeMove#getFromFunction <em>From Function</em>}</li>
 *   <li>{@link org.faultline.model.c.CCodeMove#getToFunction <em>To Function</em>}</li>
 *   <li>{@link org.faultline.model.c.CCodeMove#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.faultline.model.c.CCodeMove#getFromFile <em>From File</em>}</li>
 *   <li>{@link org.faultline.model.c.CCodeMove#getFromLine <em>From Line</em>}</li>
 *   <li>{@link org.faultline.model.c.CCodeMove#getFromEndLine <em>From End Line</em>}</li>
 *   <li>{@link org.faultline.model.c.CCodeMove#getToFile <em>To File</em>}</li>
 *   <li>{@link org.faultline.model.c.CCodeMove#getToLine <em>To Line</em>}</li>
 *   <li>{@link org.faultline.model.c.CCodeMove#getToEndLine <em>To End Line</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCCodeMove()
 * @model
 * @generated
 */
public interface CCodeMove extends EObject {
	/**
	 * Returns the value of the '<em><b>From Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Function</em>' attribute.
	 * @see #setFromFunction(String)
	 * @see org.faultline.model.c.CPackage#getCCodeMove_FromFunction()
	 * @model
	 * @generated
	 */
	String getFromFunction();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCodeMove#getFromFunction <em>From Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Function</em>' attribute.
	 * @see #getFromFunction()
	 * @generated
	 */
	void setFromFunction(String value);

	/**
	 * Returns the value of the '<em><b>To Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Function</em>' attribute.
	 * @see #setToFunction(String)
	 * @see org.faultline.model.c.CPackage#getCCodeMove_ToFunction()
	 * @model
	 * @generated
	 */
	String getToFunction();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCodeMove#getToFunction <em>To Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Function</em>' attribute.
	 * @see #getToFunction()
	 * @generated
	 */
	void setToFunction(String value);

	/**
	 * Returns the value of the '<em><b>Statements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statements</em>' attribute list.
	 * @see org.faultline.model.c.CPackage#getCCodeMove_Statements()
	 * @model
	 * @generated
	 */
	EList<String> getStatements();

	/**
	 * Returns the value of the '<em><b>From File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From File</em>' attribute.
	 * @see #setFromFile(String)
	 * @see org.faultline.model.c.CPackage#getCCodeMove_FromFile()
	 * @model
	 * @generated
	 */
	String getFromFile();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCodeMove#getFromFile <em>From File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From File</em>' attribute.
	 * @see #getFromFile()
	 * @generated
	 */
	void setFromFile(String value);

	/**
	 * Returns the value of the '<em><b>From Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Line</em>' attribute.
	 * @see #setFromLine(int)
	 * @see org.faultline.model.c.CPackage#getCCodeMove_FromLine()
	 * @model
	 * @generated
	 */
	int getFromLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCodeMove#getFromLine <em>From Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Line</em>' attribute.
	 * @see #getFromLine()
	 * @generated
	 */
	void setFromLine(int value);

	/**
	 * Returns the value of the '<em><b>From End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From End Line</em>' attribute.
	 * @see #setFromEndLine(int)
	 * @see org.faultline.model.c.CPackage#getCCodeMove_FromEndLine()
	 * @model
	 * @generated
	 */
	int getFromEndLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCodeMove#getFromEndLine <em>From End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From End Line</em>' attribute.
	 * @see #getFromEndLine()
	 * @generated
	 */
	void setFromEndLine(int value);

	/**
	 * Returns the value of the '<em><b>To File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To File</em>' attribute.
	 * @see #setToFile(String)
	 * @see org.faultline.model.c.CPackage#getCCodeMove_ToFile()
	 * @model
	 * @generated
	 */
	String getToFile();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCodeMove#getToFile <em>To File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To File</em>' attribute.
	 * @see #getToFile()
	 * @generated
	 */
	void setToFile(String value);

	/**
	 * Returns the value of the '<em><b>To Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Line</em>' attribute.
	 * @see #setToLine(int)
	 * @see org.faultline.model.c.CPackage#getCCodeMove_ToLine()
	 * @model
	 * @generated
	 */
	int getToLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCodeMove#getToLine <em>To Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Line</em>' attribute.
	 * @see #getToLine()
	 * @generated
	 */
	void setToLine(int value);

	/**
	 * Returns the value of the '<em><b>To End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To End Line</em>' attribute.
	 * @see #setToEndLine(int)
	 * @see org.faultline.model.c.CPackage#getCCodeMove_ToEndLine()
	 * @model
	 * @generated
	 */
	int getToEndLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCodeMove#getToEndLine <em>To End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To End Line</em>' attribute.
	 * @see #getToEndLine()
	 * @generated
	 */
	void setToEndLine(int value);

} // CCodeMove
