/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mail</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One patch: the mail's header fields, the commit message with its trailers, the declared diffstat and the diff.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.patch.PatchMail#getForm <em>Form</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getInReplyTo <em>In Reply To</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getReferences <em>References</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getRawSubject <em>Raw Subject</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getSubjectTags <em>Subject Tags</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getSeriesIndex <em>Series Index</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getSeriesTotal <em>Series Total</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getSeriesVersion <em>Series Version</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getAuthorName <em>Author Name</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getAuthorAddress <em>Author Address</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getDateText <em>Date Text</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getDate <em>Date</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getZoneOffsetMinutes <em>Zone Offset Minutes</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getZoneLabel <em>Zone Label</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getMessage <em>Message</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getTrailers <em>Trailers</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getDeclaredDiffstat <em>Declared Diffstat</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getFileDiffs <em>File Diffs</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#isCoverLetter <em>Cover Letter</em>}</li>
 *   <li>{@link org.faultline.model.patch.PatchMail#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.patch.PatchPackage#getPatchMail()
 * @model
 * @generated
 */
public interface PatchMail extends EObject {
	/**
	 * Returns the value of the '<em><b>Form</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.patch.PatchForm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form</em>' attribute.
	 * @see org.faultline.model.patch.PatchForm
	 * @see #setForm(PatchForm)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_Form()
	 * @model
	 * @generated
	 */
	PatchForm getForm();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getForm <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' attribute.
	 * @see org.faultline.model.patch.PatchForm
	 * @see #getForm()
	 * @generated
	 */
	void setForm(PatchForm value);

	/**
	 * Returns the value of the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Id</em>' attribute.
	 * @see #setMessageId(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_MessageId()
	 * @model
	 * @generated
	 */
	String getMessageId();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getMessageId <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Id</em>' attribute.
	 * @see #getMessageId()
	 * @generated
	 */
	void setMessageId(String value);

	/**
	 * Returns the value of the '<em><b>In Reply To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Reply To</em>' attribute.
	 * @see #setInReplyTo(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_InReplyTo()
	 * @model
	 * @generated
	 */
	String getInReplyTo();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getInReplyTo <em>In Reply To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Reply To</em>' attribute.
	 * @see #getInReplyTo()
	 * @generated
	 */
	void setInReplyTo(String value);

	/**
	 * Returns the value of the '<em><b>References</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>References</em>' attribute list.
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_References()
	 * @model
	 * @generated
	 */
	EList<String> getReferences();

	/**
	 * Returns the value of the '<em><b>Raw Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Subject header as sent, with its [PATCH ...] prefix.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Raw Subject</em>' attribute.
	 * @see #setRawSubject(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_RawSubject()
	 * @model
	 * @generated
	 */
	String getRawSubject();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getRawSubject <em>Raw Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raw Subject</em>' attribute.
	 * @see #getRawSubject()
	 * @generated
	 */
	void setRawSubject(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subject without the [PATCH ...] prefix: the commit's summary line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Subject Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The words of the bracket prefix other than PATCH, vN and n/m, e.g. mmotm or RFC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Tags</em>' attribute list.
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_SubjectTags()
	 * @model
	 * @generated
	 */
	EList<String> getSubjectTags();

	/**
	 * Returns the value of the '<em><b>Series Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series Index</em>' attribute.
	 * @see #setSeriesIndex(int)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_SeriesIndex()
	 * @model
	 * @generated
	 */
	int getSeriesIndex();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getSeriesIndex <em>Series Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series Index</em>' attribute.
	 * @see #getSeriesIndex()
	 * @generated
	 */
	void setSeriesIndex(int value);

	/**
	 * Returns the value of the '<em><b>Series Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series Total</em>' attribute.
	 * @see #setSeriesTotal(int)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_SeriesTotal()
	 * @model
	 * @generated
	 */
	int getSeriesTotal();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getSeriesTotal <em>Series Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series Total</em>' attribute.
	 * @see #getSeriesTotal()
	 * @generated
	 */
	void setSeriesTotal(int value);

	/**
	 * Returns the value of the '<em><b>Series Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series Version</em>' attribute.
	 * @see #setSeriesVersion(int)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_SeriesVersion()
	 * @model default="1"
	 * @generated
	 */
	int getSeriesVersion();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getSeriesVersion <em>Series Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series Version</em>' attribute.
	 * @see #getSeriesVersion()
	 * @generated
	 */
	void setSeriesVersion(int value);

	/**
	 * Returns the value of the '<em><b>Author Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author Name</em>' attribute.
	 * @see #setAuthorName(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_AuthorName()
	 * @model
	 * @generated
	 */
	String getAuthorName();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getAuthorName <em>Author Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Name</em>' attribute.
	 * @see #getAuthorName()
	 * @generated
	 */
	void setAuthorName(String value);

	/**
	 * Returns the value of the '<em><b>Author Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As given; archives obfuscate addresses (hughd@xxxxxxxxxx) and that is kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author Address</em>' attribute.
	 * @see #setAuthorAddress(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_AuthorAddress()
	 * @model
	 * @generated
	 */
	String getAuthorAddress();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getAuthorAddress <em>Author Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Address</em>' attribute.
	 * @see #getAuthorAddress()
	 * @generated
	 */
	void setAuthorAddress(String value);

	/**
	 * Returns the value of the '<em><b>Date Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Date header exactly as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date Text</em>' attribute.
	 * @see #setDateText(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_DateText()
	 * @model
	 * @generated
	 */
	String getDateText();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getDateText <em>Date Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Text</em>' attribute.
	 * @see #getDateText()
	 * @generated
	 */
	void setDateText(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Zone Offset Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zone Offset Minutes</em>' attribute.
	 * @see #setZoneOffsetMinutes(int)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_ZoneOffsetMinutes()
	 * @model
	 * @generated
	 */
	int getZoneOffsetMinutes();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getZoneOffsetMinutes <em>Zone Offset Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone Offset Minutes</em>' attribute.
	 * @see #getZoneOffsetMinutes()
	 * @generated
	 */
	void setZoneOffsetMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Zone Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone as the source labels it (EST, +0100, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zone Label</em>' attribute.
	 * @see #setZoneLabel(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_ZoneLabel()
	 * @model
	 * @generated
	 */
	String getZoneLabel();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getZoneLabel <em>Zone Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone Label</em>' attribute.
	 * @see #getZoneLabel()
	 * @generated
	 */
	void setZoneLabel(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The commit message body without the summary line and without the trailers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Trailers</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.Trailer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trailers</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_Trailers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Trailer> getTrailers();

	/**
	 * Returns the value of the '<em><b>Declared Diffstat</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Declared Diffstat</em>' containment reference.
	 * @see #setDeclaredDiffstat(Diffstat)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_DeclaredDiffstat()
	 * @model containment="true"
	 * @generated
	 */
	Diffstat getDeclaredDiffstat();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getDeclaredDiffstat <em>Declared Diffstat</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declared Diffstat</em>' containment reference.
	 * @see #getDeclaredDiffstat()
	 * @generated
	 */
	void setDeclaredDiffstat(Diffstat value);

	/**
	 * Returns the value of the '<em><b>File Diffs</b></em>' containment reference list.
	 * The list contents are of type {@link org.faultline.model.patch.FileDiff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Diffs</em>' containment reference list.
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_FileDiffs()
	 * @model containment="true"
	 * @generated
	 */
	EList<FileDiff> getFileDiffs();

	/**
	 * Returns the value of the '<em><b>Cover Letter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cover Letter</em>' attribute.
	 * @see #setCoverLetter(boolean)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_CoverLetter()
	 * @model
	 * @generated
	 */
	boolean isCoverLetter();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#isCoverLetter <em>Cover Letter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cover Letter</em>' attribute.
	 * @see #isCoverLetter()
	 * @generated
	 */
	void setCoverLetter(boolean value);

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line in the source where this mail starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(int)
	 * @see org.faultline.model.patch.PatchPackage#getPatchMail_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link org.faultline.model.patch.PatchMail#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

} // PatchMail
