/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cfg Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A control-flow edge; back edges close loops.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.c.CCfgEdge#getSource <em>Source</em>}</li>
 *   <li>{@link org.faultline.model.c.CCfgEdge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.faultline.model.c.CCfgEdge#getKind <em>Kind</em>}</li>
 *   <li>{@link org.faultline.model.c.CCfgEdge#isBack <em>Back</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.c.CPackage#getCCfgEdge()
 * @model
 * @generated
 */
public interface CCfgEdge extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(CCfgNode)
	 * @see org.faultline.model.c.CPackage#getCCfgEdge_Source()
	 * @model
	 * @generated
	 */
	CCfgNode getSource();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCfgEdge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(CCfgNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(CCfgNode)
	 * @see org.faultline.model.c.CPackage#getCCfgEdge_Target()
	 * @model
	 * @generated
	 */
	CCfgNode getTarget();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCfgEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(CCfgNode value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.faultline.model.c.CPackage#getCCfgEdge_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCfgEdge#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Back</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Back</em>' attribute.
	 * @see #setBack(boolean)
	 * @see org.faultline.model.c.CPackage#getCCfgEdge_Back()
	 * @model
	 * @generated
	 */
	boolean isBack();

	/**
	 * Sets the value of the '{@link org.faultline.model.c.CCfgEdge#isBack <em>Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Back</em>' attribute.
	 * @see #isBack()
	 * @generated
	 */
	void setBack(boolean value);

} // CCfgEdge
