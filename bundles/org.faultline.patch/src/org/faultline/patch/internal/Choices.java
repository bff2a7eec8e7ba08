package org.faultline.patch.internal;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Where the repair's rules pick among alternatives they rank, most likely first. The rules alone always take
 * their first and never compute the others; a search for the post-image id ({@link ProofSearch}) runs them again
 * taking others.
 */
interface Choices {

	/** The rules' own choice at every decision. */
	Choices FIRST = (first, others) -> first;

	/**
	 * @param first
	 *            the rules' own choice
	 * @param others
	 *            the alternatives after it, most likely first (repeats of one before are skipped)
	 * @return the one to take
	 */
	String pick(String first, Supplier<Collection<String>> others);
}
