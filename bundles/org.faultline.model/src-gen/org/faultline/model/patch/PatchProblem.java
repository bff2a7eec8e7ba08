/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something wrong with the input or with applying it, named by where it is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.PatchProblem#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchProblem#getCode <em>Code</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchProblem#getMessage <em>Message</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchProblem#getSource <em>Source</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchProblem#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchProblem#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchProblem#getHunkIndex <em>Hunk Index</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getPatchProblem()
 * @model
 * @generated
 */
public interface PatchProblem extends EObject {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.patch.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.faultline.model.patch.Severity
	 * @see #setSeverity(Severity)
	 * @see org.faultline.model.patch.PatchPackage#getPatchProblem_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchProblem#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.faultline.model.patch.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable key for the kind of problem, e.g. hunk-truncated or path-escapes-tree.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchProblem_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchProblem#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchProblem_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchProblem#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchProblem_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchProblem#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(int)
	 * @see org.faultline.model.patch.PatchPackage#getPatchProblem_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchProblem#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchProblem_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchProblem#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Hunk Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based number of the hunk within its file; -1 when the problem is not about one hunk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hunk Index</em>' attribute.
	 * @see #setHunkIndex(int)
	 * @see org.faultline.model.patch.PatchPackage#getPatchProblem_HunkIndex()
	 * @model default="-1"
	 * @generated
	 */
	int getHunkIndex();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchProblem#getHunkIndex <em>Hunk Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hunk Index</em>' attribute.
	 * @see #getHunkIndex()
	 * @generated
	 */
	void setHunkIndex(int value);

} // PatchProblem
