/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The semantic diff of two versions of the fault path, as the IDE and the CLI show them.
 * <!-- end-model-doc -->
 * @see org.faultline.model.c.CFactory
 * @model kind="package"
 * @generated
 */
public interface CPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "c";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:faultline:model:c";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "c";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CPackage eINSTANCE = org.faultline.model.c.impl.CPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.CSemanticDiffImpl <em>Semantic Diff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.CSemanticDiffImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCSemanticDiff()
	 * @generated
	 */
	int CSEMANTIC_DIFF = 0;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSEMANTIC_DIFF__ROOT = 0;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSEMANTIC_DIFF__FUNCTIONS = 1;

	/**
	 * The feature id for the '<em><b>Moves</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSEMANTIC_DIFF__MOVES = 2;

	/**
	 * The feature id for the '<em><b>Handlers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSEMANTIC_DIFF__HANDLERS = 3;

	/**
	 * The number of structural features of the '<em>Semantic Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSEMANTIC_DIFF_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Semantic Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSEMANTIC_DIFF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.CFunctionDiffImpl <em>Function Diff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.CFunctionDiffImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCFunctionDiff()
	 * @generated
	 */
	int CFUNCTION_DIFF = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__NAME = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Before File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__BEFORE_FILE = 2;

	/**
	 * The feature id for the '<em><b>Before Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__BEFORE_LINE = 3;

	/**
	 * The feature id for the '<em><b>After File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__AFTER_FILE = 4;

	/**
	 * The feature id for the '<em><b>After Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__AFTER_LINE = 5;

	/**
	 * The feature id for the '<em><b>Signature Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__SIGNATURE_CHANGES = 6;

	/**
	 * The feature id for the '<em><b>Contract Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__CONTRACT_CHANGES = 7;

	/**
	 * The feature id for the '<em><b>Decision Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__DECISION_ROWS = 8;

	/**
	 * The feature id for the '<em><b>Call Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__CALL_CHANGES = 9;

	/**
	 * The feature id for the '<em><b>Ownership Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF__OWNERSHIP_CHANGES = 10;

	/**
	 * The number of structural features of the '<em>Function Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Function Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CFUNCTION_DIFF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.CSignatureChangeImpl <em>Signature Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.CSignatureChangeImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCSignatureChange()
	 * @generated
	 */
	int CSIGNATURE_CHANGE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE__PARAMETER = 1;

	/**
	 * The feature id for the '<em><b>Before Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE__BEFORE_TYPE = 2;

	/**
	 * The feature id for the '<em><b>After Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE__AFTER_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE__POSITION = 4;

	/**
	 * The feature id for the '<em><b>Callers Updated</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE__CALLERS_UPDATED = 5;

	/**
	 * The feature id for the '<em><b>Callers Not Updated</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE__CALLERS_NOT_UPDATED = 6;

	/**
	 * The number of structural features of the '<em>Signature Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Signature Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSIGNATURE_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.CContractChangeImpl <em>Contract Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.CContractChangeImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCContractChange()
	 * @generated
	 */
	int CCONTRACT_CHANGE = 3;

	/**
	 * The feature id for the '<em><b>Moment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCONTRACT_CHANGE__MOMENT = 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCONTRACT_CHANGE__SUBJECT = 1;

	/**
	 * The feature id for the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCONTRACT_CHANGE__BEFORE = 2;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCONTRACT_CHANGE__AFTER = 3;

	/**
	 * The number of structural features of the '<em>Contract Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCONTRACT_CHANGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Contract Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCONTRACT_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.CDecisionRowImpl <em>Decision Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.CDecisionRowImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCDecisionRow()
	 * @generated
	 */
	int CDECISION_ROW = 4;

	/**
	 * The feature id for the '<em><b>Callee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CDECISION_ROW__CALLEE = 0;

	/**
	 * The feature id for the '<em><b>Defined In Tree</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CDECISION_ROW__DEFINED_IN_TREE = 1;

	/**
	 * The feature id for the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CDECISION_ROW__BEFORE = 2;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CDECISION_ROW__AFTER = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CDECISION_ROW__STATUS = 4;

	/**
	 * The number of structural features of the '<em>Decision Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CDECISION_ROW_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Decision Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CDECISION_ROW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.CCallChangeImpl <em>Call Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.CCallChangeImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCCallChange()
	 * @generated
	 */
	int CCALL_CHANGE = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCALL_CHANGE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Callee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCALL_CHANGE__CALLEE = 1;

	/**
	 * The feature id for the '<em><b>Other</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCALL_CHANGE__OTHER = 2;

	/**
	 * The feature id for the '<em><b>Before Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCALL_CHANGE__BEFORE_COUNT = 3;

	/**
	 * The feature id for the '<em><b>After Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCALL_CHANGE__AFTER_COUNT = 4;

	/**
	 * The number of structural features of the '<em>Call Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCALL_CHANGE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Call Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCALL_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.COwnershipChangeImpl <em>Ownership Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.COwnershipChangeImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCOwnershipChange()
	 * @generated
	 */
	int COWNERSHIP_CHANGE = 6;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COWNERSHIP_CHANGE__RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COWNERSHIP_CHANGE__BEFORE = 1;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COWNERSHIP_CHANGE__AFTER = 2;

	/**
	 * The number of structural features of the '<em>Ownership Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COWNERSHIP_CHANGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Ownership Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COWNERSHIP_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.CCodeMoveImpl <em>Code Move</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.CCodeMoveImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCCodeMove()
	 * @generated
	 */
	int CCODE_MOVE = 7;

	/**
	 * The feature id for the '<em><b>From Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__FROM_FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>To Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__TO_FUNCTION = 1;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__STATEMENTS = 2;

	/**
	 * The feature id for the '<em><b>From File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__FROM_FILE = 3;

	/**
	 * The feature id for the '<em><b>From Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__FROM_LINE = 4;

	/**
	 * The feature id for the '<em><b>From End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__FROM_END_LINE = 5;

	/**
	 * The feature id for the '<em><b>To File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__TO_FILE = 6;

	/**
	 * The feature id for the '<em><b>To Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__TO_LINE = 7;

	/**
	 * The feature id for the '<em><b>To End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE__TO_END_LINE = 8;

	/**
	 * The number of structural features of the '<em>Code Move</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Code Move</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CCODE_MOVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.impl.CResourceHandlersImpl <em>Resource Handlers</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.impl.CResourceHandlersImpl
	 * @see org.faultline.model.c.impl.CPackageImpl#getCResourceHandlers()
	 * @generated
	 */
	int CRESOURCE_HANDLERS = 8;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRESOURCE_HANDLERS__RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRESOURCE_HANDLERS__CALL = 1;

	/**
	 * The feature id for the '<em><b>Before</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRESOURCE_HANDLERS__BEFORE = 2;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRESOURCE_HANDLERS__AFTER = 3;

	/**
	 * The number of structural features of the '<em>Resource Handlers</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRESOURCE_HANDLERS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Resource Handlers</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRESOURCE_HANDLERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.c.CChangeStatus <em>Change Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.c.CChangeStatus
	 * @see org.faultline.model.c.impl.CPackageImpl#getCChangeStatus()
	 * @generated
	 */
	int CCHANGE_STATUS = 9;


	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.CSemanticDiff <em>Semantic Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Semantic Diff</em>'.
	 * @see org.faultline.model.c.CSemanticDiff
	 * @generated
	 */
	EClass getCSemanticDiff();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CSemanticDiff#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root</em>'.
	 * @see org.faultline.model.c.CSemanticDiff#getRoot()
	 * @see #getCSemanticDiff()
	 * @generated
	 */
	EAttribute getCSemanticDiff_Root();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.c.CSemanticDiff#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Functions</em>'.
	 * @see org.faultline.model.c.CSemanticDiff#getFunctions()
	 * @see #getCSemanticDiff()
	 * @generated
	 */
	EReference getCSemanticDiff_Functions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.c.CSemanticDiff#getMoves <em>Moves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Moves</em>'.
	 * @see org.faultline.model.c.CSemanticDiff#getMoves()
	 * @see #getCSemanticDiff()
	 * @generated
	 */
	EReference getCSemanticDiff_Moves();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.c.CSemanticDiff#getHandlers <em>Handlers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Handlers</em>'.
	 * @see org.faultline.model.c.CSemanticDiff#getHandlers()
	 * @see #getCSemanticDiff()
	 * @generated
	 */
	EReference getCSemanticDiff_Handlers();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.CFunctionDiff <em>Function Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Function Diff</em>'.
	 * @see org.faultline.model.c.CFunctionDiff
	 * @generated
	 */
	EClass getCFunctionDiff();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CFunctionDiff#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getName()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EAttribute getCFunctionDiff_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CFunctionDiff#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getStatus()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EAttribute getCFunctionDiff_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CFunctionDiff#getBeforeFile <em>Before File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before File</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getBeforeFile()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EAttribute getCFunctionDiff_BeforeFile();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CFunctionDiff#getBeforeLine <em>Before Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before Line</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getBeforeLine()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EAttribute getCFunctionDiff_BeforeLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CFunctionDiff#getAfterFile <em>After File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After File</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getAfterFile()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EAttribute getCFunctionDiff_AfterFile();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CFunctionDiff#getAfterLine <em>After Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After Line</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getAfterLine()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EAttribute getCFunctionDiff_AfterLine();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.c.CFunctionDiff#getSignatureChanges <em>Signature Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signature Changes</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getSignatureChanges()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EReference getCFunctionDiff_SignatureChanges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.c.CFunctionDiff#getContractChanges <em>Contract Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contract Changes</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getContractChanges()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EReference getCFunctionDiff_ContractChanges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.c.CFunctionDiff#getDecisionRows <em>Decision Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decision Rows</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getDecisionRows()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EReference getCFunctionDiff_DecisionRows();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.c.CFunctionDiff#getCallChanges <em>Call Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Call Changes</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getCallChanges()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EReference getCFunctionDiff_CallChanges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.c.CFunctionDiff#getOwnershipChanges <em>Ownership Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ownership Changes</em>'.
	 * @see org.faultline.model.c.CFunctionDiff#getOwnershipChanges()
	 * @see #getCFunctionDiff()
	 * @generated
	 */
	EReference getCFunctionDiff_OwnershipChanges();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.CSignatureChange <em>Signature Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature Change</em>'.
	 * @see org.faultline.model.c.CSignatureChange
	 * @generated
	 */
	EClass getCSignatureChange();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CSignatureChange#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.faultline.model.c.CSignatureChange#getKind()
	 * @see #getCSignatureChange()
	 * @generated
	 */
	EAttribute getCSignatureChange_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CSignatureChange#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.faultline.model.c.CSignatureChange#getParameter()
	 * @see #getCSignatureChange()
	 * @generated
	 */
	EAttribute getCSignatureChange_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CSignatureChange#getBeforeType <em>Before Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before Type</em>'.
	 * @see org.faultline.model.c.CSignatureChange#getBeforeType()
	 * @see #getCSignatureChange()
	 * @generated
	 */
	EAttribute getCSignatureChange_BeforeType();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CSignatureChange#getAfterType <em>After Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After Type</em>'.
	 * @see org.faultline.model.c.CSignatureChange#getAfterType()
	 * @see #getCSignatureChange()
	 * @generated
	 */
	EAttribute getCSignatureChange_AfterType();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CSignatureChange#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.faultline.model.c.CSignatureChange#getPosition()
	 * @see #getCSignatureChange()
	 * @generated
	 */
	EAttribute getCSignatureChange_Position();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.c.CSignatureChange#getCallersUpdated <em>Callers Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Callers Updated</em>'.
	 * @see org.faultline.model.c.CSignatureChange#getCallersUpdated()
	 * @see #getCSignatureChange()
	 * @generated
	 */
	EAttribute getCSignatureChange_CallersUpdated();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.c.CSignatureChange#getCallersNotUpdated <em>Callers Not Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Callers Not Updated</em>'.
	 * @see org.faultline.model.c.CSignatureChange#getCallersNotUpdated()
	 * @see #getCSignatureChange()
	 * @generated
	 */
	EAttribute getCSignatureChange_CallersNotUpdated();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.CContractChange <em>Contract Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contract Change</em>'.
	 * @see org.faultline.model.c.CContractChange
	 * @generated
	 */
	EClass getCContractChange();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CContractChange#getMoment <em>Moment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moment</em>'.
	 * @see org.faultline.model.c.CContractChange#getMoment()
	 * @see #getCContractChange()
	 * @generated
	 */
	EAttribute getCContractChange_Moment();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CContractChange#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.faultline.model.c.CContractChange#getSubject()
	 * @see #getCContractChange()
	 * @generated
	 */
	EAttribute getCContractChange_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CContractChange#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before</em>'.
	 * @see org.faultline.model.c.CContractChange#getBefore()
	 * @see #getCContractChange()
	 * @generated
	 */
	EAttribute getCContractChange_Before();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CContractChange#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After</em>'.
	 * @see org.faultline.model.c.CContractChange#getAfter()
	 * @see #getCContractChange()
	 * @generated
	 */
	EAttribute getCContractChange_After();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.CDecisionRow <em>Decision Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Row</em>'.
	 * @see org.faultline.model.c.CDecisionRow
	 * @generated
	 */
	EClass getCDecisionRow();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CDecisionRow#getCallee <em>Callee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callee</em>'.
	 * @see org.faultline.model.c.CDecisionRow#getCallee()
	 * @see #getCDecisionRow()
	 * @generated
	 */
	EAttribute getCDecisionRow_Callee();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CDecisionRow#isDefinedInTree <em>Defined In Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Defined In Tree</em>'.
	 * @see org.faultline.model.c.CDecisionRow#isDefinedInTree()
	 * @see #getCDecisionRow()
	 * @generated
	 */
	EAttribute getCDecisionRow_DefinedInTree();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CDecisionRow#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before</em>'.
	 * @see org.faultline.model.c.CDecisionRow#getBefore()
	 * @see #getCDecisionRow()
	 * @generated
	 */
	EAttribute getCDecisionRow_Before();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CDecisionRow#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After</em>'.
	 * @see org.faultline.model.c.CDecisionRow#getAfter()
	 * @see #getCDecisionRow()
	 * @generated
	 */
	EAttribute getCDecisionRow_After();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CDecisionRow#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.faultline.model.c.CDecisionRow#getStatus()
	 * @see #getCDecisionRow()
	 * @generated
	 */
	EAttribute getCDecisionRow_Status();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.CCallChange <em>Call Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Call Change</em>'.
	 * @see org.faultline.model.c.CCallChange
	 * @generated
	 */
	EClass getCCallChange();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCallChange#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.faultline.model.c.CCallChange#getKind()
	 * @see #getCCallChange()
	 * @generated
	 */
	EAttribute getCCallChange_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCallChange#getCallee <em>Callee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callee</em>'.
	 * @see org.faultline.model.c.CCallChange#getCallee()
	 * @see #getCCallChange()
	 * @generated
	 */
	EAttribute getCCallChange_Callee();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCallChange#getOther <em>Other</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other</em>'.
	 * @see org.faultline.model.c.CCallChange#getOther()
	 * @see #getCCallChange()
	 * @generated
	 */
	EAttribute getCCallChange_Other();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCallChange#getBeforeCount <em>Before Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before Count</em>'.
	 * @see org.faultline.model.c.CCallChange#getBeforeCount()
	 * @see #getCCallChange()
	 * @generated
	 */
	EAttribute getCCallChange_BeforeCount();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCallChange#getAfterCount <em>After Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After Count</em>'.
	 * @see org.faultline.model.c.CCallChange#getAfterCount()
	 * @see #getCCallChange()
	 * @generated
	 */
	EAttribute getCCallChange_AfterCount();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.COwnershipChange <em>Ownership Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ownership Change</em>'.
	 * @see org.faultline.model.c.COwnershipChange
	 * @generated
	 */
	EClass getCOwnershipChange();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.COwnershipChange#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see org.faultline.model.c.COwnershipChange#getResource()
	 * @see #getCOwnershipChange()
	 * @generated
	 */
	EAttribute getCOwnershipChange_Resource();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.COwnershipChange#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before</em>'.
	 * @see org.faultline.model.c.COwnershipChange#getBefore()
	 * @see #getCOwnershipChange()
	 * @generated
	 */
	EAttribute getCOwnershipChange_Before();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.COwnershipChange#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After</em>'.
	 * @see org.faultline.model.c.COwnershipChange#getAfter()
	 * @see #getCOwnershipChange()
	 * @generated
	 */
	EAttribute getCOwnershipChange_After();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.CCodeMove <em>Code Move</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code Move</em>'.
	 * @see org.faultline.model.c.CCodeMove
	 * @generated
	 */
	EClass getCCodeMove();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCodeMove#getFromFunction <em>From Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Function</em>'.
	 * @see org.faultline.model.c.CCodeMove#getFromFunction()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_FromFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCodeMove#getToFunction <em>To Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Function</em>'.
	 * @see org.faultline.model.c.CCodeMove#getToFunction()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_ToFunction();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.c.CCodeMove#getStatements <em>Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Statements</em>'.
	 * @see org.faultline.model.c.CCodeMove#getStatements()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_Statements();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCodeMove#getFromFile <em>From File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From File</em>'.
	 * @see org.faultline.model.c.CCodeMove#getFromFile()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_FromFile();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCodeMove#getFromLine <em>From Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Line</em>'.
	 * @see org.faultline.model.c.CCodeMove#getFromLine()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_FromLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCodeMove#getFromEndLine <em>From End Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From End Line</em>'.
	 * @see org.faultline.model.c.CCodeMove#getFromEndLine()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_FromEndLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCodeMove#getToFile <em>To File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To File</em>'.
	 * @see org.faultline.model.c.CCodeMove#getToFile()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_ToFile();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCodeMove#getToLine <em>To Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Line</em>'.
	 * @see org.faultline.model.c.CCodeMove#getToLine()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_ToLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CCodeMove#getToEndLine <em>To End Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To End Line</em>'.
	 * @see org.faultline.model.c.CCodeMove#getToEndLine()
	 * @see #getCCodeMove()
	 * @generated
	 */
	EAttribute getCCodeMove_ToEndLine();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.c.CResourceHandlers <em>Resource Handlers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Handlers</em>'.
	 * @see org.faultline.model.c.CResourceHandlers
	 * @generated
	 */
	EClass getCResourceHandlers();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CResourceHandlers#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see org.faultline.model.c.CResourceHandlers#getResource()
	 * @see #getCResourceHandlers()
	 * @generated
	 */
	EAttribute getCResourceHandlers_Resource();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.c.CResourceHandlers#getCall <em>Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call</em>'.
	 * @see org.faultline.model.c.CResourceHandlers#getCall()
	 * @see #getCResourceHandlers()
	 * @generated
	 */
	EAttribute getCResourceHandlers_Call();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.c.CResourceHandlers#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Before</em>'.
	 * @see org.faultline.model.c.CResourceHandlers#getBefore()
	 * @see #getCResourceHandlers()
	 * @generated
	 */
	EAttribute getCResourceHandlers_Before();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.c.CResourceHandlers#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>After</em>'.
	 * @see org.faultline.model.c.CResourceHandlers#getAfter()
	 * @see #getCResourceHandlers()
	 * @generated
	 */
	EAttribute getCResourceHandlers_After();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.c.CChangeStatus <em>Change Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Status</em>'.
	 * @see org.faultline.model.c.CChangeStatus
	 * @generated
	 */
	EEnum getCChangeStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CFactory getCFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.CSemanticDiffImpl <em>Semantic Diff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.CSemanticDiffImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCSemanticDiff()
		 * @generated
		 */
		EClass CSEMANTIC_DIFF = eINSTANCE.getCSemanticDiff();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSEMANTIC_DIFF__ROOT = eINSTANCE.getCSemanticDiff_Root();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSEMANTIC_DIFF__FUNCTIONS = eINSTANCE.getCSemanticDiff_Functions();

		/**
		 * The meta object literal for the '<em><b>Moves</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSEMANTIC_DIFF__MOVES = eINSTANCE.getCSemanticDiff_Moves();

		/**
		 * The meta object literal for the '<em><b>Handlers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CSEMANTIC_DIFF__HANDLERS = eINSTANCE.getCSemanticDiff_Handlers();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.CFunctionDiffImpl <em>Function Diff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.CFunctionDiffImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCFunctionDiff()
		 * @generated
		 */
		EClass CFUNCTION_DIFF = eINSTANCE.getCFunctionDiff();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CFUNCTION_DIFF__NAME = eINSTANCE.getCFunctionDiff_Name();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CFUNCTION_DIFF__STATUS = eINSTANCE.getCFunctionDiff_Status();

		/**
		 * The meta object literal for the '<em><b>Before File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CFUNCTION_DIFF__BEFORE_FILE = eINSTANCE.getCFunctionDiff_BeforeFile();

		/**
		 * The meta object literal for the '<em><b>Before Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CFUNCTION_DIFF__BEFORE_LINE = eINSTANCE.getCFunctionDiff_BeforeLine();

		/**
		 * The meta object literal for the '<em><b>After File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CFUNCTION_DIFF__AFTER_FILE = eINSTANCE.getCFunctionDiff_AfterFile();

		/**
		 * The meta object literal for the '<em><b>After Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CFUNCTION_DIFF__AFTER_LINE = eINSTANCE.getCFunctionDiff_AfterLine();

		/**
		 * The meta object literal for the '<em><b>Signature Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CFUNCTION_DIFF__SIGNATURE_CHANGES = eINSTANCE.getCFunctionDiff_SignatureChanges();

		/**
		 * The meta object literal for the '<em><b>Contract Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CFUNCTION_DIFF__CONTRACT_CHANGES = eINSTANCE.getCFunctionDiff_ContractChanges();

		/**
		 * The meta object literal for the '<em><b>Decision Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CFUNCTION_DIFF__DECISION_ROWS = eINSTANCE.getCFunctionDiff_DecisionRows();

		/**
		 * The meta object literal for the '<em><b>Call Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CFUNCTION_DIFF__CALL_CHANGES = eINSTANCE.getCFunctionDiff_CallChanges();

		/**
		 * The meta object literal for the '<em><b>Ownership Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CFUNCTION_DIFF__OWNERSHIP_CHANGES = eINSTANCE.getCFunctionDiff_OwnershipChanges();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.CSignatureChangeImpl <em>Signature Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.CSignatureChangeImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCSignatureChange()
		 * @generated
		 */
		EClass CSIGNATURE_CHANGE = eINSTANCE.getCSignatureChange();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSIGNATURE_CHANGE__KIND = eINSTANCE.getCSignatureChange_Kind();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSIGNATURE_CHANGE__PARAMETER = eINSTANCE.getCSignatureChange_Parameter();

		/**
		 * The meta object literal for the '<em><b>Before Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSIGNATURE_CHANGE__BEFORE_TYPE = eINSTANCE.getCSignatureChange_BeforeType();

		/**
		 * The meta object literal for the '<em><b>After Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSIGNATURE_CHANGE__AFTER_TYPE = eINSTANCE.getCSignatureChange_AfterType();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSIGNATURE_CHANGE__POSITION = eINSTANCE.getCSignatureChange_Position();

		/**
		 * The meta object literal for the '<em><b>Callers Updated</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSIGNATURE_CHANGE__CALLERS_UPDATED = eINSTANCE.getCSignatureChange_CallersUpdated();

		/**
		 * The meta object literal for the '<em><b>Callers Not Updated</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSIGNATURE_CHANGE__CALLERS_NOT_UPDATED = eINSTANCE.getCSignatureChange_CallersNotUpdated();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.CContractChangeImpl <em>Contract Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.CContractChangeImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCContractChange()
		 * @generated
		 */
		EClass CCONTRACT_CHANGE = eINSTANCE.getCContractChange();

		/**
		 * The meta object literal for the '<em><b>Moment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCONTRACT_CHANGE__MOMENT = eINSTANCE.getCContractChange_Moment();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCONTRACT_CHANGE__SUBJECT = eINSTANCE.getCContractChange_Subject();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCONTRACT_CHANGE__BEFORE = eINSTANCE.getCContractChange_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCONTRACT_CHANGE__AFTER = eINSTANCE.getCContractChange_After();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.CDecisionRowImpl <em>Decision Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.CDecisionRowImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCDecisionRow()
		 * @generated
		 */
		EClass CDECISION_ROW = eINSTANCE.getCDecisionRow();

		/**
		 * The meta object literal for the '<em><b>Callee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CDECISION_ROW__CALLEE = eINSTANCE.getCDecisionRow_Callee();

		/**
		 * The meta object literal for the '<em><b>Defined In Tree</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CDECISION_ROW__DEFINED_IN_TREE = eINSTANCE.getCDecisionRow_DefinedInTree();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CDECISION_ROW__BEFORE = eINSTANCE.getCDecisionRow_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CDECISION_ROW__AFTER = eINSTANCE.getCDecisionRow_After();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CDECISION_ROW__STATUS = eINSTANCE.getCDecisionRow_Status();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.CCallChangeImpl <em>Call Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.CCallChangeImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCCallChange()
		 * @generated
		 */
		EClass CCALL_CHANGE = eINSTANCE.getCCallChange();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCALL_CHANGE__KIND = eINSTANCE.getCCallChange_Kind();

		/**
		 * The meta object literal for the '<em><b>Callee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCALL_CHANGE__CALLEE = eINSTANCE.getCCallChange_Callee();

		/**
		 * The meta object literal for the '<em><b>Other</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCALL_CHANGE__OTHER = eINSTANCE.getCCallChange_Other();

		/**
		 * The meta object literal for the '<em><b>Before Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCALL_CHANGE__BEFORE_COUNT = eINSTANCE.getCCallChange_BeforeCount();

		/**
		 * The meta object literal for the '<em><b>After Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCALL_CHANGE__AFTER_COUNT = eINSTANCE.getCCallChange_AfterCount();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.COwnershipChangeImpl <em>Ownership Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.COwnershipChangeImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCOwnershipChange()
		 * @generated
		 */
		EClass COWNERSHIP_CHANGE = eINSTANCE.getCOwnershipChange();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COWNERSHIP_CHANGE__RESOURCE = eINSTANCE.getCOwnershipChange_Resource();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COWNERSHIP_CHANGE__BEFORE = eINSTANCE.getCOwnershipChange_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COWNERSHIP_CHANGE__AFTER = eINSTANCE.getCOwnershipChange_After();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.CCodeMoveImpl <em>Code Move</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.CCodeMoveImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCCodeMove()
		 * @generated
		 */
		EClass CCODE_MOVE = eINSTANCE.getCCodeMove();

		/**
		 * The meta object literal for the '<em><b>From Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__FROM_FUNCTION = eINSTANCE.getCCodeMove_FromFunction();

		/**
		 * The meta object literal for the '<em><b>To Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__TO_FUNCTION = eINSTANCE.getCCodeMove_ToFunction();

		/**
		 * The meta object literal for the '<em><b>Statements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__STATEMENTS = eINSTANCE.getCCodeMove_Statements();

		/**
		 * The meta object literal for the '<em><b>From File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__FROM_FILE = eINSTANCE.getCCodeMove_FromFile();

		/**
		 * The meta object literal for the '<em><b>From Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__FROM_LINE = eINSTANCE.getCCodeMove_FromLine();

		/**
		 * The meta object literal for the '<em><b>From End Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__FROM_END_LINE = eINSTANCE.getCCodeMove_FromEndLine();

		/**
		 * The meta object literal for the '<em><b>To File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__TO_FILE = eINSTANCE.getCCodeMove_ToFile();

		/**
		 * The meta object literal for the '<em><b>To Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__TO_LINE = eINSTANCE.getCCodeMove_ToLine();

		/**
		 * The meta object literal for the '<em><b>To End Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CCODE_MOVE__TO_END_LINE = eINSTANCE.getCCodeMove_ToEndLine();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.impl.CResourceHandlersImpl <em>Resource Handlers</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.impl.CResourceHandlersImpl
		 * @see org.faultline.model.c.impl.CPackageImpl#getCResourceHandlers()
		 * @generated
		 */
		EClass CRESOURCE_HANDLERS = eINSTANCE.getCResourceHandlers();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRESOURCE_HANDLERS__RESOURCE = eINSTANCE.getCResourceHandlers_Resource();

		/**
		 * The meta object literal for the '<em><b>Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRESOURCE_HANDLERS__CALL = eINSTANCE.getCResourceHandlers_Call();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRESOURCE_HANDLERS__BEFORE = eINSTANCE.getCResourceHandlers_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRESOURCE_HANDLERS__AFTER = eINSTANCE.getCResourceHandlers_After();

		/**
		 * The meta object literal for the '{@link org.faultline.model.c.CChangeStatus <em>Change Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.c.CChangeStatus
		 * @see org.faultline.model.c.impl.CPackageImpl#getCChangeStatus()
		 * @generated
		 */
		EEnum CCHANGE_STATUS = eINSTANCE.getCChangeStatus();

	}

} //CPackage
