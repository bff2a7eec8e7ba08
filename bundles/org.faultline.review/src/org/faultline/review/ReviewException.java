package org.faultline.review;

/**
 * A review cannot go on with what it was given: no such tree or revision, a patch that does not apply, a review
 * that cannot be stored or read. The message names what and where, for a reviewer to read as it is.
 */
public class ReviewException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReviewException(String message) {
		super(message);
	}

	public ReviewException(String message, Throwable cause) {
		super(message, cause);
	}
}
