package org.faultline.c.ast;

/** Something in the source the front end could not model, with where it is. */
public record Problem(SourceRange range, String message) {

	@Override
	public String toString() {
		return range + ": " + message;
	}
}
