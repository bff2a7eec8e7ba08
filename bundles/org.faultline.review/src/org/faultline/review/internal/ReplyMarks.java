package org.faultline.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.FindingTarget;
import org.faultline.model.review.FunctionTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Side;
import org.faultline.model.review.TraceStepTarget;
import org.faultline.review.Anchors;

/**
 * The bracketed lines a reply mail puts before a comment where the quote above it does not say enough: what
 * the comment is about ({@code [mm/memory.c:2890-2895, after]}, {@code [decision row: do_read_fault ->
 * __do_fault]}), who wrote it when that is not the sender ({@code [comment from A <a@b>]}), and which comment
 * a reply answers ({@code [reply 1.2 from A <a@b>]}). People read them as they are; the reader parses them
 * back. A line is a mark only as a whole, so a comment's own text in brackets stays text unless it reads
 * exactly like one.
 */
public final class ReplyMarks {

	/** A parsed mark. */
	public sealed interface Mark {
	}

	/** What the comment after it is about. */
	public record Reference(AnnotationTarget target) implements Mark {
	}

	/** A comment by someone other than the sender of the mail. */
	public record CommentFrom(String author) implements Mark {
	}

	/** A reply: {@code path} numbers it within its thread (1-based; 1.2 is the second reply to reply 1). */
	public record ReplyFrom(List<Integer> path, String author) implements Mark {
	}

	private static final Pattern LINES = Pattern.compile("\\[(\\S+):(\\d+)(?:-(\\d+))?, (after|before)\\]");

	private static final Pattern KIND = Pattern
			.compile("\\[(function|decision row|finding|trace step)(?: \\((after|before|both)\\))?: (.*)\\]");

	private static final Pattern FUNCTION = Pattern.compile("(\\S+)(?: in (\\S+))?");

	private static final Pattern ROW = Pattern.compile("(\\S+) -> (\\S+)(?: when (.*))?");

	private static final Pattern FINDING = Pattern.compile("([A-Z_]+)(?: in (\\S+))?, scenario (.+)");

	private static final Pattern STEP = Pattern.compile("(.+?) #(\\d+)(?:: (.*))?");

	private static final Pattern COMMENT = Pattern.compile("\\[comment from (.+)\\]");

	private static final Pattern REPLY = Pattern.compile("\\[reply (\\d+(?:\\.\\d+)*) from (.+)\\]");

	private ReplyMarks() {
	}

	/** The reference line of a target. */
	public static String reference(AnnotationTarget target) {
		return switch (target) {
			case LineTarget t -> "[" + t.getPath() + ":" + t.getFirstLine()
					+ (t.getLastLine() == t.getFirstLine() ? "" : "-" + t.getLastLine()) + ", " + side(t.getSide()) + "]";
			case FunctionTarget t -> kind("function", t) + t.getFunction() + (t.getPath() == null ? "" : " in " + t.getPath())
					+ "]";
			case DecisionRowTarget t -> kind("decision row", t) + t.getFunction() + " -> " + t.getCallee()
					+ (t.getCondition() == null ? "" : " when " + t.getCondition()) + "]";
			case FindingTarget t -> kind("finding", t) + t.getKind().getName()
					+ (t.getFunction() == null ? "" : " in " + t.getFunction()) + ", scenario " + t.getScenario() + "]";
			case TraceStepTarget t -> kind("trace step", t) + t.getScenario() + " #" + t.getStep()
					+ (t.getEvent() == null ? "" : ": " + t.getEvent()) + "]";
			default -> throw new IllegalArgumentException("no reference for a " + target.eClass().getName());
		};
	}

	public static String commentFrom(String author) {
		return "[comment from " + author + "]";
	}

	public static String replyFrom(List<Integer> path, String author) {
		return "[reply " + String.join(".", path.stream().map(String::valueOf).toList()) + " from " + author + "]";
	}

	/** The side word of a line reference. */
	public static String side(Side side) {
		return side.getName().toLowerCase(Locale.ROOT);
	}

	private static String kind(String kind, AnnotationTarget target) {
		return "[" + kind + (target.getSide() == Side.BOTH ? "" : " (" + side(target.getSide()) + ")") + ": ";
	}

	/**
	 * The mark a line is, if it is one.
	 *
	 * @throws IllegalArgumentException when it is a mark of a known kind whose details do not parse, e.g. a
	 *             finding of a kind that does not exist
	 */
	public static Optional<Mark> parse(String line) {
		String text = line.strip();
		Matcher m;
		if ((m = LINES.matcher(text)).matches()) {
			int first = Integer.parseInt(m.group(2));
			int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
			return Optional.of(new Reference(Anchors.lines(side(m.group(4)), m.group(1), first, last, null)));
		}
		if ((m = COMMENT.matcher(text)).matches())
			return Optional.of(new CommentFrom(m.group(1)));
		if ((m = REPLY.matcher(text)).matches()) {
			List<Integer> path = new ArrayList<>();
			for (String n : m.group(1).split("\\."))
				path.add(Integer.parseInt(n));
			return Optional.of(new ReplyFrom(path, m.group(2)));
		}
		if (!(m = KIND.matcher(text)).matches())
			return Optional.empty();
		Side side = m.group(2) == null ? Side.BOTH : side(m.group(2));
		String details = m.group(3);
		AnnotationTarget target = switch (m.group(1)) {
			case "function" -> {
				Matcher f = details(FUNCTION, details, line);
				yield Anchors.function(side, f.group(2), f.group(1));
			}
			case "decision row" -> {
				Matcher r = details(ROW, details, line);
				yield Anchors.decisionRow(r.group(1), r.group(2), r.group(3));
			}
			case "finding" -> {
				Matcher f = details(FINDING, details, line);
				FindingKind kind = FindingKind.getByName(f.group(1));
				if (kind == null)
					throw new IllegalArgumentException("no finding kind " + f.group(1) + " in " + line);
				yield Anchors.finding(side, f.group(3), kind, f.group(2));
			}
			default -> {
				Matcher s = details(STEP, details, line);
				yield Anchors.traceStep(side, s.group(1), Integer.parseInt(s.group(2)), s.group(3));
			}
		};
		target.setSide(side);
		return Optional.of(new Reference(target));
	}

	private static Matcher details(Pattern pattern, String details, String line) {
		Matcher m = pattern.matcher(details);
		if (!m.matches())
			throw new IllegalArgumentException("cannot read the reference " + line.strip());
		return m;
	}

	private static Side side(String word) {
		return Side.getByName(word.toUpperCase(Locale.ROOT));
	}
}
