/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

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
 * The review document: one patch applied onto a base, what the engines say about it (apply report, semantic diff of the fault path, scenario runs and findings) and the reviewer's annotations. It is what Faultline stores in git and what its views show.
 * <!-- end-model-doc -->
 * @see org.faultline.model.review.ReviewFactory
 * @model kind="package"
 * @generated
 */
public interface ReviewPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "review";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:faultline:model:review";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "review";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReviewPackage eINSTANCE = org.faultline.model.review.impl.ReviewPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.ReviewImpl <em>Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.ReviewImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getReview()
	 * @generated
	 */
	int REVIEW = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__ID = 0;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__SERIES = 1;

	/**
	 * The feature id for the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__PATCH = 2;

	/**
	 * The feature id for the '<em><b>Tree</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__TREE = 3;

	/**
	 * The feature id for the '<em><b>Before</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__BEFORE = 4;

	/**
	 * The feature id for the '<em><b>After</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__AFTER = 5;

	/**
	 * The feature id for the '<em><b>Apply Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__APPLY_REPORTS = 6;

	/**
	 * The feature id for the '<em><b>Semantic Diff</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__SEMANTIC_DIFF = 7;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__SCENARIOS = 8;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__RUNS = 9;

	/**
	 * The feature id for the '<em><b>Exploration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__EXPLORATION = 10;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__ANNOTATIONS = 11;

	/**
	 * The feature id for the '<em><b>Reviewer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__REVIEWER_NAME = 12;

	/**
	 * The feature id for the '<em><b>Reviewer Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__REVIEWER_ADDRESS = 13;

	/**
	 * The feature id for the '<em><b>Given Trailers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__GIVEN_TRAILERS = 14;

	/**
	 * The feature id for the '<em><b>Earlier Revisions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__EARLIER_REVISIONS = 15;

	/**
	 * The number of structural features of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.AnnotationImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__AUTHOR = 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CREATED = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Draft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__DRAFT = 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TARGET = 5;

	/**
	 * The feature id for the '<em><b>Replies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__REPLIES = 6;

	/**
	 * The feature id for the '<em><b>Orphaned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ORPHANED = 7;

	/**
	 * The feature id for the '<em><b>Orphan Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ORPHAN_REASON = 8;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.AnnotationTargetImpl <em>Annotation Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.AnnotationTargetImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getAnnotationTarget()
	 * @generated
	 */
	int ANNOTATION_TARGET = 2;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TARGET__SIDE = 0;

	/**
	 * The number of structural features of the '<em>Annotation Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TARGET_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Annotation Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.LineTargetImpl <em>Line Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.LineTargetImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getLineTarget()
	 * @generated
	 */
	int LINE_TARGET = 3;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_TARGET__SIDE = ANNOTATION_TARGET__SIDE;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_TARGET__PATH = ANNOTATION_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>First Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_TARGET__FIRST_LINE = ANNOTATION_TARGET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Last Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_TARGET__LAST_LINE = ANNOTATION_TARGET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Excerpt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_TARGET__EXCERPT = ANNOTATION_TARGET_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Line Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_TARGET_FEATURE_COUNT = ANNOTATION_TARGET_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Line Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_TARGET_OPERATION_COUNT = ANNOTATION_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.FunctionTargetImpl <em>Function Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.FunctionTargetImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getFunctionTarget()
	 * @generated
	 */
	int FUNCTION_TARGET = 4;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_TARGET__SIDE = ANNOTATION_TARGET__SIDE;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_TARGET__PATH = ANNOTATION_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_TARGET__FUNCTION = ANNOTATION_TARGET_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Function Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_TARGET_FEATURE_COUNT = ANNOTATION_TARGET_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Function Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_TARGET_OPERATION_COUNT = ANNOTATION_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.DecisionRowTargetImpl <em>Decision Row Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.DecisionRowTargetImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getDecisionRowTarget()
	 * @generated
	 */
	int DECISION_ROW_TARGET = 5;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_ROW_TARGET__SIDE = ANNOTATION_TARGET__SIDE;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_ROW_TARGET__FUNCTION = ANNOTATION_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Callee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_ROW_TARGET__CALLEE = ANNOTATION_TARGET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_ROW_TARGET__CONDITION = ANNOTATION_TARGET_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Decision Row Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_ROW_TARGET_FEATURE_COUNT = ANNOTATION_TARGET_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Decision Row Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_ROW_TARGET_OPERATION_COUNT = ANNOTATION_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.FindingTargetImpl <em>Finding Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.FindingTargetImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getFindingTarget()
	 * @generated
	 */
	int FINDING_TARGET = 6;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_TARGET__SIDE = ANNOTATION_TARGET__SIDE;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_TARGET__SCENARIO = ANNOTATION_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_TARGET__KIND = ANNOTATION_TARGET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_TARGET__FUNCTION = ANNOTATION_TARGET_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Finding Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_TARGET_FEATURE_COUNT = ANNOTATION_TARGET_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Finding Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_TARGET_OPERATION_COUNT = ANNOTATION_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.TraceStepTargetImpl <em>Trace Step Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.TraceStepTargetImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getTraceStepTarget()
	 * @generated
	 */
	int TRACE_STEP_TARGET = 7;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP_TARGET__SIDE = ANNOTATION_TARGET__SIDE;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP_TARGET__SCENARIO = ANNOTATION_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP_TARGET__STEP = ANNOTATION_TARGET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP_TARGET__EVENT = ANNOTATION_TARGET_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Trace Step Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP_TARGET_FEATURE_COUNT = ANNOTATION_TARGET_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Trace Step Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_STEP_TARGET_OPERATION_COUNT = ANNOTATION_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.ExplorationImpl <em>Exploration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.ExplorationImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getExploration()
	 * @generated
	 */
	int EXPLORATION = 8;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION__PRODUCT = 0;

	/**
	 * The feature id for the '<em><b>Pruned</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION__PRUNED = 1;

	/**
	 * The feature id for the '<em><b>Feasible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION__FEASIBLE = 2;

	/**
	 * The feature id for the '<em><b>Explored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION__EXPLORED = 3;

	/**
	 * The feature id for the '<em><b>Sampled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION__SAMPLED = 4;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION__SEED = 5;

	/**
	 * The feature id for the '<em><b>Same</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION__SAME = 6;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION__GROUPS = 7;

	/**
	 * The number of structural features of the '<em>Exploration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Exploration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.PrunedCountImpl <em>Pruned Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.PrunedCountImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getPrunedCount()
	 * @generated
	 */
	int PRUNED_COUNT = 9;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNED_COUNT__RULE = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNED_COUNT__REASON = 1;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNED_COUNT__COUNT = 2;

	/**
	 * The number of structural features of the '<em>Pruned Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNED_COUNT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Pruned Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRUNED_COUNT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.impl.DifferenceGroupImpl <em>Difference Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.impl.DifferenceGroupImpl
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getDifferenceGroup()
	 * @generated
	 */
	int DIFFERENCE_GROUP = 10;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__CAUSE = 0;

	/**
	 * The feature id for the '<em><b>Only Before</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__ONLY_BEFORE = 1;

	/**
	 * The feature id for the '<em><b>Only After</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__ONLY_AFTER = 2;

	/**
	 * The feature id for the '<em><b>Common Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__COMMON_CALL = 3;

	/**
	 * The feature id for the '<em><b>Before Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__BEFORE_CALL = 4;

	/**
	 * The feature id for the '<em><b>After Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__AFTER_CALL = 5;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__COUNT = 6;

	/**
	 * The feature id for the '<em><b>Scenario Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__SCENARIO_TEXT = 7;

	/**
	 * The feature id for the '<em><b>Before</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__BEFORE = 8;

	/**
	 * The feature id for the '<em><b>After</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP__AFTER = 9;

	/**
	 * The number of structural features of the '<em>Difference Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Difference Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFERENCE_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.review.Side <em>Side</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.review.Side
	 * @see org.faultline.model.review.impl.ReviewPackageImpl#getSide()
	 * @generated
	 */
	int SIDE = 11;


	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review</em>'.
	 * @see org.faultline.model.review.Review
	 * @generated
	 */
	EClass getReview();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Review#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.faultline.model.review.Review#getId()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Id();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.review.Review#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Series</em>'.
	 * @see org.faultline.model.review.Review#getSeries()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Series();

	/**
	 * Returns the meta object for the reference '{@link org.faultline.model.review.Review#getPatch <em>Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Patch</em>'.
	 * @see org.faultline.model.review.Review#getPatch()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Patch();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.review.Review#getTree <em>Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tree</em>'.
	 * @see org.faultline.model.review.Review#getTree()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Tree();

	/**
	 * Returns the meta object for the reference '{@link org.faultline.model.review.Review#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Before</em>'.
	 * @see org.faultline.model.review.Review#getBefore()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Before();

	/**
	 * Returns the meta object for the reference '{@link org.faultline.model.review.Review#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>After</em>'.
	 * @see org.faultline.model.review.Review#getAfter()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_After();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.review.Review#getApplyReports <em>Apply Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Apply Reports</em>'.
	 * @see org.faultline.model.review.Review#getApplyReports()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_ApplyReports();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.review.Review#getSemanticDiff <em>Semantic Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Semantic Diff</em>'.
	 * @see org.faultline.model.review.Review#getSemanticDiff()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_SemanticDiff();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.review.Review#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.faultline.model.review.Review#getScenarios()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Scenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.review.Review#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.faultline.model.review.Review#getRuns()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Runs();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.review.Review#getExploration <em>Exploration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Exploration</em>'.
	 * @see org.faultline.model.review.Review#getExploration()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Exploration();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.review.Review#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.faultline.model.review.Review#getAnnotations()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Annotations();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Review#getReviewerName <em>Reviewer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Name</em>'.
	 * @see org.faultline.model.review.Review#getReviewerName()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_ReviewerName();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Review#getReviewerAddress <em>Reviewer Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Address</em>'.
	 * @see org.faultline.model.review.Review#getReviewerAddress()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_ReviewerAddress();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.review.Review#getGivenTrailers <em>Given Trailers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Given Trailers</em>'.
	 * @see org.faultline.model.review.Review#getGivenTrailers()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_GivenTrailers();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.review.Review#getEarlierRevisions <em>Earlier Revisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Earlier Revisions</em>'.
	 * @see org.faultline.model.review.Review#getEarlierRevisions()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_EarlierRevisions();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.faultline.model.review.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Annotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.faultline.model.review.Annotation#getId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Annotation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.faultline.model.review.Annotation#getAuthor()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Annotation#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.faultline.model.review.Annotation#getCreated()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Annotation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.faultline.model.review.Annotation#getText()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Annotation#isDraft <em>Draft</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Draft</em>'.
	 * @see org.faultline.model.review.Annotation#isDraft()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Draft();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.review.Annotation#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see org.faultline.model.review.Annotation#getTarget()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.review.Annotation#getReplies <em>Replies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Replies</em>'.
	 * @see org.faultline.model.review.Annotation#getReplies()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Replies();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Annotation#isOrphaned <em>Orphaned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orphaned</em>'.
	 * @see org.faultline.model.review.Annotation#isOrphaned()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Orphaned();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Annotation#getOrphanReason <em>Orphan Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orphan Reason</em>'.
	 * @see org.faultline.model.review.Annotation#getOrphanReason()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_OrphanReason();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.AnnotationTarget <em>Annotation Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Target</em>'.
	 * @see org.faultline.model.review.AnnotationTarget
	 * @generated
	 */
	EClass getAnnotationTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.AnnotationTarget#getSide <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side</em>'.
	 * @see org.faultline.model.review.AnnotationTarget#getSide()
	 * @see #getAnnotationTarget()
	 * @generated
	 */
	EAttribute getAnnotationTarget_Side();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.LineTarget <em>Line Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Line Target</em>'.
	 * @see org.faultline.model.review.LineTarget
	 * @generated
	 */
	EClass getLineTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.LineTarget#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.faultline.model.review.LineTarget#getPath()
	 * @see #getLineTarget()
	 * @generated
	 */
	EAttribute getLineTarget_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.LineTarget#getFirstLine <em>First Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Line</em>'.
	 * @see org.faultline.model.review.LineTarget#getFirstLine()
	 * @see #getLineTarget()
	 * @generated
	 */
	EAttribute getLineTarget_FirstLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.LineTarget#getLastLine <em>Last Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Line</em>'.
	 * @see org.faultline.model.review.LineTarget#getLastLine()
	 * @see #getLineTarget()
	 * @generated
	 */
	EAttribute getLineTarget_LastLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.LineTarget#getExcerpt <em>Excerpt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Excerpt</em>'.
	 * @see org.faultline.model.review.LineTarget#getExcerpt()
	 * @see #getLineTarget()
	 * @generated
	 */
	EAttribute getLineTarget_Excerpt();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.FunctionTarget <em>Function Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Function Target</em>'.
	 * @see org.faultline.model.review.FunctionTarget
	 * @generated
	 */
	EClass getFunctionTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.FunctionTarget#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.faultline.model.review.FunctionTarget#getPath()
	 * @see #getFunctionTarget()
	 * @generated
	 */
	EAttribute getFunctionTarget_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.FunctionTarget#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.faultline.model.review.FunctionTarget#getFunction()
	 * @see #getFunctionTarget()
	 * @generated
	 */
	EAttribute getFunctionTarget_Function();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.DecisionRowTarget <em>Decision Row Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Row Target</em>'.
	 * @see org.faultline.model.review.DecisionRowTarget
	 * @generated
	 */
	EClass getDecisionRowTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DecisionRowTarget#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.faultline.model.review.DecisionRowTarget#getFunction()
	 * @see #getDecisionRowTarget()
	 * @generated
	 */
	EAttribute getDecisionRowTarget_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DecisionRowTarget#getCallee <em>Callee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callee</em>'.
	 * @see org.faultline.model.review.DecisionRowTarget#getCallee()
	 * @see #getDecisionRowTarget()
	 * @generated
	 */
	EAttribute getDecisionRowTarget_Callee();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DecisionRowTarget#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.faultline.model.review.DecisionRowTarget#getCondition()
	 * @see #getDecisionRowTarget()
	 * @generated
	 */
	EAttribute getDecisionRowTarget_Condition();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.FindingTarget <em>Finding Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding Target</em>'.
	 * @see org.faultline.model.review.FindingTarget
	 * @generated
	 */
	EClass getFindingTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.FindingTarget#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see org.faultline.model.review.FindingTarget#getScenario()
	 * @see #getFindingTarget()
	 * @generated
	 */
	EAttribute getFindingTarget_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.FindingTarget#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.faultline.model.review.FindingTarget#getKind()
	 * @see #getFindingTarget()
	 * @generated
	 */
	EAttribute getFindingTarget_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.FindingTarget#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.faultline.model.review.FindingTarget#getFunction()
	 * @see #getFindingTarget()
	 * @generated
	 */
	EAttribute getFindingTarget_Function();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.TraceStepTarget <em>Trace Step Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace Step Target</em>'.
	 * @see org.faultline.model.review.TraceStepTarget
	 * @generated
	 */
	EClass getTraceStepTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.TraceStepTarget#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see org.faultline.model.review.TraceStepTarget#getScenario()
	 * @see #getTraceStepTarget()
	 * @generated
	 */
	EAttribute getTraceStepTarget_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.TraceStepTarget#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.faultline.model.review.TraceStepTarget#getStep()
	 * @see #getTraceStepTarget()
	 * @generated
	 */
	EAttribute getTraceStepTarget_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.TraceStepTarget#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.faultline.model.review.TraceStepTarget#getEvent()
	 * @see #getTraceStepTarget()
	 * @generated
	 */
	EAttribute getTraceStepTarget_Event();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.Exploration <em>Exploration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exploration</em>'.
	 * @see org.faultline.model.review.Exploration
	 * @generated
	 */
	EClass getExploration();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Exploration#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see org.faultline.model.review.Exploration#getProduct()
	 * @see #getExploration()
	 * @generated
	 */
	EAttribute getExploration_Product();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.review.Exploration#getPruned <em>Pruned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pruned</em>'.
	 * @see org.faultline.model.review.Exploration#getPruned()
	 * @see #getExploration()
	 * @generated
	 */
	EReference getExploration_Pruned();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Exploration#getFeasible <em>Feasible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feasible</em>'.
	 * @see org.faultline.model.review.Exploration#getFeasible()
	 * @see #getExploration()
	 * @generated
	 */
	EAttribute getExploration_Feasible();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Exploration#getExplored <em>Explored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explored</em>'.
	 * @see org.faultline.model.review.Exploration#getExplored()
	 * @see #getExploration()
	 * @generated
	 */
	EAttribute getExploration_Explored();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Exploration#isSampled <em>Sampled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampled</em>'.
	 * @see org.faultline.model.review.Exploration#isSampled()
	 * @see #getExploration()
	 * @generated
	 */
	EAttribute getExploration_Sampled();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Exploration#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.faultline.model.review.Exploration#getSeed()
	 * @see #getExploration()
	 * @generated
	 */
	EAttribute getExploration_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.Exploration#getSame <em>Same</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Same</em>'.
	 * @see org.faultline.model.review.Exploration#getSame()
	 * @see #getExploration()
	 * @generated
	 */
	EAttribute getExploration_Same();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.review.Exploration#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.faultline.model.review.Exploration#getGroups()
	 * @see #getExploration()
	 * @generated
	 */
	EReference getExploration_Groups();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.PrunedCount <em>Pruned Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pruned Count</em>'.
	 * @see org.faultline.model.review.PrunedCount
	 * @generated
	 */
	EClass getPrunedCount();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.PrunedCount#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see org.faultline.model.review.PrunedCount#getRule()
	 * @see #getPrunedCount()
	 * @generated
	 */
	EAttribute getPrunedCount_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.PrunedCount#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.faultline.model.review.PrunedCount#getReason()
	 * @see #getPrunedCount()
	 * @generated
	 */
	EAttribute getPrunedCount_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.PrunedCount#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.faultline.model.review.PrunedCount#getCount()
	 * @see #getPrunedCount()
	 * @generated
	 */
	EAttribute getPrunedCount_Count();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.review.DifferenceGroup <em>Difference Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Difference Group</em>'.
	 * @see org.faultline.model.review.DifferenceGroup
	 * @generated
	 */
	EClass getDifferenceGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DifferenceGroup#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getCause()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EAttribute getDifferenceGroup_Cause();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.review.DifferenceGroup#getOnlyBefore <em>Only Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Only Before</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getOnlyBefore()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EAttribute getDifferenceGroup_OnlyBefore();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.review.DifferenceGroup#getOnlyAfter <em>Only After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Only After</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getOnlyAfter()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EAttribute getDifferenceGroup_OnlyAfter();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DifferenceGroup#getCommonCall <em>Common Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Common Call</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getCommonCall()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EAttribute getDifferenceGroup_CommonCall();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DifferenceGroup#getBeforeCall <em>Before Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before Call</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getBeforeCall()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EAttribute getDifferenceGroup_BeforeCall();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DifferenceGroup#getAfterCall <em>After Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After Call</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getAfterCall()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EAttribute getDifferenceGroup_AfterCall();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DifferenceGroup#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getCount()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EAttribute getDifferenceGroup_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.review.DifferenceGroup#getScenarioText <em>Scenario Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario Text</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getScenarioText()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EAttribute getDifferenceGroup_ScenarioText();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.review.DifferenceGroup#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Before</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getBefore()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EReference getDifferenceGroup_Before();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.review.DifferenceGroup#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>After</em>'.
	 * @see org.faultline.model.review.DifferenceGroup#getAfter()
	 * @see #getDifferenceGroup()
	 * @generated
	 */
	EReference getDifferenceGroup_After();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.review.Side <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Side</em>'.
	 * @see org.faultline.model.review.Side
	 * @generated
	 */
	EEnum getSide();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ReviewFactory getReviewFactory();

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
		 * The meta object literal for the '{@link org.faultline.model.review.impl.ReviewImpl <em>Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.ReviewImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getReview()
		 * @generated
		 */
		EClass REVIEW = eINSTANCE.getReview();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__ID = eINSTANCE.getReview_Id();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__SERIES = eINSTANCE.getReview_Series();

		/**
		 * The meta object literal for the '<em><b>Patch</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__PATCH = eINSTANCE.getReview_Patch();

		/**
		 * The meta object literal for the '<em><b>Tree</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__TREE = eINSTANCE.getReview_Tree();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__BEFORE = eINSTANCE.getReview_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__AFTER = eINSTANCE.getReview_After();

		/**
		 * The meta object literal for the '<em><b>Apply Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__APPLY_REPORTS = eINSTANCE.getReview_ApplyReports();

		/**
		 * The meta object literal for the '<em><b>Semantic Diff</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__SEMANTIC_DIFF = eINSTANCE.getReview_SemanticDiff();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__SCENARIOS = eINSTANCE.getReview_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__RUNS = eINSTANCE.getReview_Runs();

		/**
		 * The meta object literal for the '<em><b>Exploration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__EXPLORATION = eINSTANCE.getReview_Exploration();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__ANNOTATIONS = eINSTANCE.getReview_Annotations();

		/**
		 * The meta object literal for the '<em><b>Reviewer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__REVIEWER_NAME = eINSTANCE.getReview_ReviewerName();

		/**
		 * The meta object literal for the '<em><b>Reviewer Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__REVIEWER_ADDRESS = eINSTANCE.getReview_ReviewerAddress();

		/**
		 * The meta object literal for the '<em><b>Given Trailers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__GIVEN_TRAILERS = eINSTANCE.getReview_GivenTrailers();

		/**
		 * The meta object literal for the '<em><b>Earlier Revisions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__EARLIER_REVISIONS = eINSTANCE.getReview_EarlierRevisions();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.AnnotationImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ID = eINSTANCE.getAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__AUTHOR = eINSTANCE.getAnnotation_Author();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CREATED = eINSTANCE.getAnnotation_Created();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__TEXT = eINSTANCE.getAnnotation_Text();

		/**
		 * The meta object literal for the '<em><b>Draft</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__DRAFT = eINSTANCE.getAnnotation_Draft();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__TARGET = eINSTANCE.getAnnotation_Target();

		/**
		 * The meta object literal for the '<em><b>Replies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__REPLIES = eINSTANCE.getAnnotation_Replies();

		/**
		 * The meta object literal for the '<em><b>Orphaned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ORPHANED = eINSTANCE.getAnnotation_Orphaned();

		/**
		 * The meta object literal for the '<em><b>Orphan Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ORPHAN_REASON = eINSTANCE.getAnnotation_OrphanReason();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.AnnotationTargetImpl <em>Annotation Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.AnnotationTargetImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getAnnotationTarget()
		 * @generated
		 */
		EClass ANNOTATION_TARGET = eINSTANCE.getAnnotationTarget();

		/**
		 * The meta object literal for the '<em><b>Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_TARGET__SIDE = eINSTANCE.getAnnotationTarget_Side();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.LineTargetImpl <em>Line Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.LineTargetImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getLineTarget()
		 * @generated
		 */
		EClass LINE_TARGET = eINSTANCE.getLineTarget();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE_TARGET__PATH = eINSTANCE.getLineTarget_Path();

		/**
		 * The meta object literal for the '<em><b>First Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE_TARGET__FIRST_LINE = eINSTANCE.getLineTarget_FirstLine();

		/**
		 * The meta object literal for the '<em><b>Last Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE_TARGET__LAST_LINE = eINSTANCE.getLineTarget_LastLine();

		/**
		 * The meta object literal for the '<em><b>Excerpt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE_TARGET__EXCERPT = eINSTANCE.getLineTarget_Excerpt();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.FunctionTargetImpl <em>Function Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.FunctionTargetImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getFunctionTarget()
		 * @generated
		 */
		EClass FUNCTION_TARGET = eINSTANCE.getFunctionTarget();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_TARGET__PATH = eINSTANCE.getFunctionTarget_Path();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_TARGET__FUNCTION = eINSTANCE.getFunctionTarget_Function();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.DecisionRowTargetImpl <em>Decision Row Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.DecisionRowTargetImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getDecisionRowTarget()
		 * @generated
		 */
		EClass DECISION_ROW_TARGET = eINSTANCE.getDecisionRowTarget();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_ROW_TARGET__FUNCTION = eINSTANCE.getDecisionRowTarget_Function();

		/**
		 * The meta object literal for the '<em><b>Callee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_ROW_TARGET__CALLEE = eINSTANCE.getDecisionRowTarget_Callee();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_ROW_TARGET__CONDITION = eINSTANCE.getDecisionRowTarget_Condition();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.FindingTargetImpl <em>Finding Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.FindingTargetImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getFindingTarget()
		 * @generated
		 */
		EClass FINDING_TARGET = eINSTANCE.getFindingTarget();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_TARGET__SCENARIO = eINSTANCE.getFindingTarget_Scenario();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_TARGET__KIND = eINSTANCE.getFindingTarget_Kind();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_TARGET__FUNCTION = eINSTANCE.getFindingTarget_Function();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.TraceStepTargetImpl <em>Trace Step Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.TraceStepTargetImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getTraceStepTarget()
		 * @generated
		 */
		EClass TRACE_STEP_TARGET = eINSTANCE.getTraceStepTarget();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP_TARGET__SCENARIO = eINSTANCE.getTraceStepTarget_Scenario();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP_TARGET__STEP = eINSTANCE.getTraceStepTarget_Step();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_STEP_TARGET__EVENT = eINSTANCE.getTraceStepTarget_Event();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.ExplorationImpl <em>Exploration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.ExplorationImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getExploration()
		 * @generated
		 */
		EClass EXPLORATION = eINSTANCE.getExploration();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLORATION__PRODUCT = eINSTANCE.getExploration_Product();

		/**
		 * The meta object literal for the '<em><b>Pruned</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPLORATION__PRUNED = eINSTANCE.getExploration_Pruned();

		/**
		 * The meta object literal for the '<em><b>Feasible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLORATION__FEASIBLE = eINSTANCE.getExploration_Feasible();

		/**
		 * The meta object literal for the '<em><b>Explored</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLORATION__EXPLORED = eINSTANCE.getExploration_Explored();

		/**
		 * The meta object literal for the '<em><b>Sampled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLORATION__SAMPLED = eINSTANCE.getExploration_Sampled();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLORATION__SEED = eINSTANCE.getExploration_Seed();

		/**
		 * The meta object literal for the '<em><b>Same</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLORATION__SAME = eINSTANCE.getExploration_Same();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPLORATION__GROUPS = eINSTANCE.getExploration_Groups();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.PrunedCountImpl <em>Pruned Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.PrunedCountImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getPrunedCount()
		 * @generated
		 */
		EClass PRUNED_COUNT = eINSTANCE.getPrunedCount();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUNED_COUNT__RULE = eINSTANCE.getPrunedCount_Rule();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUNED_COUNT__REASON = eINSTANCE.getPrunedCount_Reason();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRUNED_COUNT__COUNT = eINSTANCE.getPrunedCount_Count();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.impl.DifferenceGroupImpl <em>Difference Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.impl.DifferenceGroupImpl
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getDifferenceGroup()
		 * @generated
		 */
		EClass DIFFERENCE_GROUP = eINSTANCE.getDifferenceGroup();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFERENCE_GROUP__CAUSE = eINSTANCE.getDifferenceGroup_Cause();

		/**
		 * The meta object literal for the '<em><b>Only Before</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFERENCE_GROUP__ONLY_BEFORE = eINSTANCE.getDifferenceGroup_OnlyBefore();

		/**
		 * The meta object literal for the '<em><b>Only After</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFERENCE_GROUP__ONLY_AFTER = eINSTANCE.getDifferenceGroup_OnlyAfter();

		/**
		 * The meta object literal for the '<em><b>Common Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFERENCE_GROUP__COMMON_CALL = eINSTANCE.getDifferenceGroup_CommonCall();

		/**
		 * The meta object literal for the '<em><b>Before Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFERENCE_GROUP__BEFORE_CALL = eINSTANCE.getDifferenceGroup_BeforeCall();

		/**
		 * The meta object literal for the '<em><b>After Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFERENCE_GROUP__AFTER_CALL = eINSTANCE.getDifferenceGroup_AfterCall();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFERENCE_GROUP__COUNT = eINSTANCE.getDifferenceGroup_Count();

		/**
		 * The meta object literal for the '<em><b>Scenario Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFERENCE_GROUP__SCENARIO_TEXT = eINSTANCE.getDifferenceGroup_ScenarioText();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIFFERENCE_GROUP__BEFORE = eINSTANCE.getDifferenceGroup_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIFFERENCE_GROUP__AFTER = eINSTANCE.getDifferenceGroup_After();

		/**
		 * The meta object literal for the '{@link org.faultline.model.review.Side <em>Side</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.review.Side
		 * @see org.faultline.model.review.impl.ReviewPackageImpl#getSide()
		 * @generated
		 */
		EEnum SIDE = eINSTANCE.getSide();

	}

} //ReviewPackage
