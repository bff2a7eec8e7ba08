/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.faultline.model.c.CPackage
 * @generated
 */
public interface CFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CFactory eINSTANCE = org.faultline.model.c.impl.CFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Semantic Diff</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Semantic Diff</em>'.
	 * @generated
	 */
	CSemanticDiff createCSemanticDiff();

	/**
	 * Returns a new object of class '<em>Function Diff</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Function Diff</em>'.
	 * @generated
	 */
	CFunctionDiff createCFunctionDiff();

	/**
	 * Returns a new object of class '<em>Signature Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Signature Change</em>'.
	 * @generated
	 */
	CSignatureChange createCSignatureChange();

	/**
	 * Returns a new object of class '<em>Contract Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contract Change</em>'.
	 * @generated
	 */
	CContractChange createCContractChange();

	/**
	 * Returns a new object of class '<em>Decision Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decision Row</em>'.
	 * @generated
	 */
	CDecisionRow createCDecisionRow();

	/**
	 * Returns a new object of class '<em>Call Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Call Change</em>'.
	 * @generated
	 */
	CCallChange createCCallChange();

	/**
	 * Returns a new object of class '<em>Ownership Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ownership Change</em>'.
	 * @generated
	 */
	COwnershipChange createCOwnershipChange();

	/**
	 * Returns a new object of class '<em>Code Move</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Code Move</em>'.
	 * @generated
	 */
	CCodeMove createCCodeMove();

	/**
	 * Returns a new object of class '<em>Resource Handlers</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Handlers</em>'.
	 * @generated
	 */
	CResourceHandlers createCResourceHandlers();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CPackage getCPackage();

} //CFactory
