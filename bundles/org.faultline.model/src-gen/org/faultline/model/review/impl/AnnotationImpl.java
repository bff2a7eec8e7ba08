/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.review.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.faultline.model.review.Annotation;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.ReviewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#isDraft <em>Draft</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#getReplies <em>Replies</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#isOrphaned <em>Orphaned</em>}</li>
 *   <li>{@link org.faultline.model.review.impl.AnnotationImpl#getOrphanReason <em>Orphan Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationImpl extends MinimalEObjectImpl.Container implements Annotation {
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
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isDraft() <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDraft()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRAFT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isDraft() <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDraft()
	 * @generated
	 * @ordered
	 */
	protected boolean draft = DRAFT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected AnnotationTarget target;

	/**
	 * The cached value of the '{@link #getReplies() <em>Replies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplies()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> replies;

	/**
	 * The default value of the '{@link #isOrphaned() <em>Orphaned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOrphaned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ORPHANED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOrphaned() <em>Orphaned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOrphaned()
	 * @generated
	 * @ordered
	 */
	protected boolean orphaned = ORPHANED_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrphanReason() <em>Orphan Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrphanReason()
	 * @generated
	 * @ordered
	 */
	protected static final String ORPHAN_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrphanReason() <em>Orphan Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrphanReason()
	 * @generated
	 * @ordered
	 */
	protected String orphanReason = ORPHAN_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.ANNOTATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDraft() {
		return draft;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDraft(boolean newDraft) {
		boolean oldDraft = draft;
		draft = newDraft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__DRAFT, oldDraft, draft));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationTarget getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTarget(AnnotationTarget newTarget, NotificationChain msgs) {
		AnnotationTarget oldTarget = target;
		target = newTarget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__TARGET, oldTarget, newTarget);
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
	public void setTarget(AnnotationTarget newTarget) {
		if (newTarget != target) {
			NotificationChain msgs = null;
			if (target != null)
				msgs = ((InternalEObject)target).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.ANNOTATION__TARGET, null, msgs);
			if (newTarget != null)
				msgs = ((InternalEObject)newTarget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.ANNOTATION__TARGET, null, msgs);
			msgs = basicSetTarget(newTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__TARGET, newTarget, newTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getReplies() {
		if (replies == null) {
			replies = new EObjectContainmentEList<Annotation>(Annotation.class, this, ReviewPackage.ANNOTATION__REPLIES);
		}
		return replies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOrphaned() {
		return orphaned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrphaned(boolean newOrphaned) {
		boolean oldOrphaned = orphaned;
		orphaned = newOrphaned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__ORPHANED, oldOrphaned, orphaned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrphanReason() {
		return orphanReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrphanReason(String newOrphanReason) {
		String oldOrphanReason = orphanReason;
		orphanReason = newOrphanReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ANNOTATION__ORPHAN_REASON, oldOrphanReason, orphanReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.ANNOTATION__TARGET:
				return basicSetTarget(null, msgs);
			case ReviewPackage.ANNOTATION__REPLIES:
				return ((InternalEList<?>)getReplies()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.ANNOTATION__ID:
				return getId();
			case ReviewPackage.ANNOTATION__AUTHOR:
				return getAuthor();
			case ReviewPackage.ANNOTATION__CREATED:
				return getCreated();
			case ReviewPackage.ANNOTATION__TEXT:
				return getText();
			case ReviewPackage.ANNOTATION__DRAFT:
				return isDraft();
			case ReviewPackage.ANNOTATION__TARGET:
				return getTarget();
			case ReviewPackage.ANNOTATION__REPLIES:
				return getReplies();
			case ReviewPackage.ANNOTATION__ORPHANED:
				return isOrphaned();
			case ReviewPackage.ANNOTATION__ORPHAN_REASON:
				return getOrphanReason();
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
			case ReviewPackage.ANNOTATION__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.ANNOTATION__AUTHOR:
				setAuthor((String)newValue);
				return;
			case ReviewPackage.ANNOTATION__CREATED:
				setCreated((Date)newValue);
				return;
			case ReviewPackage.ANNOTATION__TEXT:
				setText((String)newValue);
				return;
			case ReviewPackage.ANNOTATION__DRAFT:
				setDraft((Boolean)newValue);
				return;
			case ReviewPackage.ANNOTATION__TARGET:
				setTarget((AnnotationTarget)newValue);
				return;
			case ReviewPackage.ANNOTATION__REPLIES:
				getReplies().clear();
				getReplies().addAll((Collection<? extends Annotation>)newValue);
				return;
			case ReviewPackage.ANNOTATION__ORPHANED:
				setOrphaned((Boolean)newValue);
				return;
			case ReviewPackage.ANNOTATION__ORPHAN_REASON:
				setOrphanReason((String)newValue);
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
			case ReviewPackage.ANNOTATION__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.ANNOTATION__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case ReviewPackage.ANNOTATION__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ReviewPackage.ANNOTATION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ReviewPackage.ANNOTATION__DRAFT:
				setDraft(DRAFT_EDEFAULT);
				return;
			case ReviewPackage.ANNOTATION__TARGET:
				setTarget((AnnotationTarget)null);
				return;
			case ReviewPackage.ANNOTATION__REPLIES:
				getReplies().clear();
				return;
			case ReviewPackage.ANNOTATION__ORPHANED:
				setOrphaned(ORPHANED_EDEFAULT);
				return;
			case ReviewPackage.ANNOTATION__ORPHAN_REASON:
				setOrphanReason(ORPHAN_REASON_EDEFAULT);
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
			case ReviewPackage.ANNOTATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.ANNOTATION__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case ReviewPackage.ANNOTATION__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ReviewPackage.ANNOTATION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ReviewPackage.ANNOTATION__DRAFT:
				return draft != DRAFT_EDEFAULT;
			case ReviewPackage.ANNOTATION__TARGET:
				return target != null;
			case ReviewPackage.ANNOTATION__REPLIES:
				return replies != null && !replies.isEmpty();
			case ReviewPackage.ANNOTATION__ORPHANED:
				return orphaned != ORPHANED_EDEFAULT;
			case ReviewPackage.ANNOTATION__ORPHAN_REASON:
				return ORPHAN_REASON_EDEFAULT == null ? orphanReason != null : !ORPHAN_REASON_EDEFAULT.equals(orphanReason);
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
		result.append(", author: ");
		result.append(author);
		result.append(", created: ");
		result.append(created);
		result.append(", text: ");
		result.append(text);
		result.append(", draft: ");
		result.append(draft);
		result.append(", orphaned: ");
		result.append(orphaned);
		result.append(", orphanReason: ");
		result.append(orphanReason);
		result.append(')');
		return result.toString();
	}

} //AnnotationImpl
