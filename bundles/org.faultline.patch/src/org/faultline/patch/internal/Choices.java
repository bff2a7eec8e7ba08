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
	Choices FIRST = (kind, first, others) -> first;

	/** What a decision is about: how often the rules' first choice is wrong differs much between kinds. */
	enum Kind {
		/** the indent of a line continuing a statement, which the structure cannot check */
		CONTINUATION,
		/** the indent of another line the rules are unsure of */
		INDENT,
		/** a gap aligned to a neighbour's column */
		ALIGNED,
		/** a gap copied from the removed line the added line replaces, where the two differ around it */
		COPIED,
		/** a gap after a sentence in a comment */
		SENTENCE,
		/** a gap after a sentence in a comment of a file that never puts two spaces there */
		SETTLED_SENTENCE,
		/** the gap before a trailing comment no neighbour aligns */
		TRAILING_COMMENT,
		/** the gap before a macro line's closing backslash no neighbour shows */
		BACKSLASH,
		/** another gap of a line whose neighbours align their parts */
		GAP,
		/** the text indent of a comment line among neighbours with hanging indents */
		HANGING,
		/** a blank of an added line in a hunk that fitted as it is, but may hide a collapse */
		RESPACED
	}

	/**
	 * @param kind
	 *            what is decided
	 * @param first
	 *            the rules' own choice
	 * @param others
	 *            the alternatives after it, most likely first (repeats of one before are skipped)
	 * @return the one to take
	 */
	String pick(Kind kind, String first, Supplier<Collection<String>> others);
}
