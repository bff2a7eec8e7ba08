/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.faultline.model.patch.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PatchFactoryImpl extends EFactoryImpl implements PatchFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PatchFactory init() {
		try {
			PatchFactory thePatchFactory = (PatchFactory)EPackage.Registry.INSTANCE.getEFactory(PatchPackage.eNS_URI);
			if (thePatchFactory != null) {
				return thePatchFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PatchFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatchFactoryImpl() {
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
			case PatchPackage.PATCH_SERIES: return createPatchSeries();
			case PatchPackage.PATCH_MAIL: return createPatchMail();
			case PatchPackage.TRAILER: return createTrailer();
			case PatchPackage.DIFFSTAT: return createDiffstat();
			case PatchPackage.DIFFSTAT_ENTRY: return createDiffstatEntry();
			case PatchPackage.FILE_DIFF: return createFileDiff();
			case PatchPackage.HUNK: return createHunk();
			case PatchPackage.HUNK_LINE: return createHunkLine();
			case PatchPackage.PATCH_PROBLEM: return createPatchProblem();
			case PatchPackage.APPLY_REPORT: return createApplyReport();
			case PatchPackage.HUNK_REPORT: return createHunkReport();
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
			case PatchPackage.PATCH_FORM:
				return createPatchFormFromString(eDataType, initialValue);
			case PatchPackage.CHANGE_TYPE:
				return createChangeTypeFromString(eDataType, initialValue);
			case PatchPackage.LINE_KIND:
				return createLineKindFromString(eDataType, initialValue);
			case PatchPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case PatchPackage.HUNK_OUTCOME:
				return createHunkOutcomeFromString(eDataType, initialValue);
			case PatchPackage.CONFIDENCE:
				return createConfidenceFromString(eDataType, initialValue);
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
			case PatchPackage.PATCH_FORM:
				return convertPatchFormToString(eDataType, instanceValue);
			case PatchPackage.CHANGE_TYPE:
				return convertChangeTypeToString(eDataType, instanceValue);
			case PatchPackage.LINE_KIND:
				return convertLineKindToString(eDataType, instanceValue);
			case PatchPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case PatchPackage.HUNK_OUTCOME:
				return convertHunkOutcomeToString(eDataType, instanceValue);
			case PatchPackage.CONFIDENCE:
				return convertConfidenceToString(eDataType, instanceValue);
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
	public PatchSeries createPatchSeries() {
		PatchSeriesImpl patchSeries = new PatchSeriesImpl();
		return patchSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchMail createPatchMail() {
		PatchMailImpl patchMail = new PatchMailImpl();
		return patchMail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trailer createTrailer() {
		TrailerImpl trailer = new TrailerImpl();
		return trailer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diffstat createDiffstat() {
		DiffstatImpl diffstat = new DiffstatImpl();
		return diffstat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiffstatEntry createDiffstatEntry() {
		DiffstatEntryImpl diffstatEntry = new DiffstatEntryImpl();
		return diffstatEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileDiff createFileDiff() {
		FileDiffImpl fileDiff = new FileDiffImpl();
		return fileDiff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hunk createHunk() {
		HunkImpl hunk = new HunkImpl();
		return hunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HunkLine createHunkLine() {
		HunkLineImpl hunkLine = new HunkLineImpl();
		return hunkLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchProblem createPatchProblem() {
		PatchProblemImpl patchProblem = new PatchProblemImpl();
		return patchProblem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApplyReport createApplyReport() {
		ApplyReportImpl applyReport = new ApplyReportImpl();
		return applyReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HunkReport createHunkReport() {
		HunkReportImpl hunkReport = new HunkReportImpl();
		return hunkReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatchForm createPatchFormFromString(EDataType eDataType, String initialValue) {
		PatchForm result = PatchForm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPatchFormToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChangeType createChangeTypeFromString(EDataType eDataType, String initialValue) {
		ChangeType result = ChangeType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChangeTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineKind createLineKindFromString(EDataType eDataType, String initialValue) {
		LineKind result = LineKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HunkOutcome createHunkOutcomeFromString(EDataType eDataType, String initialValue) {
		HunkOutcome result = HunkOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHunkOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Confidence createConfidenceFromString(EDataType eDataType, String initialValue) {
		Confidence result = Confidence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConfidenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchPackage getPatchPackage() {
		return (PatchPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PatchPackage getPackage() {
		return PatchPackage.eINSTANCE;
	}

} //PatchFactoryImpl
