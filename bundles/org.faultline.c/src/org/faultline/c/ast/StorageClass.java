package org.faultline.c.ast;

/** Storage class and function specifiers that matter to analysis. */
public enum StorageClass {
	STATIC, EXTERN, INLINE, REGISTER, AUTO;

	/** @return the specifier for a C keyword, or null if the keyword is not one. */
	public static StorageClass of(String keyword) {
		return switch (keyword) {
			case "static" -> STATIC;
			case "extern" -> EXTERN;
			case "inline", "__inline", "__inline__" -> INLINE;
			case "register" -> REGISTER;
			case "auto" -> AUTO;
			default -> null;
		};
	}
}
