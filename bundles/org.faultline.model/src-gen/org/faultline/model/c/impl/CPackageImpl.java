/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.faultline.model.c.CCallChange;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.c.CCodeMove;
import org.faultline.model.c.CContractChange;
import org.faultline.model.c.CDecisionRow;
import org.faultline.model.c.CFactory;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.COwnershipChange;
import org.faultline.model.c.CPackage;
import org.faultline.model.c.CResourceHandlers;
import org.faultline.model.c.CSemanticDiff;
import org.faultline.model.c.CSignatureChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CPackageImpl extends EPackageImpl implements CPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cSemanticDiffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cFunctionDiffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cSignatureChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cContractChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cDecisionRowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cCallChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cOwnershipChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cCodeMoveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cResourceHandlersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cChangeStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.faultline.model.c.CPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CPackageImpl() {
		super(eNS_URI, CFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CPackage init() {
		if (isInited) return (CPackage)EPackage.Registry.INSTANCE.getEPackage(CPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CPackageImpl theCPackage = registeredCPackage instanceof CPackageImpl ? (CPackageImpl)registeredCPackage : new CPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCPackage.createPackageContents();

		// Initialize created meta-data
		theCPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CPackage.eNS_URI, theCPackage);
		return theCPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCSemanticDiff() {
		return cSemanticDiffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSemanticDiff_Root() {
		return (EAttribute)cSemanticDiffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSemanticDiff_Functions() {
		return (EReference)cSemanticDiffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSemanticDiff_Moves() {
		return (EReference)cSemanticDiffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCSemanticDiff_Handlers() {
		return (EReference)cSemanticDiffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCFunctionDiff() {
		return cFunctionDiffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCFunctionDiff_Name() {
		return (EAttribute)cFunctionDiffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCFunctionDiff_Status() {
		return (EAttribute)cFunctionDiffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCFunctionDiff_BeforeFile() {
		return (EAttribute)cFunctionDiffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCFunctionDiff_BeforeLine() {
		return (EAttribute)cFunctionDiffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCFunctionDiff_AfterFile() {
		return (EAttribute)cFunctionDiffEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCFunctionDiff_AfterLine() {
		return (EAttribute)cFunctionDiffEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCFunctionDiff_SignatureChanges() {
		return (EReference)cFunctionDiffEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCFunctionDiff_ContractChanges() {
		return (EReference)cFunctionDiffEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCFunctionDiff_DecisionRows() {
		return (EReference)cFunctionDiffEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCFunctionDiff_CallChanges() {
		return (EReference)cFunctionDiffEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCFunctionDiff_OwnershipChanges() {
		return (EReference)cFunctionDiffEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCSignatureChange() {
		return cSignatureChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSignatureChange_Kind() {
		return (EAttribute)cSignatureChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSignatureChange_Parameter() {
		return (EAttribute)cSignatureChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSignatureChange_BeforeType() {
		return (EAttribute)cSignatureChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSignatureChange_AfterType() {
		return (EAttribute)cSignatureChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSignatureChange_Position() {
		return (EAttribute)cSignatureChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSignatureChange_CallersUpdated() {
		return (EAttribute)cSignatureChangeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCSignatureChange_CallersNotUpdated() {
		return (EAttribute)cSignatureChangeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCContractChange() {
		return cContractChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCContractChange_Moment() {
		return (EAttribute)cContractChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCContractChange_Subject() {
		return (EAttribute)cContractChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCContractChange_Before() {
		return (EAttribute)cContractChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCContractChange_After() {
		return (EAttribute)cContractChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCDecisionRow() {
		return cDecisionRowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCDecisionRow_Callee() {
		return (EAttribute)cDecisionRowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCDecisionRow_DefinedInTree() {
		return (EAttribute)cDecisionRowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCDecisionRow_Before() {
		return (EAttribute)cDecisionRowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCDecisionRow_After() {
		return (EAttribute)cDecisionRowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCDecisionRow_Status() {
		return (EAttribute)cDecisionRowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCCallChange() {
		return cCallChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCallChange_Kind() {
		return (EAttribute)cCallChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCallChange_Callee() {
		return (EAttribute)cCallChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCallChange_Other() {
		return (EAttribute)cCallChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCallChange_BeforeCount() {
		return (EAttribute)cCallChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCallChange_AfterCount() {
		return (EAttribute)cCallChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCOwnershipChange() {
		return cOwnershipChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCOwnershipChange_Resource() {
		return (EAttribute)cOwnershipChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCOwnershipChange_Before() {
		return (EAttribute)cOwnershipChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCOwnershipChange_After() {
		return (EAttribute)cOwnershipChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCCodeMove() {
		return cCodeMoveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_FromFunction() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_ToFunction() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_Statements() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_FromFile() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_FromLine() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_FromEndLine() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_ToFile() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_ToLine() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCCodeMove_ToEndLine() {
		return (EAttribute)cCodeMoveEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCResourceHandlers() {
		return cResourceHandlersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCResourceHandlers_Resource() {
		return (EAttribute)cResourceHandlersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCResourceHandlers_Call() {
		return (EAttribute)cResourceHandlersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCResourceHandlers_Before() {
		return (EAttribute)cResourceHandlersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCResourceHandlers_After() {
		return (EAttribute)cResourceHandlersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCChangeStatus() {
		return cChangeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CFactory getCFactory() {
		return (CFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		cSemanticDiffEClass = createEClass(CSEMANTIC_DIFF);
		createEAttribute(cSemanticDiffEClass, CSEMANTIC_DIFF__ROOT);
		createEReference(cSemanticDiffEClass, CSEMANTIC_DIFF__FUNCTIONS);
		createEReference(cSemanticDiffEClass, CSEMANTIC_DIFF__MOVES);
		createEReference(cSemanticDiffEClass, CSEMANTIC_DIFF__HANDLERS);

		cFunctionDiffEClass = createEClass(CFUNCTION_DIFF);
		createEAttribute(cFunctionDiffEClass, CFUNCTION_DIFF__NAME);
		createEAttribute(cFunctionDiffEClass, CFUNCTION_DIFF__STATUS);
		createEAttribute(cFunctionDiffEClass, CFUNCTION_DIFF__BEFORE_FILE);
		createEAttribute(cFunctionDiffEClass, CFUNCTION_DIFF__BEFORE_LINE);
		createEAttribute(cFunctionDiffEClass, CFUNCTION_DIFF__AFTER_FILE);
		createEAttribute(cFunctionDiffEClass, CFUNCTION_DIFF__AFTER_LINE);
		createEReference(cFunctionDiffEClass, CFUNCTION_DIFF__SIGNATURE_CHANGES);
		createEReference(cFunctionDiffEClass, CFUNCTION_DIFF__CONTRACT_CHANGES);
		createEReference(cFunctionDiffEClass, CFUNCTION_DIFF__DECISION_ROWS);
		createEReference(cFunctionDiffEClass, CFUNCTION_DIFF__CALL_CHANGES);
		createEReference(cFunctionDiffEClass, CFUNCTION_DIFF__OWNERSHIP_CHANGES);

		cSignatureChangeEClass = createEClass(CSIGNATURE_CHANGE);
		createEAttribute(cSignatureChangeEClass, CSIGNATURE_CHANGE__KIND);
		createEAttribute(cSignatureChangeEClass, CSIGNATURE_CHANGE__PARAMETER);
		createEAttribute(cSignatureChangeEClass, CSIGNATURE_CHANGE__BEFORE_TYPE);
		createEAttribute(cSignatureChangeEClass, CSIGNATURE_CHANGE__AFTER_TYPE);
		createEAttribute(cSignatureChangeEClass, CSIGNATURE_CHANGE__POSITION);
		createEAttribute(cSignatureChangeEClass, CSIGNATURE_CHANGE__CALLERS_UPDATED);
		createEAttribute(cSignatureChangeEClass, CSIGNATURE_CHANGE__CALLERS_NOT_UPDATED);

		cContractChangeEClass = createEClass(CCONTRACT_CHANGE);
		createEAttribute(cContractChangeEClass, CCONTRACT_CHANGE__MOMENT);
		createEAttribute(cContractChangeEClass, CCONTRACT_CHANGE__SUBJECT);
		createEAttribute(cContractChangeEClass, CCONTRACT_CHANGE__BEFORE);
		createEAttribute(cContractChangeEClass, CCONTRACT_CHANGE__AFTER);

		cDecisionRowEClass = createEClass(CDECISION_ROW);
		createEAttribute(cDecisionRowEClass, CDECISION_ROW__CALLEE);
		createEAttribute(cDecisionRowEClass, CDECISION_ROW__DEFINED_IN_TREE);
		createEAttribute(cDecisionRowEClass, CDECISION_ROW__BEFORE);
		createEAttribute(cDecisionRowEClass, CDECISION_ROW__AFTER);
		createEAttribute(cDecisionRowEClass, CDECISION_ROW__STATUS);

		cCallChangeEClass = createEClass(CCALL_CHANGE);
		createEAttribute(cCallChangeEClass, CCALL_CHANGE__KIND);
		createEAttribute(cCallChangeEClass, CCALL_CHANGE__CALLEE);
		createEAttribute(cCallChangeEClass, CCALL_CHANGE__OTHER);
		createEAttribute(cCallChangeEClass, CCALL_CHANGE__BEFORE_COUNT);
		createEAttribute(cCallChangeEClass, CCALL_CHANGE__AFTER_COUNT);

		cOwnershipChangeEClass = createEClass(COWNERSHIP_CHANGE);
		createEAttribute(cOwnershipChangeEClass, COWNERSHIP_CHANGE__RESOURCE);
		createEAttribute(cOwnershipChangeEClass, COWNERSHIP_CHANGE__BEFORE);
		createEAttribute(cOwnershipChangeEClass, COWNERSHIP_CHANGE__AFTER);

		cCodeMoveEClass = createEClass(CCODE_MOVE);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__FROM_FUNCTION);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__TO_FUNCTION);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__STATEMENTS);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__FROM_FILE);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__FROM_LINE);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__FROM_END_LINE);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__TO_FILE);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__TO_LINE);
		createEAttribute(cCodeMoveEClass, CCODE_MOVE__TO_END_LINE);

		cResourceHandlersEClass = createEClass(CRESOURCE_HANDLERS);
		createEAttribute(cResourceHandlersEClass, CRESOURCE_HANDLERS__RESOURCE);
		createEAttribute(cResourceHandlersEClass, CRESOURCE_HANDLERS__CALL);
		createEAttribute(cResourceHandlersEClass, CRESOURCE_HANDLERS__BEFORE);
		createEAttribute(cResourceHandlersEClass, CRESOURCE_HANDLERS__AFTER);

		// Create enums
		cChangeStatusEEnum = createEEnum(CCHANGE_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(cSemanticDiffEClass, CSemanticDiff.class, "CSemanticDiff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCSemanticDiff_Root(), ecorePackage.getEString(), "root", null, 0, 1, CSemanticDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCSemanticDiff_Functions(), this.getCFunctionDiff(), null, "functions", null, 0, -1, CSemanticDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCSemanticDiff_Moves(), this.getCCodeMove(), null, "moves", null, 0, -1, CSemanticDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCSemanticDiff_Handlers(), this.getCResourceHandlers(), null, "handlers", null, 0, -1, CSemanticDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cFunctionDiffEClass, CFunctionDiff.class, "CFunctionDiff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCFunctionDiff_Name(), ecorePackage.getEString(), "name", null, 0, 1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCFunctionDiff_Status(), this.getCChangeStatus(), "status", null, 0, 1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCFunctionDiff_BeforeFile(), ecorePackage.getEString(), "beforeFile", null, 0, 1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCFunctionDiff_BeforeLine(), ecorePackage.getEInt(), "beforeLine", null, 0, 1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCFunctionDiff_AfterFile(), ecorePackage.getEString(), "afterFile", null, 0, 1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCFunctionDiff_AfterLine(), ecorePackage.getEInt(), "afterLine", null, 0, 1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCFunctionDiff_SignatureChanges(), this.getCSignatureChange(), null, "signatureChanges", null, 0, -1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCFunctionDiff_ContractChanges(), this.getCContractChange(), null, "contractChanges", null, 0, -1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCFunctionDiff_DecisionRows(), this.getCDecisionRow(), null, "decisionRows", null, 0, -1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCFunctionDiff_CallChanges(), this.getCCallChange(), null, "callChanges", null, 0, -1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCFunctionDiff_OwnershipChanges(), this.getCOwnershipChange(), null, "ownershipChanges", null, 0, -1, CFunctionDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cSignatureChangeEClass, CSignatureChange.class, "CSignatureChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCSignatureChange_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, CSignatureChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCSignatureChange_Parameter(), ecorePackage.getEString(), "parameter", null, 0, 1, CSignatureChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCSignatureChange_BeforeType(), ecorePackage.getEString(), "beforeType", null, 0, 1, CSignatureChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCSignatureChange_AfterType(), ecorePackage.getEString(), "afterType", null, 0, 1, CSignatureChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCSignatureChange_Position(), ecorePackage.getEInt(), "position", null, 0, 1, CSignatureChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCSignatureChange_CallersUpdated(), ecorePackage.getEString(), "callersUpdated", null, 0, -1, CSignatureChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCSignatureChange_CallersNotUpdated(), ecorePackage.getEString(), "callersNotUpdated", null, 0, -1, CSignatureChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cContractChangeEClass, CContractChange.class, "CContractChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCContractChange_Moment(), ecorePackage.getEString(), "moment", null, 0, 1, CContractChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCContractChange_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, CContractChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCContractChange_Before(), ecorePackage.getEString(), "before", null, 0, 1, CContractChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCContractChange_After(), ecorePackage.getEString(), "after", null, 0, 1, CContractChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cDecisionRowEClass, CDecisionRow.class, "CDecisionRow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCDecisionRow_Callee(), ecorePackage.getEString(), "callee", null, 0, 1, CDecisionRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCDecisionRow_DefinedInTree(), ecorePackage.getEBoolean(), "definedInTree", null, 0, 1, CDecisionRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCDecisionRow_Before(), ecorePackage.getEString(), "before", null, 0, 1, CDecisionRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCDecisionRow_After(), ecorePackage.getEString(), "after", null, 0, 1, CDecisionRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCDecisionRow_Status(), this.getCChangeStatus(), "status", null, 0, 1, CDecisionRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cCallChangeEClass, CCallChange.class, "CCallChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCCallChange_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, CCallChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCallChange_Callee(), ecorePackage.getEString(), "callee", null, 0, 1, CCallChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCallChange_Other(), ecorePackage.getEString(), "other", null, 0, 1, CCallChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCallChange_BeforeCount(), ecorePackage.getEInt(), "beforeCount", null, 0, 1, CCallChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCallChange_AfterCount(), ecorePackage.getEInt(), "afterCount", null, 0, 1, CCallChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cOwnershipChangeEClass, COwnershipChange.class, "COwnershipChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCOwnershipChange_Resource(), ecorePackage.getEString(), "resource", null, 0, 1, COwnershipChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCOwnershipChange_Before(), ecorePackage.getEString(), "before", null, 0, 1, COwnershipChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCOwnershipChange_After(), ecorePackage.getEString(), "after", null, 0, 1, COwnershipChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cCodeMoveEClass, CCodeMove.class, "CCodeMove", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCCodeMove_FromFunction(), ecorePackage.getEString(), "fromFunction", null, 0, 1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCodeMove_ToFunction(), ecorePackage.getEString(), "toFunction", null, 0, 1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCodeMove_Statements(), ecorePackage.getEString(), "statements", null, 0, -1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCodeMove_FromFile(), ecorePackage.getEString(), "fromFile", null, 0, 1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCodeMove_FromLine(), ecorePackage.getEInt(), "fromLine", null, 0, 1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCodeMove_FromEndLine(), ecorePackage.getEInt(), "fromEndLine", null, 0, 1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCodeMove_ToFile(), ecorePackage.getEString(), "toFile", null, 0, 1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCodeMove_ToLine(), ecorePackage.getEInt(), "toLine", null, 0, 1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCCodeMove_ToEndLine(), ecorePackage.getEInt(), "toEndLine", null, 0, 1, CCodeMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cResourceHandlersEClass, CResourceHandlers.class, "CResourceHandlers", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCResourceHandlers_Resource(), ecorePackage.getEString(), "resource", null, 0, 1, CResourceHandlers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCResourceHandlers_Call(), ecorePackage.getEString(), "call", null, 0, 1, CResourceHandlers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCResourceHandlers_Before(), ecorePackage.getEString(), "before", null, 0, -1, CResourceHandlers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCResourceHandlers_After(), ecorePackage.getEString(), "after", null, 0, -1, CResourceHandlers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(cChangeStatusEEnum, CChangeStatus.class, "CChangeStatus");
		addEEnumLiteral(cChangeStatusEEnum, CChangeStatus.ADDED);
		addEEnumLiteral(cChangeStatusEEnum, CChangeStatus.REMOVED);
		addEEnumLiteral(cChangeStatusEEnum, CChangeStatus.CHANGED);
		addEEnumLiteral(cChangeStatusEEnum, CChangeStatus.UNCHANGED);

		// Create resource
		createResource(eNS_URI);
	}

} //CPackageImpl
