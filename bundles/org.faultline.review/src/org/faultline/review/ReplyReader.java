package org.faultline.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.PersonIdent;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.Trailer;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.review.internal.PatchLines;
import org.faultline.review.internal.PatchLines.PatchHunk;
import org.faultline.review.internal.PatchLines.Range;
import org.faultline.review.internal.PatchLines.Row;
import org.faultline.review.internal.QuoteMatcher;
import org.faultline.review.internal.ReplyMarks;
import org.faultline.review.internal.ReplyMarks.CommentFrom;
import org.faultline.review.internal.ReplyMarks.Mark;
import org.faultline.review.internal.ReplyMarks.Reference;
import org.faultline.review.internal.ReplyMarks.ReplyFrom;

/**
 * Reads a reply mail to the session's patch back into annotations: one that {@link ReplyWriter} wrote, or one
 * written by hand in a mail client. A comment is about the quoted lines right above it (since the previous
 * comment, hunk header or {@code [...]}), found in the patch by their text, so deleting parts of the quote,
 * {@code >} without a space or a mail client's whitespace do not matter; a reference line before a comment says
 * what it is about outright. The attribution line, headers, the signature after {@code -- } and a closing
 * paragraph of trailers are not comments. What cannot be placed is returned with the reason, never dropped.
 *
 * <pre>
 * ReplyReader.Result result = ReplyReader.on(session).read(mailText);
 * </pre>
 */
public final class ReplyReader {

	private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z-]*):\\s*(.*)");

	private static final Pattern ATTRIBUTION = Pattern.compile(".*\\bwrote:\\s*");

	private static final Pattern TRAILER = Pattern.compile("([A-Z][a-z]*(?:-[a-z]+)*-by): (.+)");

	private static final Pattern PERSON = Pattern.compile("(.*?)\\s*<([^>]*)>");

	private static final Pattern FILE_HEADER = Pattern.compile("(--- (a/|/dev/null)|\\+\\+\\+ (b/|/dev/null)|diff --git |index ).*");

	/** A comment the reply has but that names nothing of the patch, and why. */
	public record Unplaced(String text, String reason) {
	}

	/**
	 * @param annotations
	 *            the comments read, added to the session's document (published, not drafts)
	 * @param trailers
	 *            trailers the reply gives, e.g. Reviewed-by
	 */
	public record Result(List<Annotation> annotations, List<Trailer> trailers, List<Unplaced> unplaced) {
	}

	private final ReviewSession session;

	private PersonIdent author;

	private ReplyReader(ReviewSession session) {
		this.session = session;
	}

	public static ReplyReader on(ReviewSession session) {
		return new ReplyReader(session);
	}

	/** Who wrote the reply when it has no {@code From:} header (a body pasted from a mail client). */
	public ReplyReader setAuthor(PersonIdent who) {
		this.author = who;
		return this;
	}

	/** A comment as read: what it is about (explicit or quoted), by whom, its place in a thread. */
	private static final class Comment {
		AnnotationTarget reference;

		List<String> quoted = List.of();

		List<Row> rows = List.of();

		String author;

		List<Integer> thread = List.of();

		final List<String> text = new ArrayList<>();

		String text() {
			return String.join("\n", text).strip();
		}
	}

	/**
	 * Reads the reply and adds its comments to the session's document.
	 *
	 * @throws ReviewException when the reply answers another patch, names no author, or quotes nothing of the
	 *             patch while it has comments
	 */
	public Result read(String mail) throws ReviewException {
		PatchLines patch = PatchLines.of(session.document());
		QuoteMatcher matcher = new QuoteMatcher(patch);
		List<String> lines = List.of(mail.split("\r?\n", -1));
		int body = headers(lines);
		String sender = author(lines.subList(0, body));
		List<Comment> comments = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		List<String> stretch = new ArrayList<>();
		Comment current = null;
		boolean quoteSeen = false;
		int hint = -1;
		Row previous = null;
		for (String line : lines.subList(body, lines.size())) {
			if (line.equals("-- "))
				break;
			if (line.startsWith(">")) {
				quoteSeen = true;
				current = null;
				String quoted = line.substring(line.startsWith("> ") ? 2 : 1);
				if (quoted.strip().equals("[...]") || quoted.strip().equals("...")) {
					stretch.clear();
				} else if (quoted.startsWith("@@ ")) {
					stretch.clear();
					hint = hunk(patch, quoted);
				} else if (FILE_HEADER.matcher(quoted).matches()) {
					stretch.clear();
				} else {
					stretch.add(quoted);
				}
				continue;
			}
			if (line.isBlank()) {
				if (current != null)
					current.text.add("");
				continue;
			}
			if (!quoteSeen && current == null && ATTRIBUTION.matcher(line).matches())
				continue;
			Mark mark;
			try {
				mark = ReplyMarks.parse(line).orElse(null);
			} catch (IllegalArgumentException e) {
				unplaced.add(new Unplaced(line, e.getMessage()));
				continue;
			}
			boolean opensComment = current == null || mark instanceof Reference || mark instanceof ReplyFrom
					|| mark instanceof CommentFrom && !current.text.isEmpty();
			if (opensComment) {
				current = new Comment();
				current.author = sender;
				if (!stretch.isEmpty()) {
					current.quoted = List.copyOf(stretch);
					current.rows = matcher.match(stretch, hint, previous);
					if (!current.rows.isEmpty())
						previous = current.rows.getLast();
					stretch.clear();
				}
				comments.add(current);
			}
			switch (mark) {
				case Reference r -> current.reference = r.target();
				case CommentFrom c -> current.author = c.author();
				case ReplyFrom r -> {
					current.author = r.author();
					current.thread = r.path();
				}
				case null -> current.text.add(line);
			}
		}
		List<Trailer> trailers = trailers(comments);
		if (!comments.isEmpty() && comments.stream().allMatch(c -> c.reference == null && c.rows.isEmpty())
				&& comments.stream().anyMatch(c -> !c.quoted.isEmpty()))
			throw new ReviewException("the reply quotes nothing of " + session.document().getPatch().getSubject()
					+ ": is it a reply to another patch?");
		return new Result(annotate(patch, comments, unplaced), trailers, unplaced);
	}

	/** Where the body starts: after the headers when the mail has them. */
	private static int headers(List<String> lines) {
		if (lines.isEmpty() || !HEADER.matcher(lines.getFirst()).matches() || lines.getFirst().startsWith("On "))
			return 0;
		int blank = lines.indexOf("");
		return blank < 0 ? lines.size() : blank + 1;
	}

	/** The sender, from the headers or as set; checks that the reply answers this patch. */
	private String author(List<String> headers) throws ReviewException {
		String from = null;
		for (String line : headers) {
			Matcher m = HEADER.matcher(line);
			if (!m.matches())
				continue;
			String value = m.group(2).strip();
			String patchId = session.document().getPatch().getMessageId();
			if (m.group(1).equalsIgnoreCase("From"))
				from = value;
			else if (m.group(1).equalsIgnoreCase("In-Reply-To") && patchId != null
					&& !value.replaceAll("[<>]", "").equals(patchId.strip().replaceAll("[<>]", "")))
				throw new ReviewException("the reply answers " + value + ", not this patch's " + patchId);
		}
		if (from != null)
			return from;
		if (author == null)
			throw new ReviewException("the reply has no From: header: say who wrote it");
		return author.getName() + " <" + author.getEmailAddress() + ">";
	}

	/** The hunk a quoted header names, or -1. */
	private static int hunk(PatchLines patch, String header) {
		String wanted = header.replaceAll("\\s+", "");
		for (PatchHunk hunk : patch.hunks())
			if (hunk.header().replaceAll("\\s+", "").equals(wanted))
				return hunk.number();
		return -1;
	}

	/** Takes the trailers from the end of the last comment: the reply's closing paragraph. */
	private static List<Trailer> trailers(List<Comment> comments) {
		List<Trailer> trailers = new ArrayList<>();
		if (comments.isEmpty())
			return trailers;
		Comment last = comments.getLast();
		while (!last.text.isEmpty() && last.text.getLast().isBlank())
			last.text.removeLast();
		int start = last.text.size();
		while (start > 0 && TRAILER.matcher(last.text.get(start - 1)).matches())
			start--;
		for (String line : last.text.subList(start, last.text.size())) {
			Matcher m = TRAILER.matcher(line);
			m.matches();
			Trailer trailer = PatchFactory.eINSTANCE.createTrailer();
			trailer.setKey(m.group(1));
			trailer.setValue(m.group(2));
			trailers.add(trailer);
		}
		last.text.subList(start, last.text.size()).clear();
		if (last.text().isEmpty() && last.reference == null && last.thread.isEmpty())
			comments.removeLast();
		return trailers;
	}

	private List<Annotation> annotate(PatchLines patch, List<Comment> comments, List<Unplaced> unplaced) {
		List<Annotation> added = new ArrayList<>();
		Annotation thread = null;
		for (Comment comment : comments) {
			if (!comment.thread.isEmpty()) {
				Annotation to = thread == null ? null : replied(thread, comment.thread);
				if (to == null) {
					unplaced.add(new Unplaced(comment.text(), "a reply to no comment that was placed"));
					continue;
				}
				session.reply(to, person(comment.author), comment.text()).setDraft(false);
				continue;
			}
			AnnotationTarget target;
			try {
				target = target(patch, comment);
			} catch (ReviewException e) {
				unplaced.add(new Unplaced(comment.text(), e.getMessage()));
				thread = null;
				continue;
			}
			thread = session.annotate(target, person(comment.author), comment.text());
			thread.setDraft(false);
			added.add(thread);
		}
		return added;
	}

	/** The annotation a reply number names in a thread; null when the thread has no such reply. */
	private static Annotation replied(Annotation thread, List<Integer> path) {
		Annotation to = thread;
		for (int n : path.subList(0, path.size() - 1)) {
			if (n > to.getReplies().size())
				return null;
			to = to.getReplies().get(n - 1);
		}
		return path.getLast() == to.getReplies().size() + 1 ? to : null;
	}

	private AnnotationTarget target(PatchLines patch, Comment comment) throws ReviewException {
		if (comment.reference instanceof LineTarget t)
			return excerpted(new Range(t.getSide(), t.getPath(), t.getFirstLine(), t.getLastLine()));
		if (comment.reference != null)
			return comment.reference;
		if (!comment.rows.isEmpty()) {
			Range range = patch.rangeOf(comment.rows);
			if (range != null)
				return excerpted(range);
		}
		throw new ReviewException(comment.quoted.isEmpty() ? "it follows no quoted line of the patch and names nothing"
				: "the lines quoted above it are not in the patch: " + comment.quoted.getFirst().strip());
	}

	private LineTarget excerpted(Range range) throws ReviewException {
		Version version = switch (range.side()) {
			case BEFORE -> session.before();
			default -> session.after();
		};
		return Anchors.lines(range.side(), version, range.path(), range.first(), range.last());
	}

	private static PersonIdent person(String author) {
		Matcher m = PERSON.matcher(author);
		return m.matches() ? new PersonIdent(m.group(1), m.group(2)) : new PersonIdent(author, "");
	}
}
