package org.faultline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.PatchException;
import org.faultline.review.ReplyWriter;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.ReviewStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code faultline export-reply}: the review of a patch, as stored by {@code annotate} or the IDE, written as the
 * reply mail a kernel reviewer sends (see ReplyWriter).
 */
@Command(name = "export-reply", description = { "Write the review of a patch as a kernel-style reply mail: the "
		+ "patch quoted with '> ', only the hunks with comments, each comment under the lines it is about, the rest "
		+ "trimmed to '> [...]', and an optional Reviewed-by or Acked-by. Published annotations only, unless "
		+ "--drafts. Without PATCH: the seed patch on the embedded modelled mm tree." })
public final class ExportReplySubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	@Mixin
	private TreeOptions trees;

	@Mixin
	private PatchArgument patch;

	@Spec
	private CommandSpec spec;

	@Option(names = "--drafts", description = "Also send the annotations that are still drafts.")
	private boolean drafts;

	@Option(names = "--trailer", paramLabel = "KEY", description = "A trailer to give at the end: Reviewed-by or "
			+ "Acked-by.")
	private String trailer;

	@Option(names = "--from", paramLabel = "\"NAME <EMAIL>\"", description = "Who sends the reply (default: git's "
			+ "user.name and user.email).")
	private String from;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the mail to FILE instead of "
			+ "the standard output.")
	private Path output;

	@Override
	public Integer call() throws PatchException, ReviewException, IOException {
		if (trailer != null && !trailer.equals("Reviewed-by") && !trailer.equals("Acked-by"))
			throw new ParameterException(spec.commandLine(), "--trailer must be Reviewed-by or Acked-by, not " + trailer);
		PatchSeries series = patch.read(spec);
		try (ReviewBase base = trees.open(); ReviewStore store = ReviewStore.forBase(base);
				ReviewSession session = trees.session(base).setSeries(series).setStore(store).open()) {
			if (!session.hasAfter())
				throw new ReviewException("the patch does not apply (see faultline apply), so it has no review");
			String mail = ReplyWriter.of(session.document()).setReviewer(Reviewer.of(from, base, spec))
					.setIncludeDrafts(drafts).setTrailer(trailer).write();
			if (output != null)
				Files.writeString(output, mail, StandardCharsets.UTF_8);
			else {
				PrintWriter out = spec.commandLine().getOut();
				out.print(mail);
				out.flush();
			}
			return 0;
		}
	}
}
