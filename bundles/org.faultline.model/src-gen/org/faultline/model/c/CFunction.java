/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Function</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A function definition with its signature, leading comment, statement outline, calls, labels, gotos and control-flow graph.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CFunction#getName <em>Name</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getReturnType <em>Return Type</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getFile <em>File</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getLine <em>Line</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getEndLine <em>End Line</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getLeadingComment <em>Leading Comment</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#isStaticStorage <em>Static Storage</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getCalls <em>Calls</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getGotos <em>Gotos</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getCfgNodes <em>Cfg Nodes</em>}</li>
 *   <li>{@link org.faultline.model.c.CFunction#getCfgEdges <em>Cfg Edges</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCFunction()
 * @model
 * @generated
 */
public interface CFunction extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.faultline.model.c.CPackage#getCFunction_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunction#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Return Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Return Type</em>' attribute.
	 * @see #setReturnType(String)
	 * @see org.faultline.model.c.CPackage#getCFunction_ReturnType()
	 * @model
	 * @generated
	 */
	String getReturnType();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunction#getReturnType <em>Return Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Return Type</em>' attribute.
	 * @see #getReturnType()
	 * @generated
	 */
	void setReturnType(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.faultline.model.c.CPackage#getCFunction_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunction#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.faultline.model.c.CPackage#getCFunction_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunction#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Line</em>' attribute.
	 * @see #setEndLine(int)
	 * @see org.faultline.model.c.CPackage#getCFunction_EndLine()
	 * @model
	 * @generated
	 */
	int getEndLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunction#getEndLine <em>End Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Line</em>' attribute.
	 * @see #getEndLine()
	 * @generated
	 */
	void setEndLine(int value);

	/**
	 * Returns the value of the '<em><b>Leading Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leading Comment</em>' attribute.
	 * @see #setLeadingComment(String)
	 * @see org.faultline.model.c.CPackage#getCFunction_LeadingComment()
	 * @model
	 * @generated
	 */
	String getLeadingComment();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunction#getLeadingComment <em>Leading Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading Comment</em>' attribute.
	 * @see #getLeadingComment()
	 * @generated
	 */
	void setLeadingComment(String value);

	/**
	 * Returns the value of the '<em><b>Static Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Static Storage</em>' attribute.
	 * @see #setStaticStorage(boolean)
	 * @see org.faultline.model.c.CPackage#getCFunction_StaticStorage()
	 * @model
	 * @generated
	 */
	boolean isStaticStorage();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CFunction#isStaticStorage <em>Static Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Static Storage</em>' attribute.
	 * @see #isStaticStorage()
	 * @generated
	 */
	void setStaticStorage(boolean value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunction_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<CParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Statements</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CStatement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statements</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunction_Statements()
	 * @model containment="true"
	 * @generated
	 */
	EList<CStatement> getStatements();

	/**
	 * Returns the value of the '<em><b>Calls</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CCall}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calls</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunction_Calls()
	 * @model containment="true"
	 * @generated
	 */
	EList<CCall> getCalls();

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CLabel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunction_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<CLabel> getLabels();

	/**
	 * Returns the value of the '<em><b>Gotos</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CGoto}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gotos</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunction_Gotos()
	 * @model containment="true"
	 * @generated
	 */
	EList<CGoto> getGotos();

	/**
	 * Returns the value of the '<em><b>Cfg Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CCfgNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cfg Nodes</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunction_CfgNodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<CCfgNode> getCfgNodes();

	/**
	 * Returns the value of the '<em><b>Cfg Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.c.CCfgEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cfg Edges</em>' containment reference list.
	 * @see org.faultline.model.c.CPackage#getCFunction_CfgEdges()
	 * @model containment="true"
	 * @generated
	 */
	EList<CCfgEdge> getCfgEdges();

} // CFunction
