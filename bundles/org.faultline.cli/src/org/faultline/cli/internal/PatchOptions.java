package org.faultline.cli.internal;

import java.nio.file.Path;

import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code PATCH} or {@code --sample}, or neither: the after version of a command that compares two, which
 * without a patch is the modelled tree's second image.
 */
public final class PatchOptions {

	@Parameters(index = "0", arity = "0..1", paramLabel = "PATCH",
			description = "A patch (mail, mbox, format-patch, diff or web-archive copy): after = base + PATCH.")
	Path patch;

	@Option(names = "--sample", description = "PATCH is Faultline's sample, the seed patch \"huge tmpfs: avoid "
			+ "premature exposure of new pagetable revert\".")
	boolean sample;

	boolean given() {
		return patch != null || sample;
	}

	/** A session on {@code base} with the patch applied, or on the modelled tree's two images without one. */
	ReviewSession.Builder session(TreeOptions trees, ReviewBase base, CommandSpec spec) {
		if (sample && patch != null)
			throw new ParameterException(spec.commandLine(), "give a PATCH file or --sample, not both");
		// the patch is read when the session opens, while the base is parsed
		ReviewSession.Builder builder = trees.session(base).setPrefetch(true);
		if (sample)
			builder.setSample();
		else if (patch != null)
			builder.setPatch(patch);
		else if (base.isModelledTree())
			builder.setAfterRevision(base.modelledAfterRevision());
		return builder;
	}
}
