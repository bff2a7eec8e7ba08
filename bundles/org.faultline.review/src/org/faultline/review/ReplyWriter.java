package org.faultline.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jgit.lib.PersonIdent;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.Trailer;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.FindingTarget;
import org.faultline.model.review.FunctionTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Review;
import org.faultline.review.internal.PatchLines;
import org.faultline.review.internal.PatchLines.PatchHunk;
import org.faultline.review.internal.PatchLines.Range;
import org.faultline.review.internal.PatchLines.Row;
import org.faultline.review.internal.QuoteMatcher;
import org.faultline.review.internal.ReplyMarks;

/**
 * Writes a review as the reply mail a kernel reviewer sends: the patch quoted with {@code > }, only the hunks
 * that have comments, each comment under the lines it is about with at most {@value #CONTEXT} quoted lines
 * above it (as b4 keeps them), the rest of a hunk trimmed to {@code > [...]}, comments on something other than
 * lines (a function, a decision-table row, a finding) under the hunk of their function, and what has no hunk
 * in a general part before the trailers. Where the quote alone would not tell {@link ReplyReader} exactly
 * what a comment is about, a reference line such as {@code [mm/memory.c:2890-2895, after]} goes before it.
 *
 * <pre>
 * String mail = ReplyWriter.of(session.document()).setReviewer(me).setTrailer("Reviewed-by").write();
 * </pre>
 */
public final class ReplyWriter {

	/** Quoted lines above a comment at most: b4's limit, enough to see the code without scrolling. */
	static final int CONTEXT = 5;

	private final Review review;

	private PersonIdent reviewer;

	private boolean includeDrafts;

	private String trailer;

	private ReplyWriter(Review review) {
		this.review = review;
	}

	public static ReplyWriter of(Review review) {
		return new ReplyWriter(review);
	}

	/** Who sends the reply; default: the review's reviewer. */
	public ReplyWriter setReviewer(PersonIdent who) {
		this.reviewer = who;
		return this;
	}

	/** Whether comments not yet published go out too; default not. */
	public ReplyWriter setIncludeDrafts(boolean drafts) {
		this.includeDrafts = drafts;
		return this;
	}

	/** A trailer the reviewer gives at the end, e.g. {@code Reviewed-by} or {@code Acked-by}; default none. */
	public ReplyWriter setTrailer(String key) {
		this.trailer = key;
		return this;
	}

	/** A comment placed in a quoted hunk: under {@code rows} for lines, at the hunk's end otherwise. */
	private record Placed(Annotation annotation, int hunk, List<Row> rows, int end) {
	}

	/**
	 * @return the mail, headers and body, lines ending in LF
	 * @throws ReviewException when the review has no patch or no reviewer, or a comment has a line a mail reader
	 *             would take for a quote or a reference
	 */
	public String write() throws ReviewException {
		PatchMail mail = review.getPatch();
		if (mail == null || review.getApplyReports().isEmpty())
			throw new ReviewException("the review has no patch to reply to");
		String sender = sender();
		PatchLines patch = PatchLines.of(review);
		List<List<Placed>> byHunk = new ArrayList<>();
		patch.hunks().forEach(h -> byHunk.add(new ArrayList<>()));
		List<Annotation> general = new ArrayList<>();
		for (Annotation annotation : sent(review.getAnnotations())) {
			Placed placed = place(patch, annotation);
			if (placed == null)
				general.add(annotation);
			else
				byHunk.get(placed.hunk()).add(placed);
		}
		StringBuilder out = new StringBuilder();
		headers(out, mail, sender);
		out.append(mail.getDateText() == null ? "" : "On " + mail.getDateText() + ", ").append(mail.getAuthorName())
				.append(" wrote:\n> [...]\n");
		QuoteMatcher matcher = new QuoteMatcher(patch);
		FileDiff file = null;
		Row previous = null;
		for (PatchHunk hunk : patch.hunks()) {
			List<Placed> placed = byHunk.get(hunk.number());
			if (placed.isEmpty())
				continue;
			if (hunk.hunk().getFileDiff() != file) {
				file = hunk.hunk().getFileDiff();
				out.append("> --- a/").append(hunk.hunk().getFileDiff().getOldPath()).append("\n> +++ b/")
						.append(hunk.hunk().getFileDiff().getNewPath()).append('\n');
			}
			out.append("> ").append(hunk.header()).append('\n');
			placed.sort(Comparator.comparingInt(Placed::end));
			int shownUpTo = -1;
			for (Placed p : placed) {
				int start = Math.max(shownUpTo + 1, p.rows().isEmpty() ? p.end() + 1 : p.rows().getFirst().index());
				start = Math.max(start, p.end() - CONTEXT + 1);
				List<Row> shown = start > p.end() ? List.of() : hunk.rows().subList(start, p.end() + 1);
				if (!shown.isEmpty()) {
					if (start > shownUpTo + 1)
						out.append("> [...]\n");
					shown.forEach(r -> out.append(("> " + r.marked()).stripTrailing()).append('\n'));
					shownUpTo = p.end();
				}
				boolean clear = !shown.isEmpty() && readsAs(patch, matcher, shown, hunk.number(), previous,
						p.annotation().getTarget());
				if (!shown.isEmpty())
					previous = shown.getLast();
				comment(out, p.annotation(), !clear, sender, List.of());
			}
		}
		for (Annotation annotation : general)
			comment(out, annotation, true, sender, List.of());
		trailers(out, sender);
		return out.toString().stripTrailing() + "\n";
	}

	private String sender() throws ReviewException {
		if (reviewer != null)
			return reviewer.getName() + " <" + reviewer.getEmailAddress() + ">";
		if (review.getReviewerName() == null)
			throw new ReviewException("who sends the reply: the review names no reviewer, set one");
		return review.getReviewerName() + " <" + review.getReviewerAddress() + ">";
	}

	private static void headers(StringBuilder out, PatchMail mail, String sender) {
		String subject = mail.getRawSubject() != null ? mail.getRawSubject() : mail.getSubject();
		out.append("From: ").append(sender).append('\n');
		out.append("To: ").append(author(mail)).append('\n');
		out.append("Subject: ").append(subject.regionMatches(true, 0, "Re:", 0, 3) ? "" : "Re: ").append(subject)
				.append('\n');
		if (mail.getMessageId() != null) {
			String id = angled(mail.getMessageId());
			out.append("In-Reply-To: ").append(id).append('\n');
			List<String> thread = new ArrayList<>();
			mail.getReferences().forEach(r -> thread.add(angled(r)));
			thread.add(id);
			out.append("References: ").append(String.join(" ", thread)).append('\n');
		}
		out.append('\n');
	}

	/** The author with an address: the mail's, or (archives drop it from From:) their own Signed-off-by's. */
	private static String author(PatchMail mail) {
		if (mail.getAuthorAddress() != null && !mail.getAuthorAddress().isEmpty())
			return mail.getAuthorName() + " <" + mail.getAuthorAddress() + ">";
		for (Trailer t : mail.getTrailers())
			if (t.getKey().equalsIgnoreCase("Signed-off-by") && t.getValue().startsWith(mail.getAuthorName() + " <"))
				return t.getValue();
		return mail.getAuthorName();
	}

	private static String angled(String messageId) {
		String id = messageId.strip();
		return id.startsWith("<") ? id : "<" + id + ">";
	}

	private List<Annotation> sent(List<Annotation> annotations) {
		return annotations.stream().filter(a -> includeDrafts || !a.isDraft()).toList();
	}

	/** Where a comment goes in the quote, or null for the general part. */
	private static Placed place(PatchLines patch, Annotation annotation) {
		AnnotationTarget target = annotation.getTarget();
		if (target instanceof LineTarget t) {
			List<Row> rows = patch.rowsShowing(new Range(t.getSide(), t.getPath(), t.getFirstLine(), t.getLastLine()));
			return rows.isEmpty() ? null : new Placed(annotation, rows.getFirst().hunk(), rows, rows.getLast().index());
		}
		String function = switch (target) {
			case FunctionTarget t -> t.getFunction();
			case DecisionRowTarget t -> t.getFunction();
			case FindingTarget t -> t.getFunction();
			default -> null;
		};
		String path = target instanceof FunctionTarget t ? t.getPath() : null;
		for (PatchHunk hunk : patch.hunks()) {
			String section = hunk.hunk().getSection();
			boolean inFile = path == null || path.equals(hunk.hunk().getFileDiff().getNewPath())
					|| path.equals(hunk.hunk().getFileDiff().getOldPath());
			if (function != null && inFile && section != null && section.contains(function + "("))
				return new Placed(annotation, hunk.number(), List.of(), hunk.rows().size() - 1);
		}
		return null;
	}

	/** Whether the reader, given only these quoted rows, takes them to be exactly the comment's lines. */
	private static boolean readsAs(PatchLines patch, QuoteMatcher matcher, List<Row> shown, int hunk, Row previous,
			AnnotationTarget target) {
		if (!(target instanceof LineTarget t))
			return false;
		Range read = patch.rangeOf(matcher.match(shown.stream().map(Row::marked).toList(), hunk, previous));
		return new Range(t.getSide(), t.getPath(), t.getFirstLine(), t.getLastLine()).equals(read);
	}

	private void comment(StringBuilder out, Annotation annotation, boolean reference, String sender,
			List<Integer> thread) throws ReviewException {
		boolean blank = out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n';
		if (!blank)
			out.append('\n');
		if (thread.isEmpty() && reference)
			out.append(ReplyMarks.reference(annotation.getTarget())).append('\n');
		if (!thread.isEmpty())
			out.append(ReplyMarks.replyFrom(thread, annotation.getAuthor())).append('\n');
		else if (!sender.equals(annotation.getAuthor()))
			out.append(ReplyMarks.commentFrom(annotation.getAuthor())).append('\n');
		for (String line : annotation.getText().strip().split("\n", -1)) {
			if (line.startsWith(">") || line.equals("-- ") || readsAsMark(line))
				throw new ReviewException("a comment by " + annotation.getAuthor() + " has the line '" + line
						+ "', which a reader of the mail would take for a quote, a signature or a reference");
			out.append(line).append('\n');
		}
		List<Annotation> replies = sent(annotation.getReplies());
		for (int i = 0; i < replies.size(); i++) {
			List<Integer> path = new ArrayList<>(thread);
			path.add(i + 1);
			comment(out, replies.get(i), false, sender, path);
		}
		if (thread.isEmpty())
			out.append('\n');
	}

	private static boolean readsAsMark(String line) {
		try {
			return ReplyMarks.parse(line).isPresent();
		} catch (IllegalArgumentException e) {
			return true;
		}
	}

	private void trailers(StringBuilder out, String sender) {
		if (review.getGivenTrailers().isEmpty() && trailer == null)
			return;
		review.getGivenTrailers().forEach(t -> out.append(t.getKey()).append(": ").append(t.getValue()).append('\n'));
		if (trailer != null)
			out.append(trailer).append(": ").append(sender).append('\n');
	}
}
