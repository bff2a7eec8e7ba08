/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.exec;

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
 * Runs of the executable fault model: the scenarios they run, their outcome, the findings of the invariants checked while running, and their trace.
 * <!-- end-model-doc -->
 * @see org.faultline.model.exec.ExecFactory
 * @model kind="package"
 * @generated
 */
public interface ExecPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "exec";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:faultline:model:exec";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "exec";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExecPackage eINSTANCE = org.faultline.model.exec.impl.ExecPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.faultline.model.exec.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.exec.impl.ScenarioImpl
	 * @see org.faultline.model.exec.impl.ExecPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.exec.impl.RunResultImpl <em>Run Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.exec.impl.RunResultImpl
	 * @see org.faultline.model.exec.impl.ExecPackageImpl#getRunResult()
	 * @generated
	 */
	int RUN_RESULT = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__VERSION = 0;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__SCENARIO = 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__OUTCOME = 2;

	/**
	 * The feature id for the '<em><b>Outcome Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__OUTCOME_TEXT = 3;

	/**
	 * The feature id for the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__COMPLETED = 4;

	/**
	 * The feature id for the '<em><b>Unknown</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__UNKNOWN = 5;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__STEPS = 6;

	/**
	 * The feature id for the '<em><b>State Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__STATE_BEFORE = 7;

	/**
	 * The feature id for the '<em><b>State After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__STATE_AFTER = 8;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__FINDINGS = 9;

	/**
	 * The feature id for the '<em><b>Trace</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__TRACE = 10;

	/**
	 * The number of structural features of the '<em>Run Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Run Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.exec.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.exec.impl.FindingImpl
	 * @see org.faultline.model.exec.impl.ExecPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__KIND = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__FUNCTION = 2;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__FILE = 3;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__LINE = 4;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.exec.impl.TraceImpl <em>Trace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.exec.impl.TraceImpl
	 * @see org.faultline.model.exec.impl.ExecPackageImpl#getTrace()
	 * @generated
	 */
	int TRACE = 3;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__EVENTS = 0;

	/**
	 * The number of structural features of the '<em>Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.exec.impl.TraceEventImpl <em>Trace Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.exec.impl.TraceEventImpl
	 * @see org.faultline.model.exec.impl.ExecPackageImpl#getTraceEvent()
	 * @generated
	 */
	int TRACE_EVENT = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__DEPTH = 1;

	/**
	 * The feature id for the '<em><b>What</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__WHAT = 2;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__FILE = 3;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT__LINE = 4;

	/**
	 * The number of structural features of the '<em>Trace Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Trace Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.exec.FindingKind <em>Finding Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.exec.FindingKind
	 * @see org.faultline.model.exec.impl.ExecPackageImpl#getFindingKind()
	 * @generated
	 */
	int FINDING_KIND = 5;

	/**
	 * The meta object id for the '{@link org.faultline.model.exec.TraceEventKind <em>Trace Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.exec.TraceEventKind
	 * @see org.faultline.model.exec.impl.ExecPackageImpl#getTraceEventKind()
	 * @generated
	 */
	int TRACE_EVENT_KIND = 6;


	/**
	 * Returns the meta object for class '{@link org.faultline.model.exec.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.faultline.model.exec.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.faultline.model.exec.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.faultline.model.exec.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.Scenario#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.faultline.model.exec.Scenario#getText()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Text();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.exec.RunResult <em>Run Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Result</em>'.
	 * @see org.faultline.model.exec.RunResult
	 * @generated
	 */
	EClass getRunResult();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.RunResult#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.faultline.model.exec.RunResult#getVersion()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.RunResult#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see org.faultline.model.exec.RunResult#getScenario()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.RunResult#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.faultline.model.exec.RunResult#getOutcome()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.RunResult#getOutcomeText <em>Outcome Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome Text</em>'.
	 * @see org.faultline.model.exec.RunResult#getOutcomeText()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_OutcomeText();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.RunResult#isCompleted <em>Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed</em>'.
	 * @see org.faultline.model.exec.RunResult#isCompleted()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Completed();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.exec.RunResult#getUnknown <em>Unknown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Unknown</em>'.
	 * @see org.faultline.model.exec.RunResult#getUnknown()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Unknown();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.RunResult#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.faultline.model.exec.RunResult#getSteps()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.RunResult#getStateBefore <em>State Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Before</em>'.
	 * @see org.faultline.model.exec.RunResult#getStateBefore()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_StateBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.RunResult#getStateAfter <em>State After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State After</em>'.
	 * @see org.faultline.model.exec.RunResult#getStateAfter()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_StateAfter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.exec.RunResult#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.faultline.model.exec.RunResult#getFindings()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Findings();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.exec.RunResult#getTrace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trace</em>'.
	 * @see org.faultline.model.exec.RunResult#getTrace()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Trace();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.exec.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.faultline.model.exec.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.Finding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.faultline.model.exec.Finding#getKind()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.Finding#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.faultline.model.exec.Finding#getMessage()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.Finding#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.faultline.model.exec.Finding#getFunction()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.Finding#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.faultline.model.exec.Finding#getFile()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_File();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.Finding#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.faultline.model.exec.Finding#getLine()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Line();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.exec.Trace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace</em>'.
	 * @see org.faultline.model.exec.Trace
	 * @generated
	 */
	EClass getTrace();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.exec.Trace#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.faultline.model.exec.Trace#getEvents()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_Events();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.exec.TraceEvent <em>Trace Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace Event</em>'.
	 * @see org.faultline.model.exec.TraceEvent
	 * @generated
	 */
	EClass getTraceEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.TraceEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.faultline.model.exec.TraceEvent#getKind()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.TraceEvent#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.faultline.model.exec.TraceEvent#getDepth()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_Depth();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.TraceEvent#getWhat <em>What</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>What</em>'.
	 * @see org.faultline.model.exec.TraceEvent#getWhat()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_What();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.TraceEvent#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.faultline.model.exec.TraceEvent#getFile()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_File();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.exec.TraceEvent#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.faultline.model.exec.TraceEvent#getLine()
	 * @see #getTraceEvent()
	 * @generated
	 */
	EAttribute getTraceEvent_Line();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.exec.FindingKind <em>Finding Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Kind</em>'.
	 * @see org.faultline.model.exec.FindingKind
	 * @generated
	 */
	EEnum getFindingKind();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.exec.TraceEventKind <em>Trace Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trace Event Kind</em>'.
	 * @see org.faultline.model.exec.TraceEventKind
	 * @generated
	 */
	EEnum getTraceEventKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ExecFactory getExecFactory();

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
		 * The meta object literal for the '{@link org.faultline.model.exec.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.exec.impl.ScenarioImpl
		 * @see org.faultline.model.exec.impl.ExecPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__TEXT = eINSTANCE.getScenario_Text();

		/**
		 * The meta object literal for the '{@link org.faultline.model.exec.impl.RunResultImpl <em>Run Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.exec.impl.RunResultImpl
		 * @see org.faultline.model.exec.impl.ExecPackageImpl#getRunResult()
		 * @generated
		 */
		EClass RUN_RESULT = eINSTANCE.getRunResult();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__VERSION = eINSTANCE.getRunResult_Version();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__SCENARIO = eINSTANCE.getRunResult_Scenario();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__OUTCOME = eINSTANCE.getRunResult_Outcome();

		/**
		 * The meta object literal for the '<em><b>Outcome Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__OUTCOME_TEXT = eINSTANCE.getRunResult_OutcomeText();

		/**
		 * The meta object literal for the '<em><b>Completed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__COMPLETED = eINSTANCE.getRunResult_Completed();

		/**
		 * The meta object literal for the '<em><b>Unknown</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__UNKNOWN = eINSTANCE.getRunResult_Unknown();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__STEPS = eINSTANCE.getRunResult_Steps();

		/**
		 * The meta object literal for the '<em><b>State Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__STATE_BEFORE = eINSTANCE.getRunResult_StateBefore();

		/**
		 * The meta object literal for the '<em><b>State After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__STATE_AFTER = eINSTANCE.getRunResult_StateAfter();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__FINDINGS = eINSTANCE.getRunResult_Findings();

		/**
		 * The meta object literal for the '<em><b>Trace</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__TRACE = eINSTANCE.getRunResult_Trace();

		/**
		 * The meta object literal for the '{@link org.faultline.model.exec.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.exec.impl.FindingImpl
		 * @see org.faultline.model.exec.impl.ExecPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__KIND = eINSTANCE.getFinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MESSAGE = eINSTANCE.getFinding_Message();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__FUNCTION = eINSTANCE.getFinding_Function();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__FILE = eINSTANCE.getFinding_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__LINE = eINSTANCE.getFinding_Line();

		/**
		 * The meta object literal for the '{@link org.faultline.model.exec.impl.TraceImpl <em>Trace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.exec.impl.TraceImpl
		 * @see org.faultline.model.exec.impl.ExecPackageImpl#getTrace()
		 * @generated
		 */
		EClass TRACE = eINSTANCE.getTrace();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__EVENTS = eINSTANCE.getTrace_Events();

		/**
		 * The meta object literal for the '{@link org.faultline.model.exec.impl.TraceEventImpl <em>Trace Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.exec.impl.TraceEventImpl
		 * @see org.faultline.model.exec.impl.ExecPackageImpl#getTraceEvent()
		 * @generated
		 */
		EClass TRACE_EVENT = eINSTANCE.getTraceEvent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__KIND = eINSTANCE.getTraceEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__DEPTH = eINSTANCE.getTraceEvent_Depth();

		/**
		 * The meta object literal for the '<em><b>What</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__WHAT = eINSTANCE.getTraceEvent_What();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__FILE = eINSTANCE.getTraceEvent_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT__LINE = eINSTANCE.getTraceEvent_Line();

		/**
		 * The meta object literal for the '{@link org.faultline.model.exec.FindingKind <em>Finding Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.exec.FindingKind
		 * @see org.faultline.model.exec.impl.ExecPackageImpl#getFindingKind()
		 * @generated
		 */
		EEnum FINDING_KIND = eINSTANCE.getFindingKind();

		/**
		 * The meta object literal for the '{@link org.faultline.model.exec.TraceEventKind <em>Trace Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.exec.TraceEventKind
		 * @see org.faultline.model.exec.impl.ExecPackageImpl#getTraceEventKind()
		 * @generated
		 */
		EEnum TRACE_EVENT_KIND = eINSTANCE.getTraceEventKind();

	}

} //ExecPackage
