package org.faultline.cli.internal;

import java.io.PrintWriter;
import java.text.SimpleDateFormat;
import java.util.TimeZone;
import java.util.concurrent.Callable;

import org.eclipse.jgit.lib.PersonIdent;
import org.faultline.exec.ScenarioException;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.review.Annotation;
import org.faultline.patch.PatchException;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.ReviewStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code faultline annotate}: adds an annotation to a patch's review, or lists them, from the shell. The review is
 * kept by the patch's id (ReviewStore.forBase): in the kernel checkout given with --tree, or for the modelled
 * tree in the user data folder ($FAULTLINE_DATA, else $XDG_DATA_HOME/faultline, else ~/.local/share/faultline).
 */
@Command(name = "annotate", description = { "Add an annotation to the review of a patch, or list its annotations. "
		+ "An annotation is pinned to lines of a version, a function, a decision row, a finding or a trace step, "
		+ "and saved with the review (a commit on refs/faultline/reviews/<patch id>). Without PATCH: the seed "
		+ "patch on the embedded modelled mm tree." })
public final class AnnotateSubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	@Mixin
	private TreeOptions trees;

	@Spec
	private CommandSpec spec;

	@Mixin
	private PatchArgument patch;

	@ArgGroup(exclusive = true, multiplicity = "1")
	private Action action;

	static final class Action {
		@Option(names = "--add", paramLabel = "TEXT", description = "Add an annotation with this text (needs --on).")
		String text;

		@Option(names = "--list", description = "List the review's annotations.")
		boolean list;
	}

	@Option(names = "--on", paramLabel = "TARGET", description = "What the annotation is about: "
			+ AnnotationTargets.SYNTAX + ".")
	private String target;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who writes it (default: git's "
			+ "user.name and user.email).")
	private String author;

	@Override
	public Integer call() throws PatchException, ReviewException, ScenarioException {
		PrintWriter out = spec.commandLine().getOut();
		if (action.text != null && target == null)
			throw new ParameterException(spec.commandLine(), "--add needs --on TARGET: " + AnnotationTargets.SYNTAX);
		if (action.list && (target != null || author != null))
			throw new ParameterException(spec.commandLine(), "--list takes neither --on nor --author");
		PatchSeries series = patch.read(spec);
		try (ReviewBase base = trees.open(); ReviewStore store = ReviewStore.forBase(base);
				ReviewSession session = trees.session(base).setSeries(series).setStore(store).open()) {
			if (!session.hasAfter())
				throw new ReviewException("the patch does not apply (see faultline apply), so it has no review");
			if (action.list) {
				list(session, out);
				return 0;
			}
			PersonIdent who = Reviewer.of(author, base, spec);
			Annotation added = session.annotate(AnnotationTargets.resolve(target, session), who, action.text);
			session.save(who);
			out.println("annotation " + added.getId() + " on " + Anchors.describe(added.getTarget()) + " saved in "
					+ store.repository().getDirectory() + " (" + ReviewStore.REF_PREFIX + session.document().getId() + ")");
			return 0;
		}
	}

	private static void list(ReviewSession session, PrintWriter out) {
		SimpleDateFormat date = new SimpleDateFormat("yyyy-MM-dd HH:mm 'UTC'");
		date.setTimeZone(TimeZone.getTimeZone("UTC"));
		var annotations = session.document().getAnnotations();
		out.println(annotations.size() + " annotations on the review of \"" + session.document().getPatch().getSubject()
				+ "\"");
		for (Annotation a : annotations) {
			out.println();
			out.println(a.getId().substring(0, 8) + "  " + Anchors.describe(a.getTarget()));
			out.println("  " + a.getAuthor() + ", " + date.format(a.getCreated()) + (a.isDraft() ? " (draft)" : ""));
			a.getText().lines().forEach(line -> out.println("  " + line));
			for (Annotation reply : a.getReplies())
				out.println("    reply by " + reply.getAuthor() + ": " + reply.getText());
		}
	}
}
