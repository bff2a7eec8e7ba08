/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * Patch mails as a reviewer receives them, what they declare, and how applying them went.
 * <!-- end-model-doc -->
 * @see org.faultline.model.patch.PatchFactory
 * @model kind="package"
 * @generated
 */
public interface PatchPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "patch";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:faultline:model:patch";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "patch";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PatchPackage eINSTANCE = org.faultline.model.patch.impl.PatchPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.PatchSeriesImpl <em>Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.PatchSeriesImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getPatchSeries()
	 * @generated
	 */
	int PATCH_SERIES = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Cover Letter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__COVER_LETTER = 1;

	/**
	 * The feature id for the '<em><b>Patches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__PATCHES = 2;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__PROBLEMS = 3;

	/**
	 * The number of structural features of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.PatchMailImpl <em>Mail</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.PatchMailImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getPatchMail()
	 * @generated
	 */
	int PATCH_MAIL = 1;

	/**
	 * The feature id for the '<em><b>Form</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__FORM = 0;

	/**
	 * The feature id for the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__MESSAGE_ID = 1;

	/**
	 * The feature id for the '<em><b>In Reply To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__IN_REPLY_TO = 2;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__REFERENCES = 3;

	/**
	 * The feature id for the '<em><b>Raw Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__RAW_SUBJECT = 4;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__SUBJECT = 5;

	/**
	 * The feature id for the '<em><b>Subject Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__SUBJECT_TAGS = 6;

	/**
	 * The feature id for the '<em><b>Series Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__SERIES_INDEX = 7;

	/**
	 * The feature id for the '<em><b>Series Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__SERIES_TOTAL = 8;

	/**
	 * The feature id for the '<em><b>Series Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__SERIES_VERSION = 9;

	/**
	 * The feature id for the '<em><b>Author Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__AUTHOR_NAME = 10;

	/**
	 * The feature id for the '<em><b>Author Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__AUTHOR_ADDRESS = 11;

	/**
	 * The feature id for the '<em><b>Date Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__DATE_TEXT = 12;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__DATE = 13;

	/**
	 * The feature id for the '<em><b>Zone Offset Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__ZONE_OFFSET_MINUTES = 14;

	/**
	 * The feature id for the '<em><b>Zone Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__ZONE_LABEL = 15;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__MESSAGE = 16;

	/**
	 * The feature id for the '<em><b>Trailers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__TRAILERS = 17;

	/**
	 * The feature id for the '<em><b>Declared Diffstat</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__DECLARED_DIFFSTAT = 18;

	/**
	 * The feature id for the '<em><b>File Diffs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__FILE_DIFFS = 19;

	/**
	 * The feature id for the '<em><b>Cover Letter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__COVER_LETTER = 20;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL__SOURCE_LINE = 21;

	/**
	 * The number of structural features of the '<em>Mail</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL_FEATURE_COUNT = 22;

	/**
	 * The number of operations of the '<em>Mail</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_MAIL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.TrailerImpl <em>Trailer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.TrailerImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getTrailer()
	 * @generated
	 */
	int TRAILER = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Trailer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Trailer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.DiffstatImpl <em>Diffstat</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.DiffstatImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getDiffstat()
	 * @generated
	 */
	int DIFFSTAT = 3;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT__ENTRIES = 0;

	/**
	 * The feature id for the '<em><b>Files Changed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT__FILES_CHANGED = 1;

	/**
	 * The feature id for the '<em><b>Insertions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT__INSERTIONS = 2;

	/**
	 * The feature id for the '<em><b>Deletions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT__DELETIONS = 3;

	/**
	 * The number of structural features of the '<em>Diffstat</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Diffstat</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.DiffstatEntryImpl <em>Diffstat Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.DiffstatEntryImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getDiffstatEntry()
	 * @generated
	 */
	int DIFFSTAT_ENTRY = 4;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT_ENTRY__PATH = 0;

	/**
	 * The feature id for the '<em><b>Changes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT_ENTRY__CHANGES = 1;

	/**
	 * The feature id for the '<em><b>Graph</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT_ENTRY__GRAPH = 2;

	/**
	 * The number of structural features of the '<em>Diffstat Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Diffstat Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFSTAT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.FileDiffImpl <em>File Diff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.FileDiffImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getFileDiff()
	 * @generated
	 */
	int FILE_DIFF = 5;

	/**
	 * The feature id for the '<em><b>Old Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__OLD_PATH = 0;

	/**
	 * The feature id for the '<em><b>New Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__NEW_PATH = 1;

	/**
	 * The feature id for the '<em><b>Change Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__CHANGE_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Old Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__OLD_MODE = 3;

	/**
	 * The feature id for the '<em><b>New Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__NEW_MODE = 4;

	/**
	 * The feature id for the '<em><b>Binary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__BINARY = 5;

	/**
	 * The feature id for the '<em><b>Hunks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__HUNKS = 6;

	/**
	 * The feature id for the '<em><b>Old Blob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__OLD_BLOB = 7;

	/**
	 * The feature id for the '<em><b>New Blob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__NEW_BLOB = 8;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__SOURCE_LINE = 9;

	/**
	 * The number of structural features of the '<em>File Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>File Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.HunkImpl <em>Hunk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.HunkImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getHunk()
	 * @generated
	 */
	int HUNK = 6;

	/**
	 * The feature id for the '<em><b>File Diff</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__FILE_DIFF = 0;

	/**
	 * The feature id for the '<em><b>Old Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__OLD_START = 1;

	/**
	 * The feature id for the '<em><b>Old Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__OLD_COUNT = 2;

	/**
	 * The feature id for the '<em><b>New Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__NEW_START = 3;

	/**
	 * The feature id for the '<em><b>New Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__NEW_COUNT = 4;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__SECTION = 5;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__LINES = 6;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__SOURCE_LINE = 7;

	/**
	 * The number of structural features of the '<em>Hunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Hunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.HunkLineImpl <em>Hunk Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.HunkLineImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getHunkLine()
	 * @generated
	 */
	int HUNK_LINE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_LINE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_LINE__TEXT = 1;

	/**
	 * The feature id for the '<em><b>No Newline At End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_LINE__NO_NEWLINE_AT_END = 2;

	/**
	 * The number of structural features of the '<em>Hunk Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_LINE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Hunk Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.PatchProblemImpl <em>Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.PatchProblemImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getPatchProblem()
	 * @generated
	 */
	int PATCH_PROBLEM = 8;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM__SEVERITY = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM__CODE = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM__SOURCE_LINE = 4;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM__PATH = 5;

	/**
	 * The feature id for the '<em><b>Hunk Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM__HUNK_INDEX = 6;

	/**
	 * The number of structural features of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_PROBLEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.ApplyReportImpl <em>Apply Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.ApplyReportImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getApplyReport()
	 * @generated
	 */
	int APPLY_REPORT = 9;

	/**
	 * The feature id for the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT__PATCH = 0;

	/**
	 * The feature id for the '<em><b>Base</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT__BASE = 1;

	/**
	 * The feature id for the '<em><b>Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT__RESULT = 2;

	/**
	 * The feature id for the '<em><b>Reverse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT__REVERSE = 3;

	/**
	 * The feature id for the '<em><b>Hunk Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT__HUNK_REPORTS = 4;

	/**
	 * The feature id for the '<em><b>Applied Diffstat</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT__APPLIED_DIFFSTAT = 5;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT__PROBLEMS = 6;

	/**
	 * The number of structural features of the '<em>Apply Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT_FEATURE_COUNT = 7;

	/**
	 * The operation id for the '<em>Is Success</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT___IS_SUCCESS = 0;

	/**
	 * The number of operations of the '<em>Apply Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLY_REPORT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.impl.HunkReportImpl <em>Hunk Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.impl.HunkReportImpl
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getHunkReport()
	 * @generated
	 */
	int HUNK_REPORT = 10;

	/**
	 * The feature id for the '<em><b>Hunk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__HUNK = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__PATH = 1;

	/**
	 * The feature id for the '<em><b>Hunk Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__HUNK_INDEX = 2;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__OUTCOME = 3;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__OFFSET = 4;

	/**
	 * The feature id for the '<em><b>Applied At Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__APPLIED_AT_LINE = 5;

	/**
	 * The feature id for the '<em><b>Repaired Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__REPAIRED_LINES = 6;

	/**
	 * The feature id for the '<em><b>Reindented Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__REINDENTED_LINES = 7;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__CONFIDENCE = 8;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT__DETAIL = 9;

	/**
	 * The number of structural features of the '<em>Hunk Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Hunk Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_REPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.PatchForm <em>Form</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.PatchForm
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getPatchForm()
	 * @generated
	 */
	int PATCH_FORM = 11;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.ChangeType <em>Change Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.ChangeType
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getChangeType()
	 * @generated
	 */
	int CHANGE_TYPE = 12;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.LineKind <em>Line Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.LineKind
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getLineKind()
	 * @generated
	 */
	int LINE_KIND = 13;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.Severity
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 14;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.HunkOutcome <em>Hunk Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.HunkOutcome
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getHunkOutcome()
	 * @generated
	 */
	int HUNK_OUTCOME = 15;

	/**
	 * The meta object id for the '{@link org.faultline.model.patch.Confidence <em>Confidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.faultline.model.patch.Confidence
	 * @see org.faultline.model.patch.impl.PatchPackageImpl#getConfidence()
	 * @generated
	 */
	int CONFIDENCE = 16;


	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.PatchSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Series</em>'.
	 * @see org.faultline.model.patch.PatchSeries
	 * @generated
	 */
	EClass getPatchSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchSeries#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.faultline.model.patch.PatchSeries#getSource()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_Source();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.patch.PatchSeries#getCoverLetter <em>Cover Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cover Letter</em>'.
	 * @see org.faultline.model.patch.PatchSeries#getCoverLetter()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EReference getPatchSeries_CoverLetter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.PatchSeries#getPatches <em>Patches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Patches</em>'.
	 * @see org.faultline.model.patch.PatchSeries#getPatches()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EReference getPatchSeries_Patches();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.PatchSeries#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see org.faultline.model.patch.PatchSeries#getProblems()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EReference getPatchSeries_Problems();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.PatchMail <em>Mail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mail</em>'.
	 * @see org.faultline.model.patch.PatchMail
	 * @generated
	 */
	EClass getPatchMail();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form</em>'.
	 * @see org.faultline.model.patch.PatchMail#getForm()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_Form();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getMessageId <em>Message Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Id</em>'.
	 * @see org.faultline.model.patch.PatchMail#getMessageId()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_MessageId();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getInReplyTo <em>In Reply To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Reply To</em>'.
	 * @see org.faultline.model.patch.PatchMail#getInReplyTo()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_InReplyTo();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.patch.PatchMail#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>References</em>'.
	 * @see org.faultline.model.patch.PatchMail#getReferences()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_References();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getRawSubject <em>Raw Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw Subject</em>'.
	 * @see org.faultline.model.patch.PatchMail#getRawSubject()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_RawSubject();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.faultline.model.patch.PatchMail#getSubject()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_Subject();

	/**
	 * Returns the meta object for the attribute list '{@link org.faultline.model.patch.PatchMail#getSubjectTags <em>Subject Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Subject Tags</em>'.
	 * @see org.faultline.model.patch.PatchMail#getSubjectTags()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_SubjectTags();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getSeriesIndex <em>Series Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Series Index</em>'.
	 * @see org.faultline.model.patch.PatchMail#getSeriesIndex()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_SeriesIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getSeriesTotal <em>Series Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Series Total</em>'.
	 * @see org.faultline.model.patch.PatchMail#getSeriesTotal()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_SeriesTotal();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getSeriesVersion <em>Series Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Series Version</em>'.
	 * @see org.faultline.model.patch.PatchMail#getSeriesVersion()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_SeriesVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getAuthorName <em>Author Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Name</em>'.
	 * @see org.faultline.model.patch.PatchMail#getAuthorName()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_AuthorName();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getAuthorAddress <em>Author Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Address</em>'.
	 * @see org.faultline.model.patch.PatchMail#getAuthorAddress()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_AuthorAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getDateText <em>Date Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Text</em>'.
	 * @see org.faultline.model.patch.PatchMail#getDateText()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_DateText();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.faultline.model.patch.PatchMail#getDate()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getZoneOffsetMinutes <em>Zone Offset Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zone Offset Minutes</em>'.
	 * @see org.faultline.model.patch.PatchMail#getZoneOffsetMinutes()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_ZoneOffsetMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getZoneLabel <em>Zone Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zone Label</em>'.
	 * @see org.faultline.model.patch.PatchMail#getZoneLabel()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_ZoneLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.faultline.model.patch.PatchMail#getMessage()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_Message();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.PatchMail#getTrailers <em>Trailers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trailers</em>'.
	 * @see org.faultline.model.patch.PatchMail#getTrailers()
	 * @see #getPatchMail()
	 * @generated
	 */
	EReference getPatchMail_Trailers();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.patch.PatchMail#getDeclaredDiffstat <em>Declared Diffstat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Declared Diffstat</em>'.
	 * @see org.faultline.model.patch.PatchMail#getDeclaredDiffstat()
	 * @see #getPatchMail()
	 * @generated
	 */
	EReference getPatchMail_DeclaredDiffstat();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.PatchMail#getFileDiffs <em>File Diffs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>File Diffs</em>'.
	 * @see org.faultline.model.patch.PatchMail#getFileDiffs()
	 * @see #getPatchMail()
	 * @generated
	 */
	EReference getPatchMail_FileDiffs();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#isCoverLetter <em>Cover Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cover Letter</em>'.
	 * @see org.faultline.model.patch.PatchMail#isCoverLetter()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_CoverLetter();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchMail#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see org.faultline.model.patch.PatchMail#getSourceLine()
	 * @see #getPatchMail()
	 * @generated
	 */
	EAttribute getPatchMail_SourceLine();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.Trailer <em>Trailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trailer</em>'.
	 * @see org.faultline.model.patch.Trailer
	 * @generated
	 */
	EClass getTrailer();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Trailer#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.faultline.model.patch.Trailer#getKey()
	 * @see #getTrailer()
	 * @generated
	 */
	EAttribute getTrailer_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Trailer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.faultline.model.patch.Trailer#getValue()
	 * @see #getTrailer()
	 * @generated
	 */
	EAttribute getTrailer_Value();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.Diffstat <em>Diffstat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diffstat</em>'.
	 * @see org.faultline.model.patch.Diffstat
	 * @generated
	 */
	EClass getDiffstat();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.Diffstat#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.faultline.model.patch.Diffstat#getEntries()
	 * @see #getDiffstat()
	 * @generated
	 */
	EReference getDiffstat_Entries();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Diffstat#getFilesChanged <em>Files Changed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Files Changed</em>'.
	 * @see org.faultline.model.patch.Diffstat#getFilesChanged()
	 * @see #getDiffstat()
	 * @generated
	 */
	EAttribute getDiffstat_FilesChanged();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Diffstat#getInsertions <em>Insertions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insertions</em>'.
	 * @see org.faultline.model.patch.Diffstat#getInsertions()
	 * @see #getDiffstat()
	 * @generated
	 */
	EAttribute getDiffstat_Insertions();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Diffstat#getDeletions <em>Deletions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deletions</em>'.
	 * @see org.faultline.model.patch.Diffstat#getDeletions()
	 * @see #getDiffstat()
	 * @generated
	 */
	EAttribute getDiffstat_Deletions();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.DiffstatEntry <em>Diffstat Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diffstat Entry</em>'.
	 * @see org.faultline.model.patch.DiffstatEntry
	 * @generated
	 */
	EClass getDiffstatEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.DiffstatEntry#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.faultline.model.patch.DiffstatEntry#getPath()
	 * @see #getDiffstatEntry()
	 * @generated
	 */
	EAttribute getDiffstatEntry_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.DiffstatEntry#getChanges <em>Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changes</em>'.
	 * @see org.faultline.model.patch.DiffstatEntry#getChanges()
	 * @see #getDiffstatEntry()
	 * @generated
	 */
	EAttribute getDiffstatEntry_Changes();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.DiffstatEntry#getGraph <em>Graph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Graph</em>'.
	 * @see org.faultline.model.patch.DiffstatEntry#getGraph()
	 * @see #getDiffstatEntry()
	 * @generated
	 */
	EAttribute getDiffstatEntry_Graph();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.FileDiff <em>File Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Diff</em>'.
	 * @see org.faultline.model.patch.FileDiff
	 * @generated
	 */
	EClass getFileDiff();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#getOldPath <em>Old Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Path</em>'.
	 * @see org.faultline.model.patch.FileDiff#getOldPath()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_OldPath();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#getNewPath <em>New Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Path</em>'.
	 * @see org.faultline.model.patch.FileDiff#getNewPath()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_NewPath();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#getChangeType <em>Change Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Type</em>'.
	 * @see org.faultline.model.patch.FileDiff#getChangeType()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_ChangeType();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#getOldMode <em>Old Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Mode</em>'.
	 * @see org.faultline.model.patch.FileDiff#getOldMode()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_OldMode();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#getNewMode <em>New Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Mode</em>'.
	 * @see org.faultline.model.patch.FileDiff#getNewMode()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_NewMode();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#isBinary <em>Binary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Binary</em>'.
	 * @see org.faultline.model.patch.FileDiff#isBinary()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_Binary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.FileDiff#getHunks <em>Hunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hunks</em>'.
	 * @see org.faultline.model.patch.FileDiff#getHunks()
	 * @see #getFileDiff()
	 * @generated
	 */
	EReference getFileDiff_Hunks();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#getOldBlob <em>Old Blob</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Blob</em>'.
	 * @see org.faultline.model.patch.FileDiff#getOldBlob()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_OldBlob();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#getNewBlob <em>New Blob</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Blob</em>'.
	 * @see org.faultline.model.patch.FileDiff#getNewBlob()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_NewBlob();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.FileDiff#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see org.faultline.model.patch.FileDiff#getSourceLine()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_SourceLine();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.Hunk <em>Hunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hunk</em>'.
	 * @see org.faultline.model.patch.Hunk
	 * @generated
	 */
	EClass getHunk();

	/**
	 * Returns the meta object for the container reference '{@link org.faultline.model.patch.Hunk#getFileDiff <em>File Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>File Diff</em>'.
	 * @see org.faultline.model.patch.Hunk#getFileDiff()
	 * @see #getHunk()
	 * @generated
	 */
	EReference getHunk_FileDiff();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Hunk#getOldStart <em>Old Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Start</em>'.
	 * @see org.faultline.model.patch.Hunk#getOldStart()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_OldStart();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Hunk#getOldCount <em>Old Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Count</em>'.
	 * @see org.faultline.model.patch.Hunk#getOldCount()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_OldCount();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Hunk#getNewStart <em>New Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Start</em>'.
	 * @see org.faultline.model.patch.Hunk#getNewStart()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_NewStart();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Hunk#getNewCount <em>New Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Count</em>'.
	 * @see org.faultline.model.patch.Hunk#getNewCount()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_NewCount();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Hunk#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.faultline.model.patch.Hunk#getSection()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_Section();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.Hunk#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.faultline.model.patch.Hunk#getLines()
	 * @see #getHunk()
	 * @generated
	 */
	EReference getHunk_Lines();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.Hunk#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see org.faultline.model.patch.Hunk#getSourceLine()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_SourceLine();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.HunkLine <em>Hunk Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hunk Line</em>'.
	 * @see org.faultline.model.patch.HunkLine
	 * @generated
	 */
	EClass getHunkLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkLine#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.faultline.model.patch.HunkLine#getKind()
	 * @see #getHunkLine()
	 * @generated
	 */
	EAttribute getHunkLine_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkLine#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.faultline.model.patch.HunkLine#getText()
	 * @see #getHunkLine()
	 * @generated
	 */
	EAttribute getHunkLine_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkLine#isNoNewlineAtEnd <em>No Newline At End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Newline At End</em>'.
	 * @see org.faultline.model.patch.HunkLine#isNoNewlineAtEnd()
	 * @see #getHunkLine()
	 * @generated
	 */
	EAttribute getHunkLine_NoNewlineAtEnd();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.PatchProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem</em>'.
	 * @see org.faultline.model.patch.PatchProblem
	 * @generated
	 */
	EClass getPatchProblem();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchProblem#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.faultline.model.patch.PatchProblem#getSeverity()
	 * @see #getPatchProblem()
	 * @generated
	 */
	EAttribute getPatchProblem_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchProblem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.faultline.model.patch.PatchProblem#getCode()
	 * @see #getPatchProblem()
	 * @generated
	 */
	EAttribute getPatchProblem_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchProblem#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.faultline.model.patch.PatchProblem#getMessage()
	 * @see #getPatchProblem()
	 * @generated
	 */
	EAttribute getPatchProblem_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchProblem#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.faultline.model.patch.PatchProblem#getSource()
	 * @see #getPatchProblem()
	 * @generated
	 */
	EAttribute getPatchProblem_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchProblem#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see org.faultline.model.patch.PatchProblem#getSourceLine()
	 * @see #getPatchProblem()
	 * @generated
	 */
	EAttribute getPatchProblem_SourceLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchProblem#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.faultline.model.patch.PatchProblem#getPath()
	 * @see #getPatchProblem()
	 * @generated
	 */
	EAttribute getPatchProblem_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.PatchProblem#getHunkIndex <em>Hunk Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hunk Index</em>'.
	 * @see org.faultline.model.patch.PatchProblem#getHunkIndex()
	 * @see #getPatchProblem()
	 * @generated
	 */
	EAttribute getPatchProblem_HunkIndex();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.ApplyReport <em>Apply Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Apply Report</em>'.
	 * @see org.faultline.model.patch.ApplyReport
	 * @generated
	 */
	EClass getApplyReport();

	/**
	 * Returns the meta object for the reference '{@link org.faultline.model.patch.ApplyReport#getPatch <em>Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Patch</em>'.
	 * @see org.faultline.model.patch.ApplyReport#getPatch()
	 * @see #getApplyReport()
	 * @generated
	 */
	EReference getApplyReport_Patch();

	/**
	 * Returns the meta object for the reference '{@link org.faultline.model.patch.ApplyReport#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Base</em>'.
	 * @see org.faultline.model.patch.ApplyReport#getBase()
	 * @see #getApplyReport()
	 * @generated
	 */
	EReference getApplyReport_Base();

	/**
	 * Returns the meta object for the reference '{@link org.faultline.model.patch.ApplyReport#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Result</em>'.
	 * @see org.faultline.model.patch.ApplyReport#getResult()
	 * @see #getApplyReport()
	 * @generated
	 */
	EReference getApplyReport_Result();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.ApplyReport#isReverse <em>Reverse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reverse</em>'.
	 * @see org.faultline.model.patch.ApplyReport#isReverse()
	 * @see #getApplyReport()
	 * @generated
	 */
	EAttribute getApplyReport_Reverse();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.ApplyReport#getHunkReports <em>Hunk Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hunk Reports</em>'.
	 * @see org.faultline.model.patch.ApplyReport#getHunkReports()
	 * @see #getApplyReport()
	 * @generated
	 */
	EReference getApplyReport_HunkReports();

	/**
	 * Returns the meta object for the containment reference '{@link org.faultline.model.patch.ApplyReport#getAppliedDiffstat <em>Applied Diffstat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Applied Diffstat</em>'.
	 * @see org.faultline.model.patch.ApplyReport#getAppliedDiffstat()
	 * @see #getApplyReport()
	 * @generated
	 */
	EReference getApplyReport_AppliedDiffstat();

	/**
	 * Returns the meta object for the containment reference list '{@link org.faultline.model.patch.ApplyReport#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see org.faultline.model.patch.ApplyReport#getProblems()
	 * @see #getApplyReport()
	 * @generated
	 */
	EReference getApplyReport_Problems();

	/**
	 * Returns the meta object for the '{@link org.faultline.model.patch.ApplyReport#isSuccess() <em>Is Success</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Success</em>' operation.
	 * @see org.faultline.model.patch.ApplyReport#isSuccess()
	 * @generated
	 */
	EOperation getApplyReport__IsSuccess();

	/**
	 * Returns the meta object for class '{@link org.faultline.model.patch.HunkReport <em>Hunk Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hunk Report</em>'.
	 * @see org.faultline.model.patch.HunkReport
	 * @generated
	 */
	EClass getHunkReport();

	/**
	 * Returns the meta object for the reference '{@link org.faultline.model.patch.HunkReport#getHunk <em>Hunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hunk</em>'.
	 * @see org.faultline.model.patch.HunkReport#getHunk()
	 * @see #getHunkReport()
	 * @generated
	 */
	EReference getHunkReport_Hunk();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.faultline.model.patch.HunkReport#getPath()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getHunkIndex <em>Hunk Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hunk Index</em>'.
	 * @see org.faultline.model.patch.HunkReport#getHunkIndex()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_HunkIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.faultline.model.patch.HunkReport#getOutcome()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.faultline.model.patch.HunkReport#getOffset()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getAppliedAtLine <em>Applied At Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applied At Line</em>'.
	 * @see org.faultline.model.patch.HunkReport#getAppliedAtLine()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_AppliedAtLine();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getRepairedLines <em>Repaired Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repaired Lines</em>'.
	 * @see org.faultline.model.patch.HunkReport#getRepairedLines()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_RepairedLines();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getReindentedLines <em>Reindented Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reindented Lines</em>'.
	 * @see org.faultline.model.patch.HunkReport#getReindentedLines()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_ReindentedLines();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.faultline.model.patch.HunkReport#getConfidence()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.faultline.model.patch.HunkReport#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.faultline.model.patch.HunkReport#getDetail()
	 * @see #getHunkReport()
	 * @generated
	 */
	EAttribute getHunkReport_Detail();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.patch.PatchForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Form</em>'.
	 * @see org.faultline.model.patch.PatchForm
	 * @generated
	 */
	EEnum getPatchForm();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.patch.ChangeType <em>Change Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Type</em>'.
	 * @see org.faultline.model.patch.ChangeType
	 * @generated
	 */
	EEnum getChangeType();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.patch.LineKind <em>Line Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Kind</em>'.
	 * @see org.faultline.model.patch.LineKind
	 * @generated
	 */
	EEnum getLineKind();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.patch.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.faultline.model.patch.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.patch.HunkOutcome <em>Hunk Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hunk Outcome</em>'.
	 * @see org.faultline.model.patch.HunkOutcome
	 * @generated
	 */
	EEnum getHunkOutcome();

	/**
	 * Returns the meta object for enum '{@link org.faultline.model.patch.Confidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Confidence</em>'.
	 * @see org.faultline.model.patch.Confidence
	 * @generated
	 */
	EEnum getConfidence();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PatchFactory getPatchFactory();

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
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.PatchSeriesImpl <em>Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.PatchSeriesImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getPatchSeries()
		 * @generated
		 */
		EClass PATCH_SERIES = eINSTANCE.getPatchSeries();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__SOURCE = eINSTANCE.getPatchSeries_Source();

		/**
		 * The meta object literal for the '<em><b>Cover Letter</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_SERIES__COVER_LETTER = eINSTANCE.getPatchSeries_CoverLetter();

		/**
		 * The meta object literal for the '<em><b>Patches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_SERIES__PATCHES = eINSTANCE.getPatchSeries_Patches();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_SERIES__PROBLEMS = eINSTANCE.getPatchSeries_Problems();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.PatchMailImpl <em>Mail</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.PatchMailImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getPatchMail()
		 * @generated
		 */
		EClass PATCH_MAIL = eINSTANCE.getPatchMail();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__FORM = eINSTANCE.getPatchMail_Form();

		/**
		 * The meta object literal for the '<em><b>Message Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__MESSAGE_ID = eINSTANCE.getPatchMail_MessageId();

		/**
		 * The meta object literal for the '<em><b>In Reply To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__IN_REPLY_TO = eINSTANCE.getPatchMail_InReplyTo();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__REFERENCES = eINSTANCE.getPatchMail_References();

		/**
		 * The meta object literal for the '<em><b>Raw Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__RAW_SUBJECT = eINSTANCE.getPatchMail_RawSubject();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__SUBJECT = eINSTANCE.getPatchMail_Subject();

		/**
		 * The meta object literal for the '<em><b>Subject Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__SUBJECT_TAGS = eINSTANCE.getPatchMail_SubjectTags();

		/**
		 * The meta object literal for the '<em><b>Series Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__SERIES_INDEX = eINSTANCE.getPatchMail_SeriesIndex();

		/**
		 * The meta object literal for the '<em><b>Series Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__SERIES_TOTAL = eINSTANCE.getPatchMail_SeriesTotal();

		/**
		 * The meta object literal for the '<em><b>Series Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__SERIES_VERSION = eINSTANCE.getPatchMail_SeriesVersion();

		/**
		 * The meta object literal for the '<em><b>Author Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__AUTHOR_NAME = eINSTANCE.getPatchMail_AuthorName();

		/**
		 * The meta object literal for the '<em><b>Author Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__AUTHOR_ADDRESS = eINSTANCE.getPatchMail_AuthorAddress();

		/**
		 * The meta object literal for the '<em><b>Date Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__DATE_TEXT = eINSTANCE.getPatchMail_DateText();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__DATE = eINSTANCE.getPatchMail_Date();

		/**
		 * The meta object literal for the '<em><b>Zone Offset Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__ZONE_OFFSET_MINUTES = eINSTANCE.getPatchMail_ZoneOffsetMinutes();

		/**
		 * The meta object literal for the '<em><b>Zone Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__ZONE_LABEL = eINSTANCE.getPatchMail_ZoneLabel();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__MESSAGE = eINSTANCE.getPatchMail_Message();

		/**
		 * The meta object literal for the '<em><b>Trailers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_MAIL__TRAILERS = eINSTANCE.getPatchMail_Trailers();

		/**
		 * The meta object literal for the '<em><b>Declared Diffstat</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_MAIL__DECLARED_DIFFSTAT = eINSTANCE.getPatchMail_DeclaredDiffstat();

		/**
		 * The meta object literal for the '<em><b>File Diffs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_MAIL__FILE_DIFFS = eINSTANCE.getPatchMail_FileDiffs();

		/**
		 * The meta object literal for the '<em><b>Cover Letter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__COVER_LETTER = eINSTANCE.getPatchMail_CoverLetter();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_MAIL__SOURCE_LINE = eINSTANCE.getPatchMail_SourceLine();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.TrailerImpl <em>Trailer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.TrailerImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getTrailer()
		 * @generated
		 */
		EClass TRAILER = eINSTANCE.getTrailer();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAILER__KEY = eINSTANCE.getTrailer_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAILER__VALUE = eINSTANCE.getTrailer_Value();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.DiffstatImpl <em>Diffstat</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.DiffstatImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getDiffstat()
		 * @generated
		 */
		EClass DIFFSTAT = eINSTANCE.getDiffstat();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIFFSTAT__ENTRIES = eINSTANCE.getDiffstat_Entries();

		/**
		 * The meta object literal for the '<em><b>Files Changed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFSTAT__FILES_CHANGED = eINSTANCE.getDiffstat_FilesChanged();

		/**
		 * The meta object literal for the '<em><b>Insertions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFSTAT__INSERTIONS = eINSTANCE.getDiffstat_Insertions();

		/**
		 * The meta object literal for the '<em><b>Deletions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFSTAT__DELETIONS = eINSTANCE.getDiffstat_Deletions();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.DiffstatEntryImpl <em>Diffstat Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.DiffstatEntryImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getDiffstatEntry()
		 * @generated
		 */
		EClass DIFFSTAT_ENTRY = eINSTANCE.getDiffstatEntry();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFSTAT_ENTRY__PATH = eINSTANCE.getDiffstatEntry_Path();

		/**
		 * The meta object literal for the '<em><b>Changes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFSTAT_ENTRY__CHANGES = eINSTANCE.getDiffstatEntry_Changes();

		/**
		 * The meta object literal for the '<em><b>Graph</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFSTAT_ENTRY__GRAPH = eINSTANCE.getDiffstatEntry_Graph();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.FileDiffImpl <em>File Diff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.FileDiffImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getFileDiff()
		 * @generated
		 */
		EClass FILE_DIFF = eINSTANCE.getFileDiff();

		/**
		 * The meta object literal for the '<em><b>Old Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__OLD_PATH = eINSTANCE.getFileDiff_OldPath();

		/**
		 * The meta object literal for the '<em><b>New Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__NEW_PATH = eINSTANCE.getFileDiff_NewPath();

		/**
		 * The meta object literal for the '<em><b>Change Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__CHANGE_TYPE = eINSTANCE.getFileDiff_ChangeType();

		/**
		 * The meta object literal for the '<em><b>Old Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__OLD_MODE = eINSTANCE.getFileDiff_OldMode();

		/**
		 * The meta object literal for the '<em><b>New Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__NEW_MODE = eINSTANCE.getFileDiff_NewMode();

		/**
		 * The meta object literal for the '<em><b>Binary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__BINARY = eINSTANCE.getFileDiff_Binary();

		/**
		 * The meta object literal for the '<em><b>Hunks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILE_DIFF__HUNKS = eINSTANCE.getFileDiff_Hunks();

		/**
		 * The meta object literal for the '<em><b>Old Blob</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__OLD_BLOB = eINSTANCE.getFileDiff_OldBlob();

		/**
		 * The meta object literal for the '<em><b>New Blob</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__NEW_BLOB = eINSTANCE.getFileDiff_NewBlob();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__SOURCE_LINE = eINSTANCE.getFileDiff_SourceLine();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.HunkImpl <em>Hunk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.HunkImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getHunk()
		 * @generated
		 */
		EClass HUNK = eINSTANCE.getHunk();

		/**
		 * The meta object literal for the '<em><b>File Diff</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HUNK__FILE_DIFF = eINSTANCE.getHunk_FileDiff();

		/**
		 * The meta object literal for the '<em><b>Old Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__OLD_START = eINSTANCE.getHunk_OldStart();

		/**
		 * The meta object literal for the '<em><b>Old Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__OLD_COUNT = eINSTANCE.getHunk_OldCount();

		/**
		 * The meta object literal for the '<em><b>New Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__NEW_START = eINSTANCE.getHunk_NewStart();

		/**
		 * The meta object literal for the '<em><b>New Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__NEW_COUNT = eINSTANCE.getHunk_NewCount();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__SECTION = eINSTANCE.getHunk_Section();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HUNK__LINES = eINSTANCE.getHunk_Lines();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__SOURCE_LINE = eINSTANCE.getHunk_SourceLine();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.HunkLineImpl <em>Hunk Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.HunkLineImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getHunkLine()
		 * @generated
		 */
		EClass HUNK_LINE = eINSTANCE.getHunkLine();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_LINE__KIND = eINSTANCE.getHunkLine_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_LINE__TEXT = eINSTANCE.getHunkLine_Text();

		/**
		 * The meta object literal for the '<em><b>No Newline At End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_LINE__NO_NEWLINE_AT_END = eINSTANCE.getHunkLine_NoNewlineAtEnd();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.PatchProblemImpl <em>Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.PatchProblemImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getPatchProblem()
		 * @generated
		 */
		EClass PATCH_PROBLEM = eINSTANCE.getPatchProblem();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_PROBLEM__SEVERITY = eINSTANCE.getPatchProblem_Severity();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_PROBLEM__CODE = eINSTANCE.getPatchProblem_Code();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_PROBLEM__MESSAGE = eINSTANCE.getPatchProblem_Message();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_PROBLEM__SOURCE = eINSTANCE.getPatchProblem_Source();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_PROBLEM__SOURCE_LINE = eINSTANCE.getPatchProblem_SourceLine();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_PROBLEM__PATH = eINSTANCE.getPatchProblem_Path();

		/**
		 * The meta object literal for the '<em><b>Hunk Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_PROBLEM__HUNK_INDEX = eINSTANCE.getPatchProblem_HunkIndex();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.ApplyReportImpl <em>Apply Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.ApplyReportImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getApplyReport()
		 * @generated
		 */
		EClass APPLY_REPORT = eINSTANCE.getApplyReport();

		/**
		 * The meta object literal for the '<em><b>Patch</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLY_REPORT__PATCH = eINSTANCE.getApplyReport_Patch();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLY_REPORT__BASE = eINSTANCE.getApplyReport_Base();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLY_REPORT__RESULT = eINSTANCE.getApplyReport_Result();

		/**
		 * The meta object literal for the '<em><b>Reverse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLY_REPORT__REVERSE = eINSTANCE.getApplyReport_Reverse();

		/**
		 * The meta object literal for the '<em><b>Hunk Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLY_REPORT__HUNK_REPORTS = eINSTANCE.getApplyReport_HunkReports();

		/**
		 * The meta object literal for the '<em><b>Applied Diffstat</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLY_REPORT__APPLIED_DIFFSTAT = eINSTANCE.getApplyReport_AppliedDiffstat();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLY_REPORT__PROBLEMS = eINSTANCE.getApplyReport_Problems();

		/**
		 * The meta object literal for the '<em><b>Is Success</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation APPLY_REPORT___IS_SUCCESS = eINSTANCE.getApplyReport__IsSuccess();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.impl.HunkReportImpl <em>Hunk Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.impl.HunkReportImpl
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getHunkReport()
		 * @generated
		 */
		EClass HUNK_REPORT = eINSTANCE.getHunkReport();

		/**
		 * The meta object literal for the '<em><b>Hunk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HUNK_REPORT__HUNK = eINSTANCE.getHunkReport_Hunk();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__PATH = eINSTANCE.getHunkReport_Path();

		/**
		 * The meta object literal for the '<em><b>Hunk Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__HUNK_INDEX = eINSTANCE.getHunkReport_HunkIndex();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__OUTCOME = eINSTANCE.getHunkReport_Outcome();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__OFFSET = eINSTANCE.getHunkReport_Offset();

		/**
		 * The meta object literal for the '<em><b>Applied At Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__APPLIED_AT_LINE = eINSTANCE.getHunkReport_AppliedAtLine();

		/**
		 * The meta object literal for the '<em><b>Repaired Lines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__REPAIRED_LINES = eINSTANCE.getHunkReport_RepairedLines();

		/**
		 * The meta object literal for the '<em><b>Reindented Lines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__REINDENTED_LINES = eINSTANCE.getHunkReport_ReindentedLines();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__CONFIDENCE = eINSTANCE.getHunkReport_Confidence();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_REPORT__DETAIL = eINSTANCE.getHunkReport_Detail();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.PatchForm <em>Form</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.PatchForm
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getPatchForm()
		 * @generated
		 */
		EEnum PATCH_FORM = eINSTANCE.getPatchForm();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.ChangeType <em>Change Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.ChangeType
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getChangeType()
		 * @generated
		 */
		EEnum CHANGE_TYPE = eINSTANCE.getChangeType();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.LineKind <em>Line Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.LineKind
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getLineKind()
		 * @generated
		 */
		EEnum LINE_KIND = eINSTANCE.getLineKind();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.Severity
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.HunkOutcome <em>Hunk Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.HunkOutcome
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getHunkOutcome()
		 * @generated
		 */
		EEnum HUNK_OUTCOME = eINSTANCE.getHunkOutcome();

		/**
		 * The meta object literal for the '{@link org.faultline.model.patch.Confidence <em>Confidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.faultline.model.patch.Confidence
		 * @see org.faultline.model.patch.impl.PatchPackageImpl#getConfidence()
		 * @generated
		 */
		EEnum CONFIDENCE = eINSTANCE.getConfidence();

	}

} //PatchPackage
