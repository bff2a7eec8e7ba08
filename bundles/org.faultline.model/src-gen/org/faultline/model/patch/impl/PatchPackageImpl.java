/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.ChangeType;
import org.faultline.model.patch.Confidence;
import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.DiffstatEntry;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.LineKind;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchForm;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchPackage;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.patch.Severity;
import org.faultline.model.patch.Trailer;

import org.faultline.model.tree.TreePackage;

import org.faultline.model.tree.impl.TreePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PatchPackageImpl extends EPackageImpl implements PatchPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patchSeriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patchMailEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trailerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diffstatEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diffstatEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileDiffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hunkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hunkLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass patchProblemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass applyReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hunkReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum patchFormEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changeTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hunkOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum confidenceEEnum = null;

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
	 * @see org.faultline.model.patch.PatchPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PatchPackageImpl() {
		super(eNS_URI, PatchFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link PatchPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PatchPackage init() {
		if (isInited) return (PatchPackage)EPackage.Registry.INSTANCE.getEPackage(PatchPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPatchPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PatchPackageImpl thePatchPackage = registeredPatchPackage instanceof PatchPackageImpl ? (PatchPackageImpl)registeredPatchPackage : new PatchPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TreePackage.eNS_URI);
		TreePackageImpl theTreePackage = (TreePackageImpl)(registeredPackage instanceof TreePackageImpl ? registeredPackage : TreePackage.eINSTANCE);

		// Create package meta-data objects
		thePatchPackage.createPackageContents();
		theTreePackage.createPackageContents();

		// Initialize created meta-data
		thePatchPackage.initializePackageContents();
		theTreePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePatchPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PatchPackage.eNS_URI, thePatchPackage);
		return thePatchPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatchSeries() {
		return patchSeriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchSeries_Source() {
		return (EAttribute)patchSeriesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatchSeries_CoverLetter() {
		return (EReference)patchSeriesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatchSeries_Patches() {
		return (EReference)patchSeriesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatchSeries_Problems() {
		return (EReference)patchSeriesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatchMail() {
		return patchMailEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_Form() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_MessageId() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_InReplyTo() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_References() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_RawSubject() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_Subject() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_SubjectTags() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_SeriesIndex() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_SeriesTotal() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_SeriesVersion() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_AuthorName() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_AuthorAddress() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_DateText() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_Date() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_ZoneOffsetMinutes() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_ZoneLabel() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_Message() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatchMail_Trailers() {
		return (EReference)patchMailEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatchMail_DeclaredDiffstat() {
		return (EReference)patchMailEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPatchMail_FileDiffs() {
		return (EReference)patchMailEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_CoverLetter() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchMail_SourceLine() {
		return (EAttribute)patchMailEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrailer() {
		return trailerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailer_Key() {
		return (EAttribute)trailerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrailer_Value() {
		return (EAttribute)trailerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiffstat() {
		return diffstatEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiffstat_Entries() {
		return (EReference)diffstatEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffstat_FilesChanged() {
		return (EAttribute)diffstatEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffstat_Insertions() {
		return (EAttribute)diffstatEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffstat_Deletions() {
		return (EAttribute)diffstatEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiffstatEntry() {
		return diffstatEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffstatEntry_Path() {
		return (EAttribute)diffstatEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffstatEntry_Changes() {
		return (EAttribute)diffstatEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffstatEntry_Graph() {
		return (EAttribute)diffstatEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFileDiff() {
		return fileDiffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_OldPath() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_NewPath() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_ChangeType() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_OldMode() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_NewMode() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_Binary() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFileDiff_Hunks() {
		return (EReference)fileDiffEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_OldBlob() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_NewBlob() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDiff_SourceLine() {
		return (EAttribute)fileDiffEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHunk() {
		return hunkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHunk_FileDiff() {
		return (EReference)hunkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunk_OldStart() {
		return (EAttribute)hunkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunk_OldCount() {
		return (EAttribute)hunkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunk_NewStart() {
		return (EAttribute)hunkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunk_NewCount() {
		return (EAttribute)hunkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunk_Section() {
		return (EAttribute)hunkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHunk_Lines() {
		return (EReference)hunkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunk_SourceLine() {
		return (EAttribute)hunkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHunkLine() {
		return hunkLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkLine_Kind() {
		return (EAttribute)hunkLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkLine_Text() {
		return (EAttribute)hunkLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkLine_NoNewlineAtEnd() {
		return (EAttribute)hunkLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPatchProblem() {
		return patchProblemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchProblem_Severity() {
		return (EAttribute)patchProblemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchProblem_Code() {
		return (EAttribute)patchProblemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchProblem_Message() {
		return (EAttribute)patchProblemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchProblem_Source() {
		return (EAttribute)patchProblemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchProblem_SourceLine() {
		return (EAttribute)patchProblemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchProblem_Path() {
		return (EAttribute)patchProblemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPatchProblem_HunkIndex() {
		return (EAttribute)patchProblemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApplyReport() {
		return applyReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplyReport_Patch() {
		return (EReference)applyReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplyReport_Base() {
		return (EReference)applyReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplyReport_Result() {
		return (EReference)applyReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApplyReport_Reverse() {
		return (EAttribute)applyReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplyReport_HunkReports() {
		return (EReference)applyReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplyReport_AppliedDiffstat() {
		return (EReference)applyReportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApplyReport_Problems() {
		return (EReference)applyReportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getApplyReport__IsSuccess() {
		return applyReportEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHunkReport() {
		return hunkReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHunkReport_Hunk() {
		return (EReference)hunkReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_Path() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_HunkIndex() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_Outcome() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_Offset() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_AppliedAtLine() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_RepairedLines() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_ReindentedLines() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_Confidence() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHunkReport_Detail() {
		return (EAttribute)hunkReportEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPatchForm() {
		return patchFormEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangeType() {
		return changeTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineKind() {
		return lineKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHunkOutcome() {
		return hunkOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConfidence() {
		return confidenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchFactory getPatchFactory() {
		return (PatchFactory)getEFactoryInstance();
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
		patchSeriesEClass = createEClass(PATCH_SERIES);
		createEAttribute(patchSeriesEClass, PATCH_SERIES__SOURCE);
		createEReference(patchSeriesEClass, PATCH_SERIES__COVER_LETTER);
		createEReference(patchSeriesEClass, PATCH_SERIES__PATCHES);
		createEReference(patchSeriesEClass, PATCH_SERIES__PROBLEMS);

		patchMailEClass = createEClass(PATCH_MAIL);
		createEAttribute(patchMailEClass, PATCH_MAIL__FORM);
		createEAttribute(patchMailEClass, PATCH_MAIL__MESSAGE_ID);
		createEAttribute(patchMailEClass, PATCH_MAIL__IN_REPLY_TO);
		createEAttribute(patchMailEClass, PATCH_MAIL__REFERENCES);
		createEAttribute(patchMailEClass, PATCH_MAIL__RAW_SUBJECT);
		createEAttribute(patchMailEClass, PATCH_MAIL__SUBJECT);
		createEAttribute(patchMailEClass, PATCH_MAIL__SUBJECT_TAGS);
		createEAttribute(patchMailEClass, PATCH_MAIL__SERIES_INDEX);
		createEAttribute(patchMailEClass, PATCH_MAIL__SERIES_TOTAL);
		createEAttribute(patchMailEClass, PATCH_MAIL__SERIES_VERSION);
		createEAttribute(patchMailEClass, PATCH_MAIL__AUTHOR_NAME);
		createEAttribute(patchMailEClass, PATCH_MAIL__AUTHOR_ADDRESS);
		createEAttribute(patchMailEClass, PATCH_MAIL__DATE_TEXT);
		createEAttribute(patchMailEClass, PATCH_MAIL__DATE);
		createEAttribute(patchMailEClass, PATCH_MAIL__ZONE_OFFSET_MINUTES);
		createEAttribute(patchMailEClass, PATCH_MAIL__ZONE_LABEL);
		createEAttribute(patchMailEClass, PATCH_MAIL__MESSAGE);
		createEReference(patchMailEClass, PATCH_MAIL__TRAILERS);
		createEReference(patchMailEClass, PATCH_MAIL__DECLARED_DIFFSTAT);
		createEReference(patchMailEClass, PATCH_MAIL__FILE_DIFFS);
		createEAttribute(patchMailEClass, PATCH_MAIL__COVER_LETTER);
		createEAttribute(patchMailEClass, PATCH_MAIL__SOURCE_LINE);

		trailerEClass = createEClass(TRAILER);
		createEAttribute(trailerEClass, TRAILER__KEY);
		createEAttribute(trailerEClass, TRAILER__VALUE);

		diffstatEClass = createEClass(DIFFSTAT);
		createEReference(diffstatEClass, DIFFSTAT__ENTRIES);
		createEAttribute(diffstatEClass, DIFFSTAT__FILES_CHANGED);
		createEAttribute(diffstatEClass, DIFFSTAT__INSERTIONS);
		createEAttribute(diffstatEClass, DIFFSTAT__DELETIONS);

		diffstatEntryEClass = createEClass(DIFFSTAT_ENTRY);
		createEAttribute(diffstatEntryEClass, DIFFSTAT_ENTRY__PATH);
		createEAttribute(diffstatEntryEClass, DIFFSTAT_ENTRY__CHANGES);
		createEAttribute(diffstatEntryEClass, DIFFSTAT_ENTRY__GRAPH);

		fileDiffEClass = createEClass(FILE_DIFF);
		createEAttribute(fileDiffEClass, FILE_DIFF__OLD_PATH);
		createEAttribute(fileDiffEClass, FILE_DIFF__NEW_PATH);
		createEAttribute(fileDiffEClass, FILE_DIFF__CHANGE_TYPE);
		createEAttribute(fileDiffEClass, FILE_DIFF__OLD_MODE);
		createEAttribute(fileDiffEClass, FILE_DIFF__NEW_MODE);
		createEAttribute(fileDiffEClass, FILE_DIFF__BINARY);
		createEReference(fileDiffEClass, FILE_DIFF__HUNKS);
		createEAttribute(fileDiffEClass, FILE_DIFF__OLD_BLOB);
		createEAttribute(fileDiffEClass, FILE_DIFF__NEW_BLOB);
		createEAttribute(fileDiffEClass, FILE_DIFF__SOURCE_LINE);

		hunkEClass = createEClass(HUNK);
		createEReference(hunkEClass, HUNK__FILE_DIFF);
		createEAttribute(hunkEClass, HUNK__OLD_START);
		createEAttribute(hunkEClass, HUNK__OLD_COUNT);
		createEAttribute(hunkEClass, HUNK__NEW_START);
		createEAttribute(hunkEClass, HUNK__NEW_COUNT);
		createEAttribute(hunkEClass, HUNK__SECTION);
		createEReference(hunkEClass, HUNK__LINES);
		createEAttribute(hunkEClass, HUNK__SOURCE_LINE);

		hunkLineEClass = createEClass(HUNK_LINE);
		createEAttribute(hunkLineEClass, HUNK_LINE__KIND);
		createEAttribute(hunkLineEClass, HUNK_LINE__TEXT);
		createEAttribute(hunkLineEClass, HUNK_LINE__NO_NEWLINE_AT_END);

		patchProblemEClass = createEClass(PATCH_PROBLEM);
		createEAttribute(patchProblemEClass, PATCH_PROBLEM__SEVERITY);
		createEAttribute(patchProblemEClass, PATCH_PROBLEM__CODE);
		createEAttribute(patchProblemEClass, PATCH_PROBLEM__MESSAGE);
		createEAttribute(patchProblemEClass, PATCH_PROBLEM__SOURCE);
		createEAttribute(patchProblemEClass, PATCH_PROBLEM__SOURCE_LINE);
		createEAttribute(patchProblemEClass, PATCH_PROBLEM__PATH);
		createEAttribute(patchProblemEClass, PATCH_PROBLEM__HUNK_INDEX);

		applyReportEClass = createEClass(APPLY_REPORT);
		createEReference(applyReportEClass, APPLY_REPORT__PATCH);
		createEReference(applyReportEClass, APPLY_REPORT__BASE);
		createEReference(applyReportEClass, APPLY_REPORT__RESULT);
		createEAttribute(applyReportEClass, APPLY_REPORT__REVERSE);
		createEReference(applyReportEClass, APPLY_REPORT__HUNK_REPORTS);
		createEReference(applyReportEClass, APPLY_REPORT__APPLIED_DIFFSTAT);
		createEReference(applyReportEClass, APPLY_REPORT__PROBLEMS);
		createEOperation(applyReportEClass, APPLY_REPORT___IS_SUCCESS);

		hunkReportEClass = createEClass(HUNK_REPORT);
		createEReference(hunkReportEClass, HUNK_REPORT__HUNK);
		createEAttribute(hunkReportEClass, HUNK_REPORT__PATH);
		createEAttribute(hunkReportEClass, HUNK_REPORT__HUNK_INDEX);
		createEAttribute(hunkReportEClass, HUNK_REPORT__OUTCOME);
		createEAttribute(hunkReportEClass, HUNK_REPORT__OFFSET);
		createEAttribute(hunkReportEClass, HUNK_REPORT__APPLIED_AT_LINE);
		createEAttribute(hunkReportEClass, HUNK_REPORT__REPAIRED_LINES);
		createEAttribute(hunkReportEClass, HUNK_REPORT__REINDENTED_LINES);
		createEAttribute(hunkReportEClass, HUNK_REPORT__CONFIDENCE);
		createEAttribute(hunkReportEClass, HUNK_REPORT__DETAIL);

		// Create enums
		patchFormEEnum = createEEnum(PATCH_FORM);
		changeTypeEEnum = createEEnum(CHANGE_TYPE);
		lineKindEEnum = createEEnum(LINE_KIND);
		severityEEnum = createEEnum(SEVERITY);
		hunkOutcomeEEnum = createEEnum(HUNK_OUTCOME);
		confidenceEEnum = createEEnum(CONFIDENCE);
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

		// Obtain other dependent packages
		TreePackage theTreePackage = (TreePackage)EPackage.Registry.INSTANCE.getEPackage(TreePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(patchSeriesEClass, PatchSeries.class, "PatchSeries", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPatchSeries_Source(), ecorePackage.getEString(), "source", null, 0, 1, PatchSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatchSeries_CoverLetter(), this.getPatchMail(), null, "coverLetter", null, 0, 1, PatchSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatchSeries_Patches(), this.getPatchMail(), null, "patches", null, 0, -1, PatchSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatchSeries_Problems(), this.getPatchProblem(), null, "problems", null, 0, -1, PatchSeries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(patchMailEClass, PatchMail.class, "PatchMail", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPatchMail_Form(), this.getPatchForm(), "form", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_MessageId(), ecorePackage.getEString(), "messageId", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_InReplyTo(), ecorePackage.getEString(), "inReplyTo", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_References(), ecorePackage.getEString(), "references", null, 0, -1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_RawSubject(), ecorePackage.getEString(), "rawSubject", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_SubjectTags(), ecorePackage.getEString(), "subjectTags", null, 0, -1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_SeriesIndex(), ecorePackage.getEInt(), "seriesIndex", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_SeriesTotal(), ecorePackage.getEInt(), "seriesTotal", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_SeriesVersion(), ecorePackage.getEInt(), "seriesVersion", "1", 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_AuthorName(), ecorePackage.getEString(), "authorName", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_AuthorAddress(), ecorePackage.getEString(), "authorAddress", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_DateText(), ecorePackage.getEString(), "dateText", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_Date(), ecorePackage.getEDate(), "date", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_ZoneOffsetMinutes(), ecorePackage.getEInt(), "zoneOffsetMinutes", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_ZoneLabel(), ecorePackage.getEString(), "zoneLabel", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_Message(), ecorePackage.getEString(), "message", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatchMail_Trailers(), this.getTrailer(), null, "trailers", null, 0, -1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatchMail_DeclaredDiffstat(), this.getDiffstat(), null, "declaredDiffstat", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPatchMail_FileDiffs(), this.getFileDiff(), null, "fileDiffs", null, 0, -1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_CoverLetter(), ecorePackage.getEBoolean(), "coverLetter", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchMail_SourceLine(), ecorePackage.getEInt(), "sourceLine", null, 0, 1, PatchMail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trailerEClass, Trailer.class, "Trailer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrailer_Key(), ecorePackage.getEString(), "key", null, 0, 1, Trailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrailer_Value(), ecorePackage.getEString(), "value", null, 0, 1, Trailer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diffstatEClass, Diffstat.class, "Diffstat", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiffstat_Entries(), this.getDiffstatEntry(), null, "entries", null, 0, -1, Diffstat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffstat_FilesChanged(), ecorePackage.getEInt(), "filesChanged", null, 0, 1, Diffstat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffstat_Insertions(), ecorePackage.getEInt(), "insertions", null, 0, 1, Diffstat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffstat_Deletions(), ecorePackage.getEInt(), "deletions", null, 0, 1, Diffstat.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diffstatEntryEClass, DiffstatEntry.class, "DiffstatEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiffstatEntry_Path(), ecorePackage.getEString(), "path", null, 0, 1, DiffstatEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffstatEntry_Changes(), ecorePackage.getEInt(), "changes", null, 0, 1, DiffstatEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffstatEntry_Graph(), ecorePackage.getEString(), "graph", null, 0, 1, DiffstatEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fileDiffEClass, FileDiff.class, "FileDiff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFileDiff_OldPath(), ecorePackage.getEString(), "oldPath", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDiff_NewPath(), ecorePackage.getEString(), "newPath", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDiff_ChangeType(), this.getChangeType(), "changeType", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDiff_OldMode(), ecorePackage.getEString(), "oldMode", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDiff_NewMode(), ecorePackage.getEString(), "newMode", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDiff_Binary(), ecorePackage.getEBoolean(), "binary", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFileDiff_Hunks(), this.getHunk(), this.getHunk_FileDiff(), "hunks", null, 0, -1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDiff_OldBlob(), ecorePackage.getEString(), "oldBlob", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDiff_NewBlob(), ecorePackage.getEString(), "newBlob", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDiff_SourceLine(), ecorePackage.getEInt(), "sourceLine", null, 0, 1, FileDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hunkEClass, Hunk.class, "Hunk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHunk_FileDiff(), this.getFileDiff(), this.getFileDiff_Hunks(), "fileDiff", null, 0, 1, Hunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunk_OldStart(), ecorePackage.getEInt(), "oldStart", null, 0, 1, Hunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunk_OldCount(), ecorePackage.getEInt(), "oldCount", null, 0, 1, Hunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunk_NewStart(), ecorePackage.getEInt(), "newStart", null, 0, 1, Hunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunk_NewCount(), ecorePackage.getEInt(), "newCount", null, 0, 1, Hunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunk_Section(), ecorePackage.getEString(), "section", null, 0, 1, Hunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHunk_Lines(), this.getHunkLine(), null, "lines", null, 0, -1, Hunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunk_SourceLine(), ecorePackage.getEInt(), "sourceLine", null, 0, 1, Hunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hunkLineEClass, HunkLine.class, "HunkLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHunkLine_Kind(), this.getLineKind(), "kind", null, 0, 1, HunkLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkLine_Text(), ecorePackage.getEString(), "text", null, 0, 1, HunkLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkLine_NoNewlineAtEnd(), ecorePackage.getEBoolean(), "noNewlineAtEnd", null, 0, 1, HunkLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(patchProblemEClass, PatchProblem.class, "PatchProblem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPatchProblem_Severity(), this.getSeverity(), "severity", null, 0, 1, PatchProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchProblem_Code(), ecorePackage.getEString(), "code", null, 0, 1, PatchProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchProblem_Message(), ecorePackage.getEString(), "message", null, 0, 1, PatchProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchProblem_Source(), ecorePackage.getEString(), "source", null, 0, 1, PatchProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchProblem_SourceLine(), ecorePackage.getEInt(), "sourceLine", null, 0, 1, PatchProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchProblem_Path(), ecorePackage.getEString(), "path", null, 0, 1, PatchProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPatchProblem_HunkIndex(), ecorePackage.getEInt(), "hunkIndex", "-1", 0, 1, PatchProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(applyReportEClass, ApplyReport.class, "ApplyReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getApplyReport_Patch(), this.getPatchMail(), null, "patch", null, 0, 1, ApplyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplyReport_Base(), theTreePackage.getTreeVersion(), null, "base", null, 0, 1, ApplyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplyReport_Result(), theTreePackage.getTreeVersion(), null, "result", null, 0, 1, ApplyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApplyReport_Reverse(), ecorePackage.getEBoolean(), "reverse", null, 0, 1, ApplyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplyReport_HunkReports(), this.getHunkReport(), null, "hunkReports", null, 0, -1, ApplyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplyReport_AppliedDiffstat(), this.getDiffstat(), null, "appliedDiffstat", null, 0, 1, ApplyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApplyReport_Problems(), this.getPatchProblem(), null, "problems", null, 0, -1, ApplyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getApplyReport__IsSuccess(), ecorePackage.getEBoolean(), "isSuccess", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(hunkReportEClass, HunkReport.class, "HunkReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHunkReport_Hunk(), this.getHunk(), null, "hunk", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_Path(), ecorePackage.getEString(), "path", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_HunkIndex(), ecorePackage.getEInt(), "hunkIndex", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_Outcome(), this.getHunkOutcome(), "outcome", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_Offset(), ecorePackage.getEInt(), "offset", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_AppliedAtLine(), ecorePackage.getEInt(), "appliedAtLine", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_RepairedLines(), ecorePackage.getEInt(), "repairedLines", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_ReindentedLines(), ecorePackage.getEInt(), "reindentedLines", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_Confidence(), this.getConfidence(), "confidence", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHunkReport_Detail(), ecorePackage.getEString(), "detail", null, 0, 1, HunkReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(patchFormEEnum, PatchForm.class, "PatchForm");
		addEEnumLiteral(patchFormEEnum, PatchForm.MAIL);
		addEEnumLiteral(patchFormEEnum, PatchForm.MBOX);
		addEEnumLiteral(patchFormEEnum, PatchForm.FORMAT_PATCH);
		addEEnumLiteral(patchFormEEnum, PatchForm.PLAIN_DIFF);
		addEEnumLiteral(patchFormEEnum, PatchForm.WEB_ARCHIVE);

		initEEnum(changeTypeEEnum, ChangeType.class, "ChangeType");
		addEEnumLiteral(changeTypeEEnum, ChangeType.MODIFY);
		addEEnumLiteral(changeTypeEEnum, ChangeType.ADD);
		addEEnumLiteral(changeTypeEEnum, ChangeType.DELETE);
		addEEnumLiteral(changeTypeEEnum, ChangeType.RENAME);
		addEEnumLiteral(changeTypeEEnum, ChangeType.COPY);

		initEEnum(lineKindEEnum, LineKind.class, "LineKind");
		addEEnumLiteral(lineKindEEnum, LineKind.CONTEXT);
		addEEnumLiteral(lineKindEEnum, LineKind.ADDED);
		addEEnumLiteral(lineKindEEnum, LineKind.REMOVED);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.ERROR);
		addEEnumLiteral(severityEEnum, Severity.WARNING);
		addEEnumLiteral(severityEEnum, Severity.INFO);

		initEEnum(hunkOutcomeEEnum, HunkOutcome.class, "HunkOutcome");
		addEEnumLiteral(hunkOutcomeEEnum, HunkOutcome.EXACT);
		addEEnumLiteral(hunkOutcomeEEnum, HunkOutcome.OFFSET);
		addEEnumLiteral(hunkOutcomeEEnum, HunkOutcome.WHITESPACE_REPAIRED);
		addEEnumLiteral(hunkOutcomeEEnum, HunkOutcome.FAILED);

		initEEnum(confidenceEEnum, Confidence.class, "Confidence");
		addEEnumLiteral(confidenceEEnum, Confidence.CERTAIN);
		addEEnumLiteral(confidenceEEnum, Confidence.HIGH);
		addEEnumLiteral(confidenceEEnum, Confidence.LOW);

		// Create resource
		createResource(eNS_URI);
	}

} //PatchPackageImpl
