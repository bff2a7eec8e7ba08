/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.faultline.model.c.CSemanticDiff;

import org.faultline.model.exec.RunResult;
import org.faultline.model.exec.Scenario;

import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.patch.Trailer;

import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeVersion;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A review of one patch (or of the patches of a series up to it, applied in order: then patch is the last of them).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.Review#getId <em>Id</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getSeries <em>Series</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getPatch <em>Patch</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getTree <em>Tree</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getBefore <em>Before</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getAfter <em>After</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getApplyReports <em>Apply Reports</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getSemanticDiff <em>Semantic Diff</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getExploration <em>Exploration</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getReviewerName <em>Reviewer Name</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getReviewerAddress <em>Reviewer Address</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getGivenTrailers <em>Given Trailers</em>}</li>
 *   <li>{@link org.faultline.model.review.Review#getEarlierRevisions <em>Earlier Revisions</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.review.ReviewPackage#getReview()
 * @model
 * @generated
 */
public interface Review extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patch's stable id, as git patch-id --stable computes it: the same for every copy of the patch whatever its whitespace, so a review is found again from any of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patches applied, in order: one, or those of a series up to the one reviewed (a copy: the caller's series stays as it was).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Series</em>' containment reference.
	 * @see #setSeries(PatchSeries)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Series()
	 * @model containment="true"
	 * @generated
	 */
	PatchSeries getSeries();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getSeries <em>Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series</em>' containment reference.
	 * @see #getSeries()
	 * @generated
	 */
	void setSeries(PatchSeries value);

	/**
	 * Returns the value of the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The patch reviewed: the last of the series.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patch</em>' reference.
	 * @see #setPatch(PatchMail)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Patch()
	 * @model
	 * @generated
	 */
	PatchMail getPatch();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getPatch <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patch</em>' reference.
	 * @see #getPatch()
	 * @generated
	 */
	void setPatch(PatchMail value);

	/**
	 * Returns the value of the '<em><b>Tree</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The repository the patch was applied in, with the base and the result as its versions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tree</em>' containment reference.
	 * @see #setTree(SourceTree)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Tree()
	 * @model containment="true"
	 * @generated
	 */
	SourceTree getTree();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getTree <em>Tree</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tree</em>' containment reference.
	 * @see #getTree()
	 * @generated
	 */
	void setTree(SourceTree value);

	/**
	 * Returns the value of the '<em><b>Before</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Before</em>' reference.
	 * @see #setBefore(TreeVersion)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Before()
	 * @model
	 * @generated
	 */
	TreeVersion getBefore();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getBefore <em>Before</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before</em>' reference.
	 * @see #getBefore()
	 * @generated
	 */
	void setBefore(TreeVersion value);

	/**
	 * Returns the value of the '<em><b>After</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The base with the patch applied; unset when it does not apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>After</em>' reference.
	 * @see #setAfter(TreeVersion)
	 * @see org.faultline.model.review.ReviewPackage#getReview_After()
	 * @model
	 * @generated
	 */
	TreeVersion getAfter();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getAfter <em>After</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After</em>' reference.
	 * @see #getAfter()
	 * @generated
	 */
	void setAfter(TreeVersion value);

	/**
	 * Returns the value of the '<em><b>Apply Reports</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.ApplyReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One per patch tried, in series order: how it applied, hunk by hunk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Apply Reports</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getReview_ApplyReports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ApplyReport> getApplyReports();

	/**
	 * Returns the value of the '<em><b>Semantic Diff</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fault path before and after, from its root function; unset until asked for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Diff</em>' containment reference.
	 * @see #setSemanticDiff(CSemanticDiff)
	 * @see org.faultline.model.review.ReviewPackage#getReview_SemanticDiff()
	 * @model containment="true"
	 * @generated
	 */
	CSemanticDiff getSemanticDiff();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getSemanticDiff <em>Semantic Diff</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Diff</em>' containment reference.
	 * @see #getSemanticDiff()
	 * @generated
	 */
	void setSemanticDiff(CSemanticDiff value);

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.exec.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scenarios that were run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getReview_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.exec.RunResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs of the scenarios on each version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getReview_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<RunResult> getRuns();

	/**
	 * Returns the value of the '<em><b>Exploration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What exploring the fault-state space on both versions found; unset until asked for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exploration</em>' containment reference.
	 * @see #setExploration(Exploration)
	 * @see org.faultline.model.review.ReviewPackage#getReview_Exploration()
	 * @model containment="true"
	 * @generated
	 */
	Exploration getExploration();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getExploration <em>Exploration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exploration</em>' containment reference.
	 * @see #getExploration()
	 * @generated
	 */
	void setExploration(Exploration value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.review.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level annotations; replies are inside them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getReview_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Reviewer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Name</em>' attribute.
	 * @see #setReviewerName(String)
	 * @see org.faultline.model.review.ReviewPackage#getReview_ReviewerName()
	 * @model
	 * @generated
	 */
	String getReviewerName();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getReviewerName <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Name</em>' attribute.
	 * @see #getReviewerName()
	 * @generated
	 */
	void setReviewerName(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Address</em>' attribute.
	 * @see #setReviewerAddress(String)
	 * @see org.faultline.model.review.ReviewPackage#getReview_ReviewerAddress()
	 * @model
	 * @generated
	 */
	String getReviewerAddress();

	/**
	 * Sets the value of the '{@link org.faultline.model.review.Review#getReviewerAddress <em>Reviewer Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Address</em>' attribute.
	 * @see #getReviewerAddress()
	 * @generated
	 */
	void setReviewerAddress(String value);

	/**
	 * Returns the value of the '<em><b>Given Trailers</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.Trailer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trailers the reviewer gives, e.g. Reviewed-by, appended to the reply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Given Trailers</em>' containment reference list.
	 * @see org.faultline.model.review.ReviewPackage#getReview_GivenTrailers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Trailer> getGivenTrailers();

	/**
	 * Returns the value of the '<em><b>Earlier Revisions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of earlier revisions of the patch whose annotations were carried into this review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Earlier Revisions</em>' attribute list.
	 * @see org.faultline.model.review.ReviewPackage#getReview_EarlierRevisions()
	 * @model
	 * @generated
	 */
	EList<String> getEarlierRevisions();

} // Review
