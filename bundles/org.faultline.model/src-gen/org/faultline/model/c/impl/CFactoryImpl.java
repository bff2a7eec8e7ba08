/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.faultline.model.c.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CFactoryImpl extends EFactoryImpl implements CFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CFactory init() {
		try {
			CFactory theCFactory = (CFactory)EPackage.Registry.INSTANCE.getEFactory(CPackage.eNS_URI);
			if (theCFactory != null) {
				return theCFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CPackage.CSEMANTIC_DIFF: return createCSemanticDiff();
			case CPackage.CFUNCTION_DIFF: return createCFunctionDiff();
			case CPackage.CSIGNATURE_CHANGE: return createCSignatureChange();
			case CPackage.CCONTRACT_CHANGE: return createCContractChange();
			case CPackage.CDECISION_ROW: return createCDecisionRow();
			case CPackage.CCALL_CHANGE: return createCCallChange();
			case CPackage.COWNERSHIP_CHANGE: return createCOwnershipChange();
			case CPackage.CCODE_MOVE: return createCCodeMove();
			case CPackage.CRESOURCE_HANDLERS: return createCResourceHandlers();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CPackage.CCHANGE_STATUS:
				return createCChangeStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CPackage.CCHANGE_STATUS:
				return convertCChangeStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSemanticDiff createCSemanticDiff() {
		CSemanticDiffImpl cSemanticDiff = new CSemanticDiffImpl();
		return cSemanticDiff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CFunctionDiff createCFunctionDiff() {
		CFunctionDiffImpl cFunctionDiff = new CFunctionDiffImpl();
		return cFunctionDiff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSignatureChange createCSignatureChange() {
		CSignatureChangeImpl cSignatureChange = new CSignatureChangeImpl();
		return cSignatureChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CContractChange createCContractChange() {
		CContractChangeImpl cContractChange = new CContractChangeImpl();
		return cContractChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CDecisionRow createCDecisionRow() {
		CDecisionRowImpl cDecisionRow = new CDecisionRowImpl();
		return cDecisionRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CCallChange createCCallChange() {
		CCallChangeImpl cCallChange = new CCallChangeImpl();
		return cCallChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public COwnershipChange createCOwnershipChange() {
		COwnershipChangeImpl cOwnershipChange = new COwnershipChangeImpl();
		return cOwnershipChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CCodeMove createCCodeMove() {
		CCodeMoveImpl cCodeMove = new CCodeMoveImpl();
		return cCodeMove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CResourceHandlers createCResourceHandlers() {
		CResourceHandlersImpl cResourceHandlers = new CResourceHandlersImpl();
		return cResourceHandlers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CChangeStatus createCChangeStatusFromString(EDataType eDataType, String initialValue) {
		CChangeStatus result = CChangeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCChangeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CPackage getCPackage() {
		return (CPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CPackage getPackage() {
		return CPackage.eINSTANCE;
	}

} //CFactoryImpl
