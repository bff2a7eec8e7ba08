/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.faultline.model.c.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.faultline.model.c.CPackage
 * @generated
 */
public class CSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CSwitch() {
		if (modelPackage == null) {
			modelPackage = CPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CPackage.CSEMANTIC_DIFF: {
				CSemanticDiff cSemanticDiff = (CSemanticDiff)theEObject;
				T result = caseCSemanticDiff(cSemanticDiff);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CPackage.CFUNCTION_DIFF: {
				CFunctionDiff cFunctionDiff = (CFunctionDiff)theEObject;
				T result = caseCFunctionDiff(cFunctionDiff);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CPackage.CSIGNATURE_CHANGE: {
				CSignatureChange cSignatureChange = (CSignatureChange)theEObject;
				T result = caseCSignatureChange(cSignatureChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CPackage.CCONTRACT_CHANGE: {
				CContractChange cContractChange = (CContractChange)theEObject;
				T result = caseCContractChange(cContractChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CPackage.CDECISION_ROW: {
				CDecisionRow cDecisionRow = (CDecisionRow)theEObject;
				T result = caseCDecisionRow(cDecisionRow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CPackage.CCALL_CHANGE: {
				CCallChange cCallChange = (CCallChange)theEObject;
				T result = caseCCallChange(cCallChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CPackage.COWNERSHIP_CHANGE: {
				COwnershipChange cOwnershipChange = (COwnershipChange)theEObject;
				T result = caseCOwnershipChange(cOwnershipChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CPackage.CCODE_MOVE: {
				CCodeMove cCodeMove = (CCodeMove)theEObject;
				T result = caseCCodeMove(cCodeMove);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CPackage.CRESOURCE_HANDLERS: {
				CResourceHandlers cResourceHandlers = (CResourceHandlers)theEObject;
				T result = caseCResourceHandlers(cResourceHandlers);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Semantic Diff</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Semantic Diff</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCSemanticDiff(CSemanticDiff object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Function Diff</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Function Diff</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCFunctionDiff(CFunctionDiff object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Signature Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Signature Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCSignatureChange(CSignatureChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contract Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contract Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCContractChange(CContractChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decision Row</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decision Row</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCDecisionRow(CDecisionRow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Call Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Call Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCCallChange(CCallChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ownership Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ownership Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCOwnershipChange(COwnershipChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Code Move</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Code Move</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCCodeMove(CCodeMove object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Resource Handlers</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Resource Handlers</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCResourceHandlers(CResourceHandlers object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CSwitch
