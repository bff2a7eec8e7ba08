/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.exec.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.faultline.model.exec.ExecPackage;
import org.faultline.model.exec.FaultBehaviour;
import org.faultline.model.exec.PmdState;
import org.faultline.model.exec.Scenario;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#isFileBacked <em>File Backed</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#isShared <em>Shared</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getVmaStart <em>Vma Start</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getVmaPages <em>Vma Pages</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getVmFlags <em>Vm Flags</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getFaultFlags <em>Fault Flags</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getPmdState <em>Pmd State</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getFaultBehaviour <em>Fault Behaviour</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getCachedPages <em>Cached Pages</em>}</li>
 *   <li>{@link org.faultline.model.exec.impl.ScenarioImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends MinimalEObjectImpl.Container implements Scenario {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isFileBacked() <em>File Backed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFileBacked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FILE_BACKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFileBacked() <em>File Backed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFileBacked()
	 * @generated
	 * @ordered
	 */
	protected boolean fileBacked = FILE_BACKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShared() <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShared()
	 * @generated
	 * @ordered
	 */
	protected boolean shared = SHARED_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmaStart() <em>Vma Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmaStart()
	 * @generated
	 * @ordered
	 */
	protected static final long VMA_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVmaStart() <em>Vma Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmaStart()
	 * @generated
	 * @ordered
	 */
	protected long vmaStart = VMA_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmaPages() <em>Vma Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmaPages()
	 * @generated
	 * @ordered
	 */
	protected static final long VMA_PAGES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVmaPages() <em>Vma Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmaPages()
	 * @generated
	 * @ordered
	 */
	protected long vmaPages = VMA_PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmFlags() <em>Vm Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmFlags()
	 * @generated
	 * @ordered
	 */
	protected static final long VM_FLAGS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVmFlags() <em>Vm Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmFlags()
	 * @generated
	 * @ordered
	 */
	protected long vmFlags = VM_FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected long address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFaultFlags() <em>Fault Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultFlags()
	 * @generated
	 * @ordered
	 */
	protected static final long FAULT_FLAGS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFaultFlags() <em>Fault Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultFlags()
	 * @generated
	 * @ordered
	 */
	protected long faultFlags = FAULT_FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPmdState() <em>Pmd State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmdState()
	 * @generated
	 * @ordered
	 */
	protected static final PmdState PMD_STATE_EDEFAULT = PmdState.NONE;

	/**
	 * The cached value of the '{@link #getPmdState() <em>Pmd State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmdState()
	 * @generated
	 * @ordered
	 */
	protected PmdState pmdState = PMD_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFaultBehaviour() <em>Fault Behaviour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultBehaviour()
	 * @generated
	 * @ordered
	 */
	protected static final FaultBehaviour FAULT_BEHAVIOUR_EDEFAULT = FaultBehaviour.FILEMAP;

	/**
	 * The cached value of the '{@link #getFaultBehaviour() <em>Fault Behaviour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaultBehaviour()
	 * @generated
	 * @ordered
	 */
	protected FaultBehaviour faultBehaviour = FAULT_BEHAVIOUR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCachedPages() <em>Cached Pages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCachedPages()
	 * @generated
	 * @ordered
	 */
	protected EList<Long> cachedPages;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExecPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFileBacked() {
		return fileBacked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileBacked(boolean newFileBacked) {
		boolean oldFileBacked = fileBacked;
		fileBacked = newFileBacked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__FILE_BACKED, oldFileBacked, fileBacked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShared() {
		return shared;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShared(boolean newShared) {
		boolean oldShared = shared;
		shared = newShared;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__SHARED, oldShared, shared));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVmaStart() {
		return vmaStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmaStart(long newVmaStart) {
		long oldVmaStart = vmaStart;
		vmaStart = newVmaStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__VMA_START, oldVmaStart, vmaStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVmaPages() {
		return vmaPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmaPages(long newVmaPages) {
		long oldVmaPages = vmaPages;
		vmaPages = newVmaPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__VMA_PAGES, oldVmaPages, vmaPages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVmFlags() {
		return vmFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmFlags(long newVmFlags) {
		long oldVmFlags = vmFlags;
		vmFlags = newVmFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__VM_FLAGS, oldVmFlags, vmFlags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(long newAddress) {
		long oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFaultFlags() {
		return faultFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFaultFlags(long newFaultFlags) {
		long oldFaultFlags = faultFlags;
		faultFlags = newFaultFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__FAULT_FLAGS, oldFaultFlags, faultFlags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PmdState getPmdState() {
		return pmdState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPmdState(PmdState newPmdState) {
		PmdState oldPmdState = pmdState;
		pmdState = newPmdState == null ? PMD_STATE_EDEFAULT : newPmdState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__PMD_STATE, oldPmdState, pmdState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FaultBehaviour getFaultBehaviour() {
		return faultBehaviour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFaultBehaviour(FaultBehaviour newFaultBehaviour) {
		FaultBehaviour oldFaultBehaviour = faultBehaviour;
		faultBehaviour = newFaultBehaviour == null ? FAULT_BEHAVIOUR_EDEFAULT : newFaultBehaviour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__FAULT_BEHAVIOUR, oldFaultBehaviour, faultBehaviour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Long> getCachedPages() {
		if (cachedPages == null) {
			cachedPages = new EDataTypeUniqueEList<Long>(Long.class, this, ExecPackage.SCENARIO__CACHED_PAGES);
		}
		return cachedPages;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExecPackage.SCENARIO__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExecPackage.SCENARIO__NAME:
				return getName();
			case ExecPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case ExecPackage.SCENARIO__FILE_BACKED:
				return isFileBacked();
			case ExecPackage.SCENARIO__SHARED:
				return isShared();
			case ExecPackage.SCENARIO__VMA_START:
				return getVmaStart();
			case ExecPackage.SCENARIO__VMA_PAGES:
				return getVmaPages();
			case ExecPackage.SCENARIO__VM_FLAGS:
				return getVmFlags();
			case ExecPackage.SCENARIO__ADDRESS:
				return getAddress();
			case ExecPackage.SCENARIO__FAULT_FLAGS:
				return getFaultFlags();
			case ExecPackage.SCENARIO__PMD_STATE:
				return getPmdState();
			case ExecPackage.SCENARIO__FAULT_BEHAVIOUR:
				return getFaultBehaviour();
			case ExecPackage.SCENARIO__CACHED_PAGES:
				return getCachedPages();
			case ExecPackage.SCENARIO__TEXT:
				return getText();
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
			case ExecPackage.SCENARIO__NAME:
				setName((String)newValue);
				return;
			case ExecPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ExecPackage.SCENARIO__FILE_BACKED:
				setFileBacked((Boolean)newValue);
				return;
			case ExecPackage.SCENARIO__SHARED:
				setShared((Boolean)newValue);
				return;
			case ExecPackage.SCENARIO__VMA_START:
				setVmaStart((Long)newValue);
				return;
			case ExecPackage.SCENARIO__VMA_PAGES:
				setVmaPages((Long)newValue);
				return;
			case ExecPackage.SCENARIO__VM_FLAGS:
				setVmFlags((Long)newValue);
				return;
			case ExecPackage.SCENARIO__ADDRESS:
				setAddress((Long)newValue);
				return;
			case ExecPackage.SCENARIO__FAULT_FLAGS:
				setFaultFlags((Long)newValue);
				return;
			case ExecPackage.SCENARIO__PMD_STATE:
				setPmdState((PmdState)newValue);
				return;
			case ExecPackage.SCENARIO__FAULT_BEHAVIOUR:
				setFaultBehaviour((FaultBehaviour)newValue);
				return;
			case ExecPackage.SCENARIO__CACHED_PAGES:
				getCachedPages().clear();
				getCachedPages().addAll((Collection<? extends Long>)newValue);
				return;
			case ExecPackage.SCENARIO__TEXT:
				setText((String)newValue);
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
			case ExecPackage.SCENARIO__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__FILE_BACKED:
				setFileBacked(FILE_BACKED_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__SHARED:
				setShared(SHARED_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__VMA_START:
				setVmaStart(VMA_START_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__VMA_PAGES:
				setVmaPages(VMA_PAGES_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__VM_FLAGS:
				setVmFlags(VM_FLAGS_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__FAULT_FLAGS:
				setFaultFlags(FAULT_FLAGS_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__PMD_STATE:
				setPmdState(PMD_STATE_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__FAULT_BEHAVIOUR:
				setFaultBehaviour(FAULT_BEHAVIOUR_EDEFAULT);
				return;
			case ExecPackage.SCENARIO__CACHED_PAGES:
				getCachedPages().clear();
				return;
			case ExecPackage.SCENARIO__TEXT:
				setText(TEXT_EDEFAULT);
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
			case ExecPackage.SCENARIO__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExecPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ExecPackage.SCENARIO__FILE_BACKED:
				return fileBacked != FILE_BACKED_EDEFAULT;
			case ExecPackage.SCENARIO__SHARED:
				return shared != SHARED_EDEFAULT;
			case ExecPackage.SCENARIO__VMA_START:
				return vmaStart != VMA_START_EDEFAULT;
			case ExecPackage.SCENARIO__VMA_PAGES:
				return vmaPages != VMA_PAGES_EDEFAULT;
			case ExecPackage.SCENARIO__VM_FLAGS:
				return vmFlags != VM_FLAGS_EDEFAULT;
			case ExecPackage.SCENARIO__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case ExecPackage.SCENARIO__FAULT_FLAGS:
				return faultFlags != FAULT_FLAGS_EDEFAULT;
			case ExecPackage.SCENARIO__PMD_STATE:
				return pmdState != PMD_STATE_EDEFAULT;
			case ExecPackage.SCENARIO__FAULT_BEHAVIOUR:
				return faultBehaviour != FAULT_BEHAVIOUR_EDEFAULT;
			case ExecPackage.SCENARIO__CACHED_PAGES:
				return cachedPages != null && !cachedPages.isEmpty();
			case ExecPackage.SCENARIO__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", fileBacked: ");
		result.append(fileBacked);
		result.append(", shared: ");
		result.append(shared);
		result.append(", vmaStart: ");
		result.append(vmaStart);
		result.append(", vmaPages: ");
		result.append(vmaPages);
		result.append(", vmFlags: ");
		result.append(vmFlags);
		result.append(", address: ");
		result.append(address);
		result.append(", faultFlags: ");
		result.append(faultFlags);
		result.append(", pmdState: ");
		result.append(pmdState);
		result.append(", faultBehaviour: ");
		result.append(faultBehaviour);
		result.append(", cachedPages: ");
		result.append(cachedPages);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
