package org.faultline.cli.internal;

import java.nio.file.Path;

import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** PATCH or {@code --sample}, for the commands that take the seed patch when given neither. */
public final class PatchArgument {

	@Parameters(index = "0", arity = "0..1", paramLabel = "PATCH", description = "A patch mail, mbox series, "
			+ "format-patch file, unified diff or web archive copy (default: the seed).")
	private Path patch;

	@Option(names = "--sample", description = "Faultline's sample, the seed patch \"huge tmpfs: avoid premature "
			+ "exposure of new pagetable revert\" (the default).")
	private boolean sample;

	/** The patches given, read. */
	PatchSeries read(CommandSpec spec) throws PatchException, ReviewException {
		check(spec);
		return patch == null ? ReviewSession.sample() : ReviewSession.readPatch(patch);
	}

	/** The patches given, to be read when the session opens, while it parses the base. */
	ReviewSession.Builder onto(ReviewSession.Builder builder, CommandSpec spec) {
		check(spec);
		return patch == null ? builder.setSample() : builder.setPatch(patch);
	}

	private void check(CommandSpec spec) {
		if (sample && patch != null)
			throw new ParameterException(spec.commandLine(), "give a PATCH file or --sample, not both");
	}
}
