package org.faultline.patch.internal;

import java.nio.charset.Charset;
import java.util.function.BooleanSupplier;

import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What the {@code index <before>..<after>} line of a git diff lets the repair of one file prove. Its abbreviated
 * blob ids hold no whitespace, so they survive any damage: the first tells whether the tree's file is the one the
 * patch was made on, the second is the id of the file its author had afterwards, which a repaired result either
 * has or has not.
 */
public sealed interface BlobEvidence {

	/**
	 * The chance of a false proof that is accepted: each wrong candidate hashed matches an id of k hex digits with a
	 * chance of 16^-k, so n candidates match by chance with about n / 16^k, which is kept below this.
	 */
	double FALSE_PROOF_RISK = 1e-6;

	/**
	 * How many candidates of one file each phase of the search hashes at most (the rules' alternatives, then one
	 * line redone), whatever the id's length: the search's time bound.
	 */
	int DEFAULT_BUDGET = 20_000;

	/** No index line (quilt and mmotm patches, most mailing-list tooling but git's): the rules alone. */
	record None() implements BlobEvidence {
	}

	/**
	 * The patch was made on another version of the file, so its post-image id says nothing of a result on the tree's.
	 *
	 * @param patchBlob
	 *            the abbreviated id the patch names
	 * @param treeBlob
	 *            the tree's file's id, abbreviated as long
	 */
	record OtherBase(String patchBlob, String treeBlob) implements BlobEvidence {
	}

	/**
	 * The tree's file is the patch's pre-image: a result whose blob id starts with {@code postBlob} is the author's.
	 *
	 * @param endsWithNewline
	 *            whether the tree's file ends with a line end (its lines do not say)
	 * @param budget
	 *            how many candidates may be hashed at most
	 * @param cancelled
	 *            asked between candidates; the search stops, unproven, when it says so
	 */
	record PostImageId(String postBlob, boolean endsWithNewline, Charset charset, int budget,
			BooleanSupplier cancelled) implements BlobEvidence {

		/**
		 * How many candidates each phase of the search may hash: the budget, or fewer where the id is too short to
		 * bear that many.
		 */
		long tries() {
			return Math.min(budget, bearable());
		}

		/** How many candidates may be hashed in all, the phases together, keeping a chance match below the risk. */
		long bearable() {
			return (long) Math.floor(FALSE_PROOF_RISK * Math.pow(16, postBlob.length()));
		}
	}

	/**
	 * @param oldBlob
	 *            the patch's abbreviated pre-image id, or null without an index line
	 * @param newBlob
	 *            its post-image id, or null
	 * @param treeBlob
	 *            the id of the tree's file ({@link ObjectId#zeroId()} for a file the patch creates)
	 * @param text
	 *            the tree's file
	 */
	static BlobEvidence of(String oldBlob, String newBlob, ObjectId treeBlob, String text, Charset charset, int budget,
			BooleanSupplier cancelled) {
		// a deleted file's post-image id is all zeros: what it removes comes from the tree, nothing to prove
		if (oldBlob == null || newBlob == null || !AbbreviatedObjectId.isId(oldBlob)
				|| !AbbreviatedObjectId.isId(newBlob)
				|| AbbreviatedObjectId.fromString(newBlob).prefixCompare(ObjectId.zeroId()) == 0) {
			return new None();
		}
		if (AbbreviatedObjectId.fromString(oldBlob).prefixCompare(treeBlob) != 0)
			return new OtherBase(oldBlob, treeBlob.abbreviate(oldBlob.length()).name());
		return new PostImageId(newBlob, text.endsWith("\n"), charset, budget, cancelled);
	}
}
