/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.exec;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Finding Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The invariants the engine checks.
 * <!-- end-model-doc -->
 * @see org.faultline.model.exec.ExecPackage#getFindingKind()
 * @model
 * @generated
 */
public enum FindingKind implements Enumerator {
	/**
	 * The '<em><b>PTE MAP UNBALANCED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pte_offset_map without its pte_unmap, or an unmap without a map.
	 * <!-- end-model-doc -->
	 * @see #PTE_MAP_UNBALANCED_VALUE
	 * @generated
	 * @ordered
	 */
	PTE_MAP_UNBALANCED(0, "PTE_MAP_UNBALANCED", "PTE_MAP_UNBALANCED"),

	/**
	 * The '<em><b>PTL HELD AT EXIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A page-table spinlock still held when the fault returned, or released when not held.
	 * <!-- end-model-doc -->
	 * @see #PTL_HELD_AT_EXIT_VALUE
	 * @generated
	 * @ordered
	 */
	PTL_HELD_AT_EXIT(1, "PTL_HELD_AT_EXIT", "PTL_HELD_AT_EXIT"),

	/**
	 * The '<em><b>LOCK MISUSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCK_MISUSE_VALUE
	 * @generated
	 * @ordered
	 */
	LOCK_MISUSE(2, "LOCK_MISUSE", "LOCK_MISUSE"),

	/**
	 * The '<em><b>PAGE LOCK LEAKED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A page lock taken by the fault and never released.
	 * <!-- end-model-doc -->
	 * @see #PAGE_LOCK_LEAKED_VALUE
	 * @generated
	 * @ordered
	 */
	PAGE_LOCK_LEAKED(3, "PAGE_LOCK_LEAKED", "PAGE_LOCK_LEAKED"),

	/**
	 * The '<em><b>PAGE REF LEAKED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A page's reference count does not match its holders at the end (leak or extra put).
	 * <!-- end-model-doc -->
	 * @see #PAGE_REF_LEAKED_VALUE
	 * @generated
	 * @ordered
	 */
	PAGE_REF_LEAKED(4, "PAGE_REF_LEAKED", "PAGE_REF_LEAKED"),

	/**
	 * The '<em><b>PTE WRITE WITHOUT PTL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A pte stored without the lock of its table.
	 * <!-- end-model-doc -->
	 * @see #PTE_WRITE_WITHOUT_PTL_VALUE
	 * @generated
	 * @ordered
	 */
	PTE_WRITE_WITHOUT_PTL(5, "PTE_WRITE_WITHOUT_PTL", "PTE_WRITE_WITHOUT_PTL"),

	/**
	 * The '<em><b>PTE MAPPED WITHOUT TABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pte_offset_map(_lock) on a pmd that has no pte table.
	 * <!-- end-model-doc -->
	 * @see #PTE_MAPPED_WITHOUT_TABLE_VALUE
	 * @generated
	 * @ordered
	 */
	PTE_MAPPED_WITHOUT_TABLE(6, "PTE_MAPPED_WITHOUT_TABLE", "PTE_MAPPED_WITHOUT_TABLE"),

	/**
	 * The '<em><b>ALLOCATION UNDER LOCK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An allocation that may enter reclaim while a page lock or i_mmap_rwsem is held.
	 * <!-- end-model-doc -->
	 * @see #ALLOCATION_UNDER_LOCK_VALUE
	 * @generated
	 * @ordered
	 */
	ALLOCATION_UNDER_LOCK(7, "ALLOCATION_UNDER_LOCK", "ALLOCATION_UNDER_LOCK"),

	/**
	 * The '<em><b>SLEEP IN ATOMIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sleeping call while a spinlock or the RCU read lock is held.
	 * <!-- end-model-doc -->
	 * @see #SLEEP_IN_ATOMIC_VALUE
	 * @generated
	 * @ordered
	 */
	SLEEP_IN_ATOMIC(8, "SLEEP_IN_ATOMIC", "SLEEP_IN_ATOMIC"),

	/**
	 * The '<em><b>REFAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Success returned, but the entry that faulted is as it was: the fault would recur forever.
	 * <!-- end-model-doc -->
	 * @see #REFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	REFAULT(9, "REFAULT", "REFAULT"),

	/**
	 * The '<em><b>LOCK HELD AT EXIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fault returned holding a lock it should have released (i_mmap_rwsem, sb freeze, RCU).
	 * <!-- end-model-doc -->
	 * @see #LOCK_HELD_AT_EXIT_VALUE
	 * @generated
	 * @ordered
	 */
	LOCK_HELD_AT_EXIT(10, "LOCK_HELD_AT_EXIT", "LOCK_HELD_AT_EXIT"),

	/**
	 * The '<em><b>MMAP SEM PROTOCOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * mmap_sem released without VM_FAULT_RETRY, or VM_FAULT_RETRY with it still held.
	 * <!-- end-model-doc -->
	 * @see #MMAP_SEM_PROTOCOL_VALUE
	 * @generated
	 * @ordered
	 */
	MMAP_SEM_PROTOCOL(11, "MMAP_SEM_PROTOCOL", "MMAP_SEM_PROTOCOL"),

	/**
	 * The '<em><b>CHARGE LEAKED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A memcg charge neither committed nor cancelled.
	 * <!-- end-model-doc -->
	 * @see #CHARGE_LEAKED_VALUE
	 * @generated
	 * @ordered
	 */
	CHARGE_LEAKED(12, "CHARGE_LEAKED", "CHARGE_LEAKED"),

	/**
	 * The '<em><b>VM BUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VM_BUG_ON_PAGE fired.
	 * <!-- end-model-doc -->
	 * @see #VM_BUG_VALUE
	 * @generated
	 * @ordered
	 */
	VM_BUG(13, "VM_BUG", "VM_BUG"),

	/**
	 * The '<em><b>CRASH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code did something the model cannot continue from (NULL dereference, bad pointer).
	 * <!-- end-model-doc -->
	 * @see #CRASH_VALUE
	 * @generated
	 * @ordered
	 */
	CRASH(14, "CRASH", "CRASH"),

	/**
	 * The '<em><b>STEP BUDGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The run took more steps than its budget: a loop that does not end.
	 * <!-- end-model-doc -->
	 * @see #STEP_BUDGET_VALUE
	 * @generated
	 * @ordered
	 */
	STEP_BUDGET(16, "STEP_BUDGET", "STEP_BUDGET");

	/**
	 * The '<em><b>PTE MAP UNBALANCED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pte_offset_map without its pte_unmap, or an unmap without a map.
	 * <!-- end-model-doc -->
	 * @see #PTE_MAP_UNBALANCED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PTE_MAP_UNBALANCED_VALUE = 0;

	/**
	 * The '<em><b>PTL HELD AT EXIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A page-table spinlock still held when the fault returned, or released when not held.
	 * <!-- end-model-doc -->
	 * @see #PTL_HELD_AT_EXIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PTL_HELD_AT_EXIT_VALUE = 1;

	/**
	 * The '<em><b>LOCK MISUSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCK_MISUSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCK_MISUSE_VALUE = 2;

	/**
	 * The '<em><b>PAGE LOCK LEAKED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A page lock taken by the fault and never released.
	 * <!-- end-model-doc -->
	 * @see #PAGE_LOCK_LEAKED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAGE_LOCK_LEAKED_VALUE = 3;

	/**
	 * The '<em><b>PAGE REF LEAKED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A page's reference count does not match its holders at the end (leak or extra put).
	 * <!-- end-model-doc -->
	 * @see #PAGE_REF_LEAKED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAGE_REF_LEAKED_VALUE = 4;

	/**
	 * The '<em><b>PTE WRITE WITHOUT PTL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A pte stored without the lock of its table.
	 * <!-- end-model-doc -->
	 * @see #PTE_WRITE_WITHOUT_PTL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PTE_WRITE_WITHOUT_PTL_VALUE = 5;

	/**
	 * The '<em><b>PTE MAPPED WITHOUT TABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pte_offset_map(_lock) on a pmd that has no pte table.
	 * <!-- end-model-doc -->
	 * @see #PTE_MAPPED_WITHOUT_TABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PTE_MAPPED_WITHOUT_TABLE_VALUE = 6;

	/**
	 * The '<em><b>ALLOCATION UNDER LOCK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An allocation that may enter reclaim while a page lock or i_mmap_rwsem is held.
	 * <!-- end-model-doc -->
	 * @see #ALLOCATION_UNDER_LOCK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALLOCATION_UNDER_LOCK_VALUE = 7;

	/**
	 * The '<em><b>SLEEP IN ATOMIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sleeping call while a spinlock or the RCU read lock is held.
	 * <!-- end-model-doc -->
	 * @see #SLEEP_IN_ATOMIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SLEEP_IN_ATOMIC_VALUE = 8;

	/**
	 * The '<em><b>REFAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Success returned, but the entry that faulted is as it was: the fault would recur forever.
	 * <!-- end-model-doc -->
	 * @see #REFAULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFAULT_VALUE = 9;

	/**
	 * The '<em><b>LOCK HELD AT EXIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fault returned holding a lock it should have released (i_mmap_rwsem, sb freeze, RCU).
	 * <!-- end-model-doc -->
	 * @see #LOCK_HELD_AT_EXIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCK_HELD_AT_EXIT_VALUE = 10;

	/**
	 * The '<em><b>MMAP SEM PROTOCOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * mmap_sem released without VM_FAULT_RETRY, or VM_FAULT_RETRY with it still held.
	 * <!-- end-model-doc -->
	 * @see #MMAP_SEM_PROTOCOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MMAP_SEM_PROTOCOL_VALUE = 11;

	/**
	 * The '<em><b>CHARGE LEAKED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A memcg charge neither committed nor cancelled.
	 * <!-- end-model-doc -->
	 * @see #CHARGE_LEAKED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHARGE_LEAKED_VALUE = 12;

	/**
	 * The '<em><b>VM BUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VM_BUG_ON_PAGE fired.
	 * <!-- end-model-doc -->
	 * @see #VM_BUG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VM_BUG_VALUE = 13;

	/**
	 * The '<em><b>CRASH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code did something the model cannot continue from (NULL dereference, bad pointer).
	 * <!-- end-model-doc -->
	 * @see #CRASH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRASH_VALUE = 14;

	/**
	 * The '<em><b>STEP BUDGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The run took more steps than its budget: a loop that does not end.
	 * <!-- end-model-doc -->
	 * @see #STEP_BUDGET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STEP_BUDGET_VALUE = 16;

	/**
	 * An array of all the '<em><b>Finding Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FindingKind[] VALUES_ARRAY =
		new FindingKind[] {
			PTE_MAP_UNBALANCED,
			PTL_HELD_AT_EXIT,
			LOCK_MISUSE,
			PAGE_LOCK_LEAKED,
			PAGE_REF_LEAKED,
			PTE_WRITE_WITHOUT_PTL,
			PTE_MAPPED_WITHOUT_TABLE,
			ALLOCATION_UNDER_LOCK,
			SLEEP_IN_ATOMIC,
			REFAULT,
			LOCK_HELD_AT_EXIT,
			MMAP_SEM_PROTOCOL,
			CHARGE_LEAKED,
			VM_BUG,
			CRASH,
			STEP_BUDGET,
		};

	/**
	 * A public read-only list of all the '<em><b>Finding Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FindingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Finding Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FindingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finding Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FindingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Finding Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FindingKind get(int value) {
		switch (value) {
			case PTE_MAP_UNBALANCED_VALUE: return PTE_MAP_UNBALANCED;
			case PTL_HELD_AT_EXIT_VALUE: return PTL_HELD_AT_EXIT;
			case LOCK_MISUSE_VALUE: return LOCK_MISUSE;
			case PAGE_LOCK_LEAKED_VALUE: return PAGE_LOCK_LEAKED;
			case PAGE_REF_LEAKED_VALUE: return PAGE_REF_LEAKED;
			case PTE_WRITE_WITHOUT_PTL_VALUE: return PTE_WRITE_WITHOUT_PTL;
			case PTE_MAPPED_WITHOUT_TABLE_VALUE: return PTE_MAPPED_WITHOUT_TABLE;
			case ALLOCATION_UNDER_LOCK_VALUE: return ALLOCATION_UNDER_LOCK;
			case SLEEP_IN_ATOMIC_VALUE: return SLEEP_IN_ATOMIC;
			case REFAULT_VALUE: return REFAULT;
			case LOCK_HELD_AT_EXIT_VALUE: return LOCK_HELD_AT_EXIT;
			case MMAP_SEM_PROTOCOL_VALUE: return MMAP_SEM_PROTOCOL;
			case CHARGE_LEAKED_VALUE: return CHARGE_LEAKED;
			case VM_BUG_VALUE: return VM_BUG;
			case CRASH_VALUE: return CRASH;
			case STEP_BUDGET_VALUE: return STEP_BUDGET;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private FindingKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //FindingKind
