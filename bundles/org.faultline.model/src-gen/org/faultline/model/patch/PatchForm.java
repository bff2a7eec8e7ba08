/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Form</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.faultline.model.patch.PatchPackage#getPatchForm()
 * @model
 * @generated
 */
public enum PatchForm implements Enumerator {
	/**
	 * The '<em><b>MAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAIL_VALUE
	 * @generated
	 * @ordered
	 */
	MAIL(0, "MAIL", "MAIL"),

	/**
	 * The '<em><b>MBOX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MBOX_VALUE
	 * @generated
	 * @ordered
	 */
	MBOX(1, "MBOX", "MBOX"),

	/**
	 * The '<em><b>FORMAT PATCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORMAT_PATCH_VALUE
	 * @generated
	 * @ordered
	 */
	FORMAT_PATCH(2, "FORMAT_PATCH", "FORMAT_PATCH"),

	/**
	 * The '<em><b>PLAIN DIFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAIN_DIFF_VALUE
	 * @generated
	 * @ordered
	 */
	PLAIN_DIFF(3, "PLAIN_DIFF", "PLAIN_DIFF"),

	/**
	 * The '<em><b>WEB ARCHIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_ARCHIVE_VALUE
	 * @generated
	 * @ordered
	 */
	WEB_ARCHIVE(4, "WEB_ARCHIVE", "WEB_ARCHIVE");

	/**
	 * The '<em><b>MAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAIL_VALUE = 0;

	/**
	 * The '<em><b>MBOX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MBOX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MBOX_VALUE = 1;

	/**
	 * The '<em><b>FORMAT PATCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORMAT_PATCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORMAT_PATCH_VALUE = 2;

	/**
	 * The '<em><b>PLAIN DIFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAIN_DIFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAIN_DIFF_VALUE = 3;

	/**
	 * The '<em><b>WEB ARCHIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_ARCHIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEB_ARCHIVE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PatchForm[] VALUES_ARRAY =
		new PatchForm[] {
			MAIL,
			MBOX,
			FORMAT_PATCH,
			PLAIN_DIFF,
			WEB_ARCHIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PatchForm> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Form</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PatchForm get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PatchForm result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Form</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PatchForm getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PatchForm result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Form</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PatchForm get(int value) {
		switch (value) {
			case MAIL_VALUE: return MAIL;
			case MBOX_VALUE: return MBOX;
			case FORMAT_PATCH_VALUE: return FORMAT_PATCH;
			case PLAIN_DIFF_VALUE: return PLAIN_DIFF;
			case WEB_ARCHIVE_VALUE: return WEB_ARCHIVE;
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
	private PatchForm(int value, String name, String literal) {
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
	
} //PatchForm
