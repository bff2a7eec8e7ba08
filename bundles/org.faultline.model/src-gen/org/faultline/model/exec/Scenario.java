/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.exec;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fault to run: the vma, the fault, the page-table and page-cache state before it and what the vma's operations do. text is its readable form, which the engine reads.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.faultline.model.exec.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#isFileBacked <em>File Backed</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#isShared <em>Shared</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getVmaStart <em>Vma Start</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getVmaPages <em>Vma Pages</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getVmFlags <em>Vm Flags</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getAddress <em>Address</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getFaultFlags <em>Fault Flags</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getPmdState <em>Pmd State</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getFaultBehaviour <em>Fault Behaviour</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getCachedPages <em>Cached Pages</em>}</li>
 *   <li>{@link org.faultline.model.exec.Scenario#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.faultline.model.exec.ExecPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>File Backed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A file mapping; false for anonymous memory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Backed</em>' attribute.
	 * @see #setFileBacked(boolean)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_FileBacked()
	 * @model
	 * @generated
	 */
	boolean isFileBacked();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#isFileBacked <em>File Backed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Backed</em>' attribute.
	 * @see #isFileBacked()
	 * @generated
	 */
	void setFileBacked(boolean value);

	/**
	 * Returns the value of the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared</em>' attribute.
	 * @see #setShared(boolean)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_Shared()
	 * @model
	 * @generated
	 */
	boolean isShared();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#isShared <em>Shared</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared</em>' attribute.
	 * @see #isShared()
	 * @generated
	 */
	void setShared(boolean value);

	/**
	 * Returns the value of the '<em><b>Vma Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vma Start</em>' attribute.
	 * @see #setVmaStart(long)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_VmaStart()
	 * @model
	 * @generated
	 */
	long getVmaStart();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getVmaStart <em>Vma Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vma Start</em>' attribute.
	 * @see #getVmaStart()
	 * @generated
	 */
	void setVmaStart(long value);

	/**
	 * Returns the value of the '<em><b>Vma Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vma Pages</em>' attribute.
	 * @see #setVmaPages(long)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_VmaPages()
	 * @model
	 * @generated
	 */
	long getVmaPages();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getVmaPages <em>Vma Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vma Pages</em>' attribute.
	 * @see #getVmaPages()
	 * @generated
	 */
	void setVmaPages(long value);

	/**
	 * Returns the value of the '<em><b>Vm Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VM_* bits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vm Flags</em>' attribute.
	 * @see #setVmFlags(long)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_VmFlags()
	 * @model
	 * @generated
	 */
	long getVmFlags();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getVmFlags <em>Vm Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm Flags</em>' attribute.
	 * @see #getVmFlags()
	 * @generated
	 */
	void setVmFlags(long value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The faulting address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Fault Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FAULT_FLAG_* bits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fault Flags</em>' attribute.
	 * @see #setFaultFlags(long)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_FaultFlags()
	 * @model
	 * @generated
	 */
	long getFaultFlags();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getFaultFlags <em>Fault Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fault Flags</em>' attribute.
	 * @see #getFaultFlags()
	 * @generated
	 */
	void setFaultFlags(long value);

	/**
	 * Returns the value of the '<em><b>Pmd State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.exec.PmdState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pmd State</em>' attribute.
	 * @see org.faultline.model.exec.PmdState
	 * @see #setPmdState(PmdState)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_PmdState()
	 * @model
	 * @generated
	 */
	PmdState getPmdState();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getPmdState <em>Pmd State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pmd State</em>' attribute.
	 * @see org.faultline.model.exec.PmdState
	 * @see #getPmdState()
	 * @generated
	 */
	void setPmdState(PmdState value);

	/**
	 * Returns the value of the '<em><b>Fault Behaviour</b></em>' attribute.
	 * The literals are from the enumeration {@link org.faultline.model.exec.FaultBehaviour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What ->fault does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fault Behaviour</em>' attribute.
	 * @see org.faultline.model.exec.FaultBehaviour
	 * @see #setFaultBehaviour(FaultBehaviour)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_FaultBehaviour()
	 * @model
	 * @generated
	 */
	FaultBehaviour getFaultBehaviour();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getFaultBehaviour <em>Fault Behaviour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fault Behaviour</em>' attribute.
	 * @see org.faultline.model.exec.FaultBehaviour
	 * @see #getFaultBehaviour()
	 * @generated
	 */
	void setFaultBehaviour(FaultBehaviour value);

	/**
	 * Returns the value of the '<em><b>Cached Pages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File page indexes in the page cache.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cached Pages</em>' attribute list.
	 * @see org.faultline.model.exec.ExecPackage#getScenario_CachedPages()
	 * @model
	 * @generated
	 */
	EList<Long> getCachedPages();

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scenario in its text form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.faultline.model.exec.ExecPackage#getScenario_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.faultline.model.exec.Scenario#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Scenario
