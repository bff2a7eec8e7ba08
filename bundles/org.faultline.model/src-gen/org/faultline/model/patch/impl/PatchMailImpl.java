/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.impl;

import java.util.Collection;
import java.util.Date;

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

import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.PatchForm;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchPackage;
import org.faultline.model.patch.Trailer;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mail</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getForm <em>Form</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getInReplyTo <em>In Reply To</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getReferences <em>References</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getRawSubject <em>Raw Subject</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getSubjectTags <em>Subject Tags</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getSeriesIndex <em>Series Index</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getSeriesTotal <em>Series Total</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getSeriesVersion <em>Series Version</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getAuthorName <em>Author Name</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getAuthorAddress <em>Author Address</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getDateText <em>Date Text</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getZoneOffsetMinutes <em>Zone Offset Minutes</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getZoneLabel <em>Zone Label</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getTrailers <em>Trailers</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getDeclaredDiffstat <em>Declared Diffstat</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getFileDiffs <em>File Diffs</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#isCoverLetter <em>Cover Letter</em>}</li>
 *   <li>{@link org.faultline.model.patch.impl.PatchMailImpl#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatchMailImpl extends MinimalEObjectImpl.Container implements PatchMail {
	/**
	 * The default value of the '{@link #getForm() <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected static final PatchForm FORM_EDEFAULT = PatchForm.MAIL;

	/**
	 * The cached value of the '{@link #getForm() <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected PatchForm form = FORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageId() <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageId()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageId() <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageId()
	 * @generated
	 * @ordered
	 */
	protected String messageId = MESSAGE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInReplyTo() <em>In Reply To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInReplyTo()
	 * @generated
	 * @ordered
	 */
	protected static final String IN_REPLY_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInReplyTo() <em>In Reply To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInReplyTo()
	 * @generated
	 * @ordered
	 */
	protected String inReplyTo = IN_REPLY_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> references;

	/**
	 * The default value of the '{@link #getRawSubject() <em>Raw Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String RAW_SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRawSubject() <em>Raw Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawSubject()
	 * @generated
	 * @ordered
	 */
	protected String rawSubject = RAW_SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubjectTags() <em>Subject Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> subjectTags;

	/**
	 * The default value of the '{@link #getSeriesIndex() <em>Series Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int SERIES_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSeriesIndex() <em>Series Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesIndex()
	 * @generated
	 * @ordered
	 */
	protected int seriesIndex = SERIES_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeriesTotal() <em>Series Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesTotal()
	 * @generated
	 * @ordered
	 */
	protected static final int SERIES_TOTAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSeriesTotal() <em>Series Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesTotal()
	 * @generated
	 * @ordered
	 */
	protected int seriesTotal = SERIES_TOTAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeriesVersion() <em>Series Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SERIES_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSeriesVersion() <em>Series Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesVersion()
	 * @generated
	 * @ordered
	 */
	protected int seriesVersion = SERIES_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorName() <em>Author Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorName()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorName() <em>Author Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorName()
	 * @generated
	 * @ordered
	 */
	protected String authorName = AUTHOR_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorAddress() <em>Author Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorAddress() <em>Author Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorAddress()
	 * @generated
	 * @ordered
	 */
	protected String authorAddress = AUTHOR_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateText() <em>Date Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateText()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateText() <em>Date Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateText()
	 * @generated
	 * @ordered
	 */
	protected String dateText = DATE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getZoneOffsetMinutes() <em>Zone Offset Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZoneOffsetMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int ZONE_OFFSET_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getZoneOffsetMinutes() <em>Zone Offset Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZoneOffsetMinutes()
	 * @generated
	 * @ordered
	 */
	protected int zoneOffsetMinutes = ZONE_OFFSET_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getZoneLabel() <em>Zone Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZoneLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String ZONE_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZoneLabel() <em>Zone Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZoneLabel()
	 * @generated
	 * @ordered
	 */
	protected String zoneLabel = ZONE_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrailers() <em>Trailers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrailers()
	 * @generated
	 * @ordered
	 */
	protected EList<Trailer> trailers;

	/**
	 * The cached value of the '{@link #getDeclaredDiffstat() <em>Declared Diffstat</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredDiffstat()
	 * @generated
	 * @ordered
	 */
	protected Diffstat declaredDiffstat;

	/**
	 * The cached value of the '{@link #getFileDiffs() <em>File Diffs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileDiffs()
	 * @generated
	 * @ordered
	 */
	protected EList<FileDiff> fileDiffs;

	/**
	 * The default value of the '{@link #isCoverLetter() <em>Cover Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCoverLetter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COVER_LETTER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCoverLetter() <em>Cover Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCoverLetter()
	 * @generated
	 * @ordered
	 */
	protected boolean coverLetter = COVER_LETTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected static final int SOURCE_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected int sourceLine = SOURCE_LINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatchMailImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PatchPackage.Literals.PATCH_MAIL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchForm getForm() {
		return form;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForm(PatchForm newForm) {
		PatchForm oldForm = form;
		form = newForm == null ? FORM_EDEFAULT : newForm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__FORM, oldForm, form));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageId() {
		return messageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageId(String newMessageId) {
		String oldMessageId = messageId;
		messageId = newMessageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__MESSAGE_ID, oldMessageId, messageId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInReplyTo() {
		return inReplyTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInReplyTo(String newInReplyTo) {
		String oldInReplyTo = inReplyTo;
		inReplyTo = newInReplyTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__IN_REPLY_TO, oldInReplyTo, inReplyTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReferences() {
		if (references == null) {
			references = new EDataTypeUniqueEList<String>(String.class, this, PatchPackage.PATCH_MAIL__REFERENCES);
		}
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRawSubject() {
		return rawSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRawSubject(String newRawSubject) {
		String oldRawSubject = rawSubject;
		rawSubject = newRawSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__RAW_SUBJECT, oldRawSubject, rawSubject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSubjectTags() {
		if (subjectTags == null) {
			subjectTags = new EDataTypeUniqueEList<String>(String.class, this, PatchPackage.PATCH_MAIL__SUBJECT_TAGS);
		}
		return subjectTags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeriesIndex() {
		return seriesIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriesIndex(int newSeriesIndex) {
		int oldSeriesIndex = seriesIndex;
		seriesIndex = newSeriesIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__SERIES_INDEX, oldSeriesIndex, seriesIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeriesTotal() {
		return seriesTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriesTotal(int newSeriesTotal) {
		int oldSeriesTotal = seriesTotal;
		seriesTotal = newSeriesTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__SERIES_TOTAL, oldSeriesTotal, seriesTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeriesVersion() {
		return seriesVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriesVersion(int newSeriesVersion) {
		int oldSeriesVersion = seriesVersion;
		seriesVersion = newSeriesVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__SERIES_VERSION, oldSeriesVersion, seriesVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthorName() {
		return authorName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorName(String newAuthorName) {
		String oldAuthorName = authorName;
		authorName = newAuthorName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__AUTHOR_NAME, oldAuthorName, authorName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthorAddress() {
		return authorAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorAddress(String newAuthorAddress) {
		String oldAuthorAddress = authorAddress;
		authorAddress = newAuthorAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__AUTHOR_ADDRESS, oldAuthorAddress, authorAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDateText() {
		return dateText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateText(String newDateText) {
		String oldDateText = dateText;
		dateText = newDateText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__DATE_TEXT, oldDateText, dateText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getZoneOffsetMinutes() {
		return zoneOffsetMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZoneOffsetMinutes(int newZoneOffsetMinutes) {
		int oldZoneOffsetMinutes = zoneOffsetMinutes;
		zoneOffsetMinutes = newZoneOffsetMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__ZONE_OFFSET_MINUTES, oldZoneOffsetMinutes, zoneOffsetMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZoneLabel() {
		return zoneLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZoneLabel(String newZoneLabel) {
		String oldZoneLabel = zoneLabel;
		zoneLabel = newZoneLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__ZONE_LABEL, oldZoneLabel, zoneLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trailer> getTrailers() {
		if (trailers == null) {
			trailers = new EObjectContainmentEList<Trailer>(Trailer.class, this, PatchPackage.PATCH_MAIL__TRAILERS);
		}
		return trailers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diffstat getDeclaredDiffstat() {
		return declaredDiffstat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeclaredDiffstat(Diffstat newDeclaredDiffstat, NotificationChain msgs) {
		Diffstat oldDeclaredDiffstat = declaredDiffstat;
		declaredDiffstat = newDeclaredDiffstat;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT, oldDeclaredDiffstat, newDeclaredDiffstat);
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
	public void setDeclaredDiffstat(Diffstat newDeclaredDiffstat) {
		if (newDeclaredDiffstat != declaredDiffstat) {
			NotificationChain msgs = null;
			if (declaredDiffstat != null)
				msgs = ((InternalEObject)declaredDiffstat).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT, null, msgs);
			if (newDeclaredDiffstat != null)
				msgs = ((InternalEObject)newDeclaredDiffstat).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT, null, msgs);
			msgs = basicSetDeclaredDiffstat(newDeclaredDiffstat, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT, newDeclaredDiffstat, newDeclaredDiffstat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FileDiff> getFileDiffs() {
		if (fileDiffs == null) {
			fileDiffs = new EObjectContainmentEList<FileDiff>(FileDiff.class, this, PatchPackage.PATCH_MAIL__FILE_DIFFS);
		}
		return fileDiffs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCoverLetter() {
		return coverLetter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoverLetter(boolean newCoverLetter) {
		boolean oldCoverLetter = coverLetter;
		coverLetter = newCoverLetter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__COVER_LETTER, oldCoverLetter, coverLetter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSourceLine() {
		return sourceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLine(int newSourceLine) {
		int oldSourceLine = sourceLine;
		sourceLine = newSourceLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PatchPackage.PATCH_MAIL__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PatchPackage.PATCH_MAIL__TRAILERS:
				return ((InternalEList<?>)getTrailers()).basicRemove(otherEnd, msgs);
			case PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT:
				return basicSetDeclaredDiffstat(null, msgs);
			case PatchPackage.PATCH_MAIL__FILE_DIFFS:
				return ((InternalEList<?>)getFileDiffs()).basicRemove(otherEnd, msgs);
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
			case PatchPackage.PATCH_MAIL__FORM:
				return getForm();
			case PatchPackage.PATCH_MAIL__MESSAGE_ID:
				return getMessageId();
			case PatchPackage.PATCH_MAIL__IN_REPLY_TO:
				return getInReplyTo();
			case PatchPackage.PATCH_MAIL__REFERENCES:
				return getReferences();
			case PatchPackage.PATCH_MAIL__RAW_SUBJECT:
				return getRawSubject();
			case PatchPackage.PATCH_MAIL__SUBJECT:
				return getSubject();
			case PatchPackage.PATCH_MAIL__SUBJECT_TAGS:
				return getSubjectTags();
			case PatchPackage.PATCH_MAIL__SERIES_INDEX:
				return getSeriesIndex();
			case PatchPackage.PATCH_MAIL__SERIES_TOTAL:
				return getSeriesTotal();
			case PatchPackage.PATCH_MAIL__SERIES_VERSION:
				return getSeriesVersion();
			case PatchPackage.PATCH_MAIL__AUTHOR_NAME:
				return getAuthorName();
			case PatchPackage.PATCH_MAIL__AUTHOR_ADDRESS:
				return getAuthorAddress();
			case PatchPackage.PATCH_MAIL__DATE_TEXT:
				return getDateText();
			case PatchPackage.PATCH_MAIL__DATE:
				return getDate();
			case PatchPackage.PATCH_MAIL__ZONE_OFFSET_MINUTES:
				return getZoneOffsetMinutes();
			case PatchPackage.PATCH_MAIL__ZONE_LABEL:
				return getZoneLabel();
			case PatchPackage.PATCH_MAIL__MESSAGE:
				return getMessage();
			case PatchPackage.PATCH_MAIL__TRAILERS:
				return getTrailers();
			case PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT:
				return getDeclaredDiffstat();
			case PatchPackage.PATCH_MAIL__FILE_DIFFS:
				return getFileDiffs();
			case PatchPackage.PATCH_MAIL__COVER_LETTER:
				return isCoverLetter();
			case PatchPackage.PATCH_MAIL__SOURCE_LINE:
				return getSourceLine();
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
			case PatchPackage.PATCH_MAIL__FORM:
				setForm((PatchForm)newValue);
				return;
			case PatchPackage.PATCH_MAIL__MESSAGE_ID:
				setMessageId((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__IN_REPLY_TO:
				setInReplyTo((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__REFERENCES:
				getReferences().clear();
				getReferences().addAll((Collection<? extends String>)newValue);
				return;
			case PatchPackage.PATCH_MAIL__RAW_SUBJECT:
				setRawSubject((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__SUBJECT:
				setSubject((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__SUBJECT_TAGS:
				getSubjectTags().clear();
				getSubjectTags().addAll((Collection<? extends String>)newValue);
				return;
			case PatchPackage.PATCH_MAIL__SERIES_INDEX:
				setSeriesIndex((Integer)newValue);
				return;
			case PatchPackage.PATCH_MAIL__SERIES_TOTAL:
				setSeriesTotal((Integer)newValue);
				return;
			case PatchPackage.PATCH_MAIL__SERIES_VERSION:
				setSeriesVersion((Integer)newValue);
				return;
			case PatchPackage.PATCH_MAIL__AUTHOR_NAME:
				setAuthorName((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__AUTHOR_ADDRESS:
				setAuthorAddress((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__DATE_TEXT:
				setDateText((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__DATE:
				setDate((Date)newValue);
				return;
			case PatchPackage.PATCH_MAIL__ZONE_OFFSET_MINUTES:
				setZoneOffsetMinutes((Integer)newValue);
				return;
			case PatchPackage.PATCH_MAIL__ZONE_LABEL:
				setZoneLabel((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__MESSAGE:
				setMessage((String)newValue);
				return;
			case PatchPackage.PATCH_MAIL__TRAILERS:
				getTrailers().clear();
				getTrailers().addAll((Collection<? extends Trailer>)newValue);
				return;
			case PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT:
				setDeclaredDiffstat((Diffstat)newValue);
				return;
			case PatchPackage.PATCH_MAIL__FILE_DIFFS:
				getFileDiffs().clear();
				getFileDiffs().addAll((Collection<? extends FileDiff>)newValue);
				return;
			case PatchPackage.PATCH_MAIL__COVER_LETTER:
				setCoverLetter((Boolean)newValue);
				return;
			case PatchPackage.PATCH_MAIL__SOURCE_LINE:
				setSourceLine((Integer)newValue);
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
			case PatchPackage.PATCH_MAIL__FORM:
				setForm(FORM_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__MESSAGE_ID:
				setMessageId(MESSAGE_ID_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__IN_REPLY_TO:
				setInReplyTo(IN_REPLY_TO_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__REFERENCES:
				getReferences().clear();
				return;
			case PatchPackage.PATCH_MAIL__RAW_SUBJECT:
				setRawSubject(RAW_SUBJECT_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__SUBJECT_TAGS:
				getSubjectTags().clear();
				return;
			case PatchPackage.PATCH_MAIL__SERIES_INDEX:
				setSeriesIndex(SERIES_INDEX_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__SERIES_TOTAL:
				setSeriesTotal(SERIES_TOTAL_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__SERIES_VERSION:
				setSeriesVersion(SERIES_VERSION_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__AUTHOR_NAME:
				setAuthorName(AUTHOR_NAME_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__AUTHOR_ADDRESS:
				setAuthorAddress(AUTHOR_ADDRESS_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__DATE_TEXT:
				setDateText(DATE_TEXT_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__ZONE_OFFSET_MINUTES:
				setZoneOffsetMinutes(ZONE_OFFSET_MINUTES_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__ZONE_LABEL:
				setZoneLabel(ZONE_LABEL_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__TRAILERS:
				getTrailers().clear();
				return;
			case PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT:
				setDeclaredDiffstat((Diffstat)null);
				return;
			case PatchPackage.PATCH_MAIL__FILE_DIFFS:
				getFileDiffs().clear();
				return;
			case PatchPackage.PATCH_MAIL__COVER_LETTER:
				setCoverLetter(COVER_LETTER_EDEFAULT);
				return;
			case PatchPackage.PATCH_MAIL__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
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
			case PatchPackage.PATCH_MAIL__FORM:
				return form != FORM_EDEFAULT;
			case PatchPackage.PATCH_MAIL__MESSAGE_ID:
				return MESSAGE_ID_EDEFAULT == null ? messageId != null : !MESSAGE_ID_EDEFAULT.equals(messageId);
			case PatchPackage.PATCH_MAIL__IN_REPLY_TO:
				return IN_REPLY_TO_EDEFAULT == null ? inReplyTo != null : !IN_REPLY_TO_EDEFAULT.equals(inReplyTo);
			case PatchPackage.PATCH_MAIL__REFERENCES:
				return references != null && !references.isEmpty();
			case PatchPackage.PATCH_MAIL__RAW_SUBJECT:
				return RAW_SUBJECT_EDEFAULT == null ? rawSubject != null : !RAW_SUBJECT_EDEFAULT.equals(rawSubject);
			case PatchPackage.PATCH_MAIL__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case PatchPackage.PATCH_MAIL__SUBJECT_TAGS:
				return subjectTags != null && !subjectTags.isEmpty();
			case PatchPackage.PATCH_MAIL__SERIES_INDEX:
				return seriesIndex != SERIES_INDEX_EDEFAULT;
			case PatchPackage.PATCH_MAIL__SERIES_TOTAL:
				return seriesTotal != SERIES_TOTAL_EDEFAULT;
			case PatchPackage.PATCH_MAIL__SERIES_VERSION:
				return seriesVersion != SERIES_VERSION_EDEFAULT;
			case PatchPackage.PATCH_MAIL__AUTHOR_NAME:
				return AUTHOR_NAME_EDEFAULT == null ? authorName != null : !AUTHOR_NAME_EDEFAULT.equals(authorName);
			case PatchPackage.PATCH_MAIL__AUTHOR_ADDRESS:
				return AUTHOR_ADDRESS_EDEFAULT == null ? authorAddress != null : !AUTHOR_ADDRESS_EDEFAULT.equals(authorAddress);
			case PatchPackage.PATCH_MAIL__DATE_TEXT:
				return DATE_TEXT_EDEFAULT == null ? dateText != null : !DATE_TEXT_EDEFAULT.equals(dateText);
			case PatchPackage.PATCH_MAIL__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PatchPackage.PATCH_MAIL__ZONE_OFFSET_MINUTES:
				return zoneOffsetMinutes != ZONE_OFFSET_MINUTES_EDEFAULT;
			case PatchPackage.PATCH_MAIL__ZONE_LABEL:
				return ZONE_LABEL_EDEFAULT == null ? zoneLabel != null : !ZONE_LABEL_EDEFAULT.equals(zoneLabel);
			case PatchPackage.PATCH_MAIL__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case PatchPackage.PATCH_MAIL__TRAILERS:
				return trailers != null && !trailers.isEmpty();
			case PatchPackage.PATCH_MAIL__DECLARED_DIFFSTAT:
				return declaredDiffstat != null;
			case PatchPackage.PATCH_MAIL__FILE_DIFFS:
				return fileDiffs != null && !fileDiffs.isEmpty();
			case PatchPackage.PATCH_MAIL__COVER_LETTER:
				return coverLetter != COVER_LETTER_EDEFAULT;
			case PatchPackage.PATCH_MAIL__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
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
		result.append(" (form: ");
		result.append(form);
		result.append(", messageId: ");
		result.append(messageId);
		result.append(", inReplyTo: ");
		result.append(inReplyTo);
		result.append(", references: ");
		result.append(references);
		result.append(", rawSubject: ");
		result.append(rawSubject);
		result.append(", subject: ");
		result.append(subject);
		result.append(", subjectTags: ");
		result.append(subjectTags);
		result.append(", seriesIndex: ");
		result.append(seriesIndex);
		result.append(", seriesTotal: ");
		result.append(seriesTotal);
		result.append(", seriesVersion: ");
		result.append(seriesVersion);
		result.append(", authorName: ");
		result.append(authorName);
		result.append(", authorAddress: ");
		result.append(authorAddress);
		result.append(", dateText: ");
		result.append(dateText);
		result.append(", date: ");
		result.append(date);
		result.append(", zoneOffsetMinutes: ");
		result.append(zoneOffsetMinutes);
		result.append(", zoneLabel: ");
		result.append(zoneLabel);
		result.append(", message: ");
		result.append(message);
		result.append(", coverLetter: ");
		result.append(coverLetter);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(')');
		return result.toString();
	}

} //PatchMailImpl
