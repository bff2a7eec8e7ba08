/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.faultline.model.patch.Confidence;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.PatchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hunk Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getHunk <em>Hunk</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getHunkIndex <em>Hunk Index</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getAppliedAtLine <em>Applied At Line</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getRepairedLines <em>Repaired Lines</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getReindentedLines <em>Reindented Lines</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.HunkReportImpl#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HunkReportImpl extends MinimalEObjectImpl.Container implements HunkReport {
	/**
	 * The cached value of the '{@link #getHunk() <em>Hunk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunk()
	 * @generated
	 * @ordered
	 */
	protected Hunk hunk;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHunkIndex() <em>Hunk Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunkIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int HUNK_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHunkIndex() <em>Hunk Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunkIndex()
	 * @generated
	 * @ordered
	 */
	protected int hunkIndex = HUNK_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final HunkOutcome OUTCOME_EDEFAULT = HunkOutcome.EXACT;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected HunkOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final int OFFSET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected int offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAppliedAtLine() <em>Applied At Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliedAtLine()
	 * @generated
	 * @ordered
	 */
	protected static final int APPLIED_AT_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAppliedAtLine() <em>Applied At Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliedAtLine()
	 * @generated
	 * @ordered
	 */
	protected int appliedAtLine = APPLIED_AT_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepairedLines() <em>Repaired Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairedLines()
	 * @generated
	 * @ordered
	 */
	protected static final int REPAIRED_LINES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRepairedLines() <em>Repaired Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairedLines()
	 * @generated
	 * @ordered
	 */
	protected int repairedLines = REPAIRED_LINES_EDEFAULT;

	/**
	 * The default value of the '{@link #getReindentedLines() <em>Reindented Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReindentedLines()
	 * @generated
	 * @ordered
	 */
	protected static final int REINDENTED_LINES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReindentedLines() <em>Reindented Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReindentedLines()
	 * @generated
	 * @ordered
	 */
	protected int reindentedLines = REINDENTED_LINES_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final Confidence CONFIDENCE_EDEFAULT = Confidence.CERTAIN;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected Confidence confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetail() <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetail()
	 * @generated
	 * @ordered
	 */
	protected String detail = DETAIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HunkReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.HUNK_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hunk getHunk() {
		if (hunk != null && hunk.eIsProxy()) {
			InternalEObject oldHunk = (InternalEObject)hunk;
			hunk = (Hunk)eResolveProxy(oldHunk);
			if (hunk != oldHunk) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PatchPackage.HUNK_REPORT__HUNK, oldHunk, hunk));
			}
		}
		return hunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hunk basicGetHunk() {
		return hunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHunk(Hunk newHunk) {
		Hunk oldHunk = hunk;
		hunk = newHunk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__HUNK, oldHunk, hunk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHunkIndex() {
		return hunkIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHunkIndex(int newHunkIndex) {
		int oldHunkIndex = hunkIndex;
		hunkIndex = newHunkIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__HUNK_INDEX, oldHunkIndex, hunkIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HunkOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(HunkOutcome newOutcome) {
		HunkOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(int newOffset) {
		int oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAppliedAtLine() {
		return appliedAtLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppliedAtLine(int newAppliedAtLine) {
		int oldAppliedAtLine = appliedAtLine;
		appliedAtLine = newAppliedAtLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__APPLIED_AT_LINE, oldAppliedAtLine, appliedAtLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepairedLines() {
		return repairedLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepairedLines(int newRepairedLines) {
		int oldRepairedLines = repairedLines;
		repairedLines = newRepairedLines;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__REPAIRED_LINES, oldRepairedLines, repairedLines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReindentedLines() {
		return reindentedLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReindentedLines(int newReindentedLines) {
		int oldReindentedLines = reindentedLines;
		reindentedLines = newReindentedLines;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__REINDENTED_LINES, oldReindentedLines, reindentedLines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Confidence getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(Confidence newConfidence) {
		Confidence oldConfidence = confidence;
		confidence = newConfidence == null ? CONFIDENCE_EDEFAULT : newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetail() {
		return detail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetail(String newDetail) {
		String oldDetail = detail;
		detail = newDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.HUNK_REPORT__DETAIL, oldDetail, detail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PatchPackage.HUNK_REPORT__HUNK:
				if (resolve) return getHunk();
				return basicGetHunk();
			case PatchPackage.HUNK_REPORT__PATH:
				return getPath();
			case PatchPackage.HUNK_REPORT__HUNK_INDEX:
				return getHunkIndex();
			case PatchPackage.HUNK_REPORT__OUTCOME:
				return getOutcome();
			case PatchPackage.HUNK_REPORT__OFFSET:
				return getOffset();
			case PatchPackage.HUNK_REPORT__APPLIED_AT_LINE:
				return getAppliedAtLine();
			case PatchPackage.HUNK_REPORT__REPAIRED_LINES:
				return getRepairedLines();
			case PatchPackage.HUNK_REPORT__REINDENTED_LINES:
				return getReindentedLines();
			case PatchPackage.HUNK_REPORT__CONFIDENCE:
				return getConfidence();
			case PatchPackage.HUNK_REPORT__DETAIL:
				return getDetail();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PatchPackage.HUNK_REPORT__HUNK:
				setHunk((Hunk)newValue);
				return;
			case PatchPackage.HUNK_REPORT__PATH:
				setPath((String)newValue);
				return;
			case PatchPackage.HUNK_REPORT__HUNK_INDEX:
				setHunkIndex((Integer)newValue);
				return;
			case PatchPackage.HUNK_REPORT__OUTCOME:
				setOutcome((HunkOutcome)newValue);
				return;
			case PatchPackage.HUNK_REPORT__OFFSET:
				setOffset((Integer)newValue);
				return;
			case PatchPackage.HUNK_REPORT__APPLIED_AT_LINE:
				setAppliedAtLine((Integer)newValue);
				return;
			case PatchPackage.HUNK_REPORT__REPAIRED_LINES:
				setRepairedLines((Integer)newValue);
				return;
			case PatchPackage.HUNK_REPORT__REINDENTED_LINES:
				setReindentedLines((Integer)newValue);
				return;
			case PatchPackage.HUNK_REPORT__CONFIDENCE:
				setConfidence((Confidence)newValue);
				return;
			case PatchPackage.HUNK_REPORT__DETAIL:
				setDetail((String)newValue);
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
			case PatchPackage.HUNK_REPORT__HUNK:
				setHunk((Hunk)null);
				return;
			case PatchPackage.HUNK_REPORT__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case PatchPackage.HUNK_REPORT__HUNK_INDEX:
				setHunkIndex(HUNK_INDEX_EDEFAULT);
				return;
			case PatchPackage.HUNK_REPORT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case PatchPackage.HUNK_REPORT__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case PatchPackage.HUNK_REPORT__APPLIED_AT_LINE:
				setAppliedAtLine(APPLIED_AT_LINE_EDEFAULT);
				return;
			case PatchPackage.HUNK_REPORT__REPAIRED_LINES:
				setRepairedLines(REPAIRED_LINES_EDEFAULT);
				return;
			case PatchPackage.HUNK_REPORT__REINDENTED_LINES:
				setReindentedLines(REINDENTED_LINES_EDEFAULT);
				return;
			case PatchPackage.HUNK_REPORT__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case PatchPackage.HUNK_REPORT__DETAIL:
				setDetail(DETAIL_EDEFAULT);
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
			case PatchPackage.HUNK_REPORT__HUNK:
				return hunk != null;
			case PatchPackage.HUNK_REPORT__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case PatchPackage.HUNK_REPORT__HUNK_INDEX:
				return hunkIndex != HUNK_INDEX_EDEFAULT;
			case PatchPackage.HUNK_REPORT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case PatchPackage.HUNK_REPORT__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case PatchPackage.HUNK_REPORT__APPLIED_AT_LINE:
				return appliedAtLine != APPLIED_AT_LINE_EDEFAULT;
			case PatchPackage.HUNK_REPORT__REPAIRED_LINES:
				return repairedLines != REPAIRED_LINES_EDEFAULT;
			case PatchPackage.HUNK_REPORT__REINDENTED_LINES:
				return reindentedLines != REINDENTED_LINES_EDEFAULT;
			case PatchPackage.HUNK_REPORT__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case PatchPackage.HUNK_REPORT__DETAIL:
				return DETAIL_EDEFAULT == null ? detail != null : !DETAIL_EDEFAULT.equals(detail);
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
		result.append(" (path: ");
		result.append(path);
		result.append(", hunkIndex: ");
		result.append(hunkIndex);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", offset: ");
		result.append(offset);
		result.append(", appliedAtLine: ");
		result.append(appliedAtLine);
		result.append(", repairedLines: ");
		result.append(repairedLines);
		result.append(", reindentedLines: ");
		result.append(reindentedLines);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", detail: ");
		result.append(detail);
		result.append(')');
		return result.toString();
	}

} //HunkReportImpl
