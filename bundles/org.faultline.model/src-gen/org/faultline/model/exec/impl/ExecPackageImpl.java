/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.exec.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.faultline.model.exec.ExecFactory;
import org.faultline.model.exec.ExecPackage;
import org.faultline.model.exec.Finding;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.RunResult;
import org.faultline.model.exec.Scenario;
import org.faultline.model.exec.Trace;
import org.faultline.model.exec.TraceEvent;
import org.faultline.model.exec.TraceEventKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ExecPackageImpl extends EPackageImpl implements ExecPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum findingKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum traceEventKindEEnum = null;

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
	 * @see org.faultline.model.exec.ExecPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ExecPackageImpl() {
		super(eNS_URI, ExecFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ExecPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ExecPackage init() {
		if (isInited) return (ExecPackage)EPackage.Registry.INSTANCE.getEPackage(ExecPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredExecPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ExecPackageImpl theExecPackage = registeredExecPackage instanceof ExecPackageImpl ? (ExecPackageImpl)registeredExecPackage : new ExecPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theExecPackage.createPackageContents();

		// Initialize created meta-data
		theExecPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theExecPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ExecPackage.eNS_URI, theExecPackage);
		return theExecPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Name() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Text() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRunResult() {
		return runResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_Version() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_Scenario() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_Outcome() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_OutcomeText() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_Completed() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_Unknown() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_Steps() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_StateBefore() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunResult_StateAfter() {
		return (EAttribute)runResultEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRunResult_Findings() {
		return (EReference)runResultEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRunResult_Trace() {
		return (EReference)runResultEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Kind() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Message() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Function() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_File() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Line() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrace() {
		return traceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrace_Events() {
		return (EReference)traceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraceEvent() {
		return traceEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_Kind() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_Depth() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_What() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_File() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEvent_Line() {
		return (EAttribute)traceEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFindingKind() {
		return findingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTraceEventKind() {
		return traceEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecFactory getExecFactory() {
		return (ExecFactory)getEFactoryInstance();
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
		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__NAME);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEAttribute(scenarioEClass, SCENARIO__TEXT);

		runResultEClass = createEClass(RUN_RESULT);
		createEAttribute(runResultEClass, RUN_RESULT__VERSION);
		createEAttribute(runResultEClass, RUN_RESULT__SCENARIO);
		createEAttribute(runResultEClass, RUN_RESULT__OUTCOME);
		createEAttribute(runResultEClass, RUN_RESULT__OUTCOME_TEXT);
		createEAttribute(runResultEClass, RUN_RESULT__COMPLETED);
		createEAttribute(runResultEClass, RUN_RESULT__UNKNOWN);
		createEAttribute(runResultEClass, RUN_RESULT__STEPS);
		createEAttribute(runResultEClass, RUN_RESULT__STATE_BEFORE);
		createEAttribute(runResultEClass, RUN_RESULT__STATE_AFTER);
		createEReference(runResultEClass, RUN_RESULT__FINDINGS);
		createEReference(runResultEClass, RUN_RESULT__TRACE);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__KIND);
		createEAttribute(findingEClass, FINDING__MESSAGE);
		createEAttribute(findingEClass, FINDING__FUNCTION);
		createEAttribute(findingEClass, FINDING__FILE);
		createEAttribute(findingEClass, FINDING__LINE);

		traceEClass = createEClass(TRACE);
		createEReference(traceEClass, TRACE__EVENTS);

		traceEventEClass = createEClass(TRACE_EVENT);
		createEAttribute(traceEventEClass, TRACE_EVENT__KIND);
		createEAttribute(traceEventEClass, TRACE_EVENT__DEPTH);
		createEAttribute(traceEventEClass, TRACE_EVENT__WHAT);
		createEAttribute(traceEventEClass, TRACE_EVENT__FILE);
		createEAttribute(traceEventEClass, TRACE_EVENT__LINE);

		// Create enums
		findingKindEEnum = createEEnum(FINDING_KIND);
		traceEventKindEEnum = createEEnum(TRACE_EVENT_KIND);
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
		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Name(), ecorePackage.getEString(), "name", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Text(), ecorePackage.getEString(), "text", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runResultEClass, RunResult.class, "RunResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRunResult_Version(), ecorePackage.getEString(), "version", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunResult_Scenario(), ecorePackage.getEString(), "scenario", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunResult_Outcome(), ecorePackage.getELong(), "outcome", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunResult_OutcomeText(), ecorePackage.getEString(), "outcomeText", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunResult_Completed(), ecorePackage.getEBoolean(), "completed", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunResult_Unknown(), ecorePackage.getEString(), "unknown", null, 0, -1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunResult_Steps(), ecorePackage.getELong(), "steps", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunResult_StateBefore(), ecorePackage.getEString(), "stateBefore", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunResult_StateAfter(), ecorePackage.getEString(), "stateAfter", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRunResult_Findings(), this.getFinding(), null, "findings", null, 0, -1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRunResult_Trace(), this.getTrace(), null, "trace", null, 0, 1, RunResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_Kind(), this.getFindingKind(), "kind", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Message(), ecorePackage.getEString(), "message", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Function(), ecorePackage.getEString(), "function", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_File(), ecorePackage.getEString(), "file", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Line(), ecorePackage.getEInt(), "line", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceEClass, Trace.class, "Trace", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTrace_Events(), this.getTraceEvent(), null, "events", null, 0, -1, Trace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceEventEClass, TraceEvent.class, "TraceEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraceEvent_Kind(), this.getTraceEventKind(), "kind", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEvent_Depth(), ecorePackage.getEInt(), "depth", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEvent_What(), ecorePackage.getEString(), "what", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEvent_File(), ecorePackage.getEString(), "file", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEvent_Line(), ecorePackage.getEInt(), "line", null, 0, 1, TraceEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(findingKindEEnum, FindingKind.class, "FindingKind");
		addEEnumLiteral(findingKindEEnum, FindingKind.PTE_MAP_UNBALANCED);
		addEEnumLiteral(findingKindEEnum, FindingKind.PTL_HELD_AT_EXIT);
		addEEnumLiteral(findingKindEEnum, FindingKind.LOCK_MISUSE);
		addEEnumLiteral(findingKindEEnum, FindingKind.PAGE_LOCK_LEAKED);
		addEEnumLiteral(findingKindEEnum, FindingKind.PAGE_REF_LEAKED);
		addEEnumLiteral(findingKindEEnum, FindingKind.PTE_WRITE_WITHOUT_PTL);
		addEEnumLiteral(findingKindEEnum, FindingKind.PTE_MAPPED_WITHOUT_TABLE);
		addEEnumLiteral(findingKindEEnum, FindingKind.ALLOCATION_UNDER_LOCK);
		addEEnumLiteral(findingKindEEnum, FindingKind.SLEEP_IN_ATOMIC);
		addEEnumLiteral(findingKindEEnum, FindingKind.REFAULT);
		addEEnumLiteral(findingKindEEnum, FindingKind.LOCK_HELD_AT_EXIT);
		addEEnumLiteral(findingKindEEnum, FindingKind.MMAP_SEM_PROTOCOL);
		addEEnumLiteral(findingKindEEnum, FindingKind.CHARGE_LEAKED);
		addEEnumLiteral(findingKindEEnum, FindingKind.VM_BUG);
		addEEnumLiteral(findingKindEEnum, FindingKind.CRASH);
		addEEnumLiteral(findingKindEEnum, FindingKind.STEP_BUDGET);

		initEEnum(traceEventKindEEnum, TraceEventKind.class, "TraceEventKind");
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.CALL);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.RETURN);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.PRIMITIVE);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.LOCK);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.UNLOCK);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.MAP);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.UNMAP);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.ALLOC);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.PTE_WRITE);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.RACE);
		addEEnumLiteral(traceEventKindEEnum, TraceEventKind.NOTE);

		// Create resource
		createResource(eNS_URI);
	}

} //ExecPackageImpl
