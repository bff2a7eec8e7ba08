/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.c.CSemanticDiff;

import org.faultline.model.exec.RunResult;
import org.faultline.model.exec.Scenario;

import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.patch.Trailer;

import org.faultline.model.review.Annotation;
import org.faultline.model.review.Exploration;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewPackage;

import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getPatch <em>Patch</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getTree <em>Tree</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getAfter <em>After</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getApplyReports <em>Apply Reports</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getSemanticDiff <em>Semantic Diff</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getExploration <em>Exploration</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getReviewerName <em>Reviewer Name</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getReviewerAddress <em>Reviewer Address</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getGivenTrailers <em>Given Trailers</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.ReviewImpl#getEarlierRevisions <em>Earlier Revisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewImpl extends MinimalEObjectImpl.Container implements Review {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected PatchSeries series;

	/**
	 * The cached value of the '{@link #getPatch() <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatch()
	 * @generated
	 * @ordered
	 */
	protected PatchMail patch;

	/**
	 * The cached value of the '{@link #getTree() <em>Tree</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTree()
	 * @generated
	 * @ordered
	 */
	protected SourceTree tree;

	/**
	 * The cached value of the '{@link #getBefore() <em>Before</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBefore()
	 * @generated
	 * @ordered
	 */
	protected TreeVersion before;

	/**
	 * The cached value of the '{@link #getAfter() <em>After</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfter()
	 * @generated
	 * @ordered
	 */
	protected TreeVersion after;

	/**
	 * The cached value of the '{@link #getApplyReports() <em>Apply Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplyReports()
	 * @generated
	 * @ordered
	 */
	protected EList<ApplyReport> applyReports;

	/**
	 * The cached value of the '{@link #getSemanticDiff() <em>Semantic Diff</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticDiff()
	 * @generated
	 * @ordered
	 */
	protected CSemanticDiff semanticDiff;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<RunResult> runs;

	/**
	 * The cached value of the '{@link #getExploration() <em>Exploration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExploration()
	 * @generated
	 * @ordered
	 */
	protected Exploration exploration;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The default value of the '{@link #getReviewerName() <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerName()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerName() <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerName()
	 * @generated
	 * @ordered
	 */
	protected String reviewerName = REVIEWER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewerAddress() <em>Reviewer Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerAddress() <em>Reviewer Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerAddress()
	 * @generated
	 * @ordered
	 */
	protected String reviewerAddress = REVIEWER_ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGivenTrailers() <em>Given Trailers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenTrailers()
	 * @generated
	 * @ordered
	 */
	protected EList<Trailer> givenTrailers;

	/**
	 * The cached value of the '{@link #getEarlierRevisions() <em>Earlier Revisions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlierRevisions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> earlierRevisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchSeries getSeries() {
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSeries(PatchSeries newSeries, NotificationChain msgs) {
		PatchSeries oldSeries = series;
		series = newSeries;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__SERIES, oldSeries, newSeries);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeries(PatchSeries newSeries) {
		if (newSeries != series) {
			NotificationChain msgs = null;
			if (series != null)
				msgs = ((InternalEObject)series).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__SERIES, null, msgs);
			if (newSeries != null)
				msgs = ((InternalEObject)newSeries).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__SERIES, null, msgs);
			msgs = basicSetSeries(newSeries, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__SERIES, newSeries, newSeries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchMail getPatch() {
		if (patch != null && patch.eIsProxy()) {
			InternalEObject oldPatch = (InternalEObject)patch;
			patch = (PatchMail)eResolveProxy(oldPatch);
			if (patch != oldPatch) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.REVIEW__PATCH, oldPatch, patch));
			}
		}
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatchMail basicGetPatch() {
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatch(PatchMail newPatch) {
		PatchMail oldPatch = patch;
		patch = newPatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__PATCH, oldPatch, patch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceTree getTree() {
		return tree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTree(SourceTree newTree, NotificationChain msgs) {
		SourceTree oldTree = tree;
		tree = newTree;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__TREE, oldTree, newTree);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTree(SourceTree newTree) {
		if (newTree != tree) {
			NotificationChain msgs = null;
			if (tree != null)
				msgs = ((InternalEObject)tree).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__TREE, null, msgs);
			if (newTree != null)
				msgs = ((InternalEObject)newTree).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__TREE, null, msgs);
			msgs = basicSetTree(newTree, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__TREE, newTree, newTree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeVersion getBefore() {
		if (before != null && before.eIsProxy()) {
			InternalEObject oldBefore = (InternalEObject)before;
			before = (TreeVersion)eResolveProxy(oldBefore);
			if (before != oldBefore) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.REVIEW__BEFORE, oldBefore, before));
			}
		}
		return before;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreeVersion basicGetBefore() {
		return before;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBefore(TreeVersion newBefore) {
		TreeVersion oldBefore = before;
		before = newBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__BEFORE, oldBefore, before));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreeVersion getAfter() {
		if (after != null && after.eIsProxy()) {
			InternalEObject oldAfter = (InternalEObject)after;
			after = (TreeVersion)eResolveProxy(oldAfter);
			if (after != oldAfter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.REVIEW__AFTER, oldAfter, after));
			}
		}
		return after;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreeVersion basicGetAfter() {
		return after;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfter(TreeVersion newAfter) {
		TreeVersion oldAfter = after;
		after = newAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__AFTER, oldAfter, after));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApplyReport> getApplyReports() {
		if (applyReports == null) {
			applyReports = new EObjectContainmentEList<ApplyReport>(ApplyReport.class, this, ReviewPackage.REVIEW__APPLY_REPORTS);
		}
		return applyReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CSemanticDiff getSemanticDiff() {
		return semanticDiff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSemanticDiff(CSemanticDiff newSemanticDiff, NotificationChain msgs) {
		CSemanticDiff oldSemanticDiff = semanticDiff;
		semanticDiff = newSemanticDiff;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__SEMANTIC_DIFF, oldSemanticDiff, newSemanticDiff);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticDiff(CSemanticDiff newSemanticDiff) {
		if (newSemanticDiff != semanticDiff) {
			NotificationChain msgs = null;
			if (semanticDiff != null)
				msgs = ((InternalEObject)semanticDiff).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__SEMANTIC_DIFF, null, msgs);
			if (newSemanticDiff != null)
				msgs = ((InternalEObject)newSemanticDiff).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__SEMANTIC_DIFF, null, msgs);
			msgs = basicSetSemanticDiff(newSemanticDiff, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__SEMANTIC_DIFF, newSemanticDiff, newSemanticDiff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, ReviewPackage.REVIEW__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RunResult> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<RunResult>(RunResult.class, this, ReviewPackage.REVIEW__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Exploration getExploration() {
		return exploration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExploration(Exploration newExploration, NotificationChain msgs) {
		Exploration oldExploration = exploration;
		exploration = newExploration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__EXPLORATION, oldExploration, newExploration);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExploration(Exploration newExploration) {
		if (newExploration != exploration) {
			NotificationChain msgs = null;
			if (exploration != null)
				msgs = ((InternalEObject)exploration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__EXPLORATION, null, msgs);
			if (newExploration != null)
				msgs = ((InternalEObject)newExploration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__EXPLORATION, null, msgs);
			msgs = basicSetExploration(newExploration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__EXPLORATION, newExploration, newExploration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, ReviewPackage.REVIEW__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerName() {
		return reviewerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerName(String newReviewerName) {
		String oldReviewerName = reviewerName;
		reviewerName = newReviewerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__REVIEWER_NAME, oldReviewerName, reviewerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerAddress() {
		return reviewerAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerAddress(String newReviewerAddress) {
		String oldReviewerAddress = reviewerAddress;
		reviewerAddress = newReviewerAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__REVIEWER_ADDRESS, oldReviewerAddress, reviewerAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trailer> getGivenTrailers() {
		if (givenTrailers == null) {
			givenTrailers = new EObjectContainmentEList<Trailer>(Trailer.class, this, ReviewPackage.REVIEW__GIVEN_TRAILERS);
		}
		return givenTrailers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEarlierRevisions() {
		if (earlierRevisions == null) {
			earlierRevisions = new EDataTypeUniqueEList<String>(String.class, this, ReviewPackage.REVIEW__EARLIER_REVISIONS);
		}
		return earlierRevisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.REVIEW__SERIES:
				return basicSetSeries(null, msgs);
			case ReviewPackage.REVIEW__TREE:
				return basicSetTree(null, msgs);
			case ReviewPackage.REVIEW__APPLY_REPORTS:
				return ((InternalEList<?>)getApplyReports()).basicRemove(otherEnd, msgs);
			case ReviewPackage.REVIEW__SEMANTIC_DIFF:
				return basicSetSemanticDiff(null, msgs);
			case ReviewPackage.REVIEW__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case ReviewPackage.REVIEW__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
			case ReviewPackage.REVIEW__EXPLORATION:
				return basicSetExploration(null, msgs);
			case ReviewPackage.REVIEW__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				return ((InternalEList<?>)getGivenTrailers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReviewPackage.REVIEW__ID:
				return getId();
			case ReviewPackage.REVIEW__SERIES:
				return getSeries();
			case ReviewPackage.REVIEW__PATCH:
				if (resolve) return getPatch();
				return basicGetPatch();
			case ReviewPackage.REVIEW__TREE:
				return getTree();
			case ReviewPackage.REVIEW__BEFORE:
				if (resolve) return getBefore();
				return basicGetBefore();
			case ReviewPackage.REVIEW__AFTER:
				if (resolve) return getAfter();
				return basicGetAfter();
			case ReviewPackage.REVIEW__APPLY_REPORTS:
				return getApplyReports();
			case ReviewPackage.REVIEW__SEMANTIC_DIFF:
				return getSemanticDiff();
			case ReviewPackage.REVIEW__SCENARIOS:
				return getScenarios();
			case ReviewPackage.REVIEW__RUNS:
				return getRuns();
			case ReviewPackage.REVIEW__EXPLORATION:
				return getExploration();
			case ReviewPackage.REVIEW__ANNOTATIONS:
				return getAnnotations();
			case ReviewPackage.REVIEW__REVIEWER_NAME:
				return getReviewerName();
			case ReviewPackage.REVIEW__REVIEWER_ADDRESS:
				return getReviewerAddress();
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				return getGivenTrailers();
			case ReviewPackage.REVIEW__EARLIER_REVISIONS:
				return getEarlierRevisions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReviewPackage.REVIEW__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.REVIEW__SERIES:
				setSeries((PatchSeries)newValue);
				return;
			case ReviewPackage.REVIEW__PATCH:
				setPatch((PatchMail)newValue);
				return;
			case ReviewPackage.REVIEW__TREE:
				setTree((SourceTree)newValue);
				return;
			case ReviewPackage.REVIEW__BEFORE:
				setBefore((TreeVersion)newValue);
				return;
			case ReviewPackage.REVIEW__AFTER:
				setAfter((TreeVersion)newValue);
				return;
			case ReviewPackage.REVIEW__APPLY_REPORTS:
				getApplyReports().clear();
				getApplyReports().addAll((Collection<? extends ApplyReport>)newValue);
				return;
			case ReviewPackage.REVIEW__SEMANTIC_DIFF:
				setSemanticDiff((CSemanticDiff)newValue);
				return;
			case ReviewPackage.REVIEW__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case ReviewPackage.REVIEW__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends RunResult>)newValue);
				return;
			case ReviewPackage.REVIEW__EXPLORATION:
				setExploration((Exploration)newValue);
				return;
			case ReviewPackage.REVIEW__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case ReviewPackage.REVIEW__REVIEWER_NAME:
				setReviewerName((String)newValue);
				return;
			case ReviewPackage.REVIEW__REVIEWER_ADDRESS:
				setReviewerAddress((String)newValue);
				return;
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				getGivenTrailers().clear();
				getGivenTrailers().addAll((Collection<? extends Trailer>)newValue);
				return;
			case ReviewPackage.REVIEW__EARLIER_REVISIONS:
				getEarlierRevisions().clear();
				getEarlierRevisions().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ReviewPackage.REVIEW__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__SERIES:
				setSeries((PatchSeries)null);
				return;
			case ReviewPackage.REVIEW__PATCH:
				setPatch((PatchMail)null);
				return;
			case ReviewPackage.REVIEW__TREE:
				setTree((SourceTree)null);
				return;
			case ReviewPackage.REVIEW__BEFORE:
				setBefore((TreeVersion)null);
				return;
			case ReviewPackage.REVIEW__AFTER:
				setAfter((TreeVersion)null);
				return;
			case ReviewPackage.REVIEW__APPLY_REPORTS:
				getApplyReports().clear();
				return;
			case ReviewPackage.REVIEW__SEMANTIC_DIFF:
				setSemanticDiff((CSemanticDiff)null);
				return;
			case ReviewPackage.REVIEW__SCENARIOS:
				getScenarios().clear();
				return;
			case ReviewPackage.REVIEW__RUNS:
				getRuns().clear();
				return;
			case ReviewPackage.REVIEW__EXPLORATION:
				setExploration((Exploration)null);
				return;
			case ReviewPackage.REVIEW__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case ReviewPackage.REVIEW__REVIEWER_NAME:
				setReviewerName(REVIEWER_NAME_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__REVIEWER_ADDRESS:
				setReviewerAddress(REVIEWER_ADDRESS_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				getGivenTrailers().clear();
				return;
			case ReviewPackage.REVIEW__EARLIER_REVISIONS:
				getEarlierRevisions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ReviewPackage.REVIEW__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.REVIEW__SERIES:
				return series != null;
			case ReviewPackage.REVIEW__PATCH:
				return patch != null;
			case ReviewPackage.REVIEW__TREE:
				return tree != null;
			case ReviewPackage.REVIEW__BEFORE:
				return before != null;
			case ReviewPackage.REVIEW__AFTER:
				return after != null;
			case ReviewPackage.REVIEW__APPLY_REPORTS:
				return applyReports != null && !applyReports.isEmpty();
			case ReviewPackage.REVIEW__SEMANTIC_DIFF:
				return semanticDiff != null;
			case ReviewPackage.REVIEW__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case ReviewPackage.REVIEW__RUNS:
				return runs != null && !runs.isEmpty();
			case ReviewPackage.REVIEW__EXPLORATION:
				return exploration != null;
			case ReviewPackage.REVIEW__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case ReviewPackage.REVIEW__REVIEWER_NAME:
				return REVIEWER_NAME_EDEFAULT == null ? reviewerName != null : !REVIEWER_NAME_EDEFAULT.equals(reviewerName);
			case ReviewPackage.REVIEW__REVIEWER_ADDRESS:
				return REVIEWER_ADDRESS_EDEFAULT == null ? reviewerAddress != null : !REVIEWER_ADDRESS_EDEFAULT.equals(reviewerAddress);
			case ReviewPackage.REVIEW__GIVEN_TRAILERS:
				return givenTrailers != null && !givenTrailers.isEmpty();
			case ReviewPackage.REVIEW__EARLIER_REVISIONS:
				return earlierRevisions != null && !earlierRevisions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", reviewerName: ");
		result.append(reviewerName);
		result.append(", reviewerAddress: ");
		result.append(reviewerAddress);
		result.append(", earlierRevisions: ");
		result.append(earlierRevisions);
		result.append(')');
		return result.toString();
	}

} //ReviewImpl
