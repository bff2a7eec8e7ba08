package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.faultline.c.ast.ConditionalBranch;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.Configuration;

/**
 * A file whose directives are parsed at once and whose other top-level declarations only when asked for: the
 * include walk needs a header's {@code #include}, {@code #define} and {@code #if} lines, while a review reaches
 * few of the thousands of declarations the 450 headers of the fault path hold. The {@link #skeleton} is the
 * file with every declaration overwritten by spaces, parsed (offsets, lines and columns unchanged); each
 * {@link Chunk} is one stretch of declarations ({@link HeaderScan}), parsed alone on first use into exactly
 * the declarations a parse of the whole file has there. A file that does not split cleanly is parsed whole
 * and has no chunks. Thread-safe.
 */
public final class LazyUnit {

	/** One stretch of top-level declarations, parsed on first use. */
	public static final class Chunk {
		private final int start, end;
		private final Set<String> names;
		private List<ExternalDeclaration> declarations;
		private List<Problem> problems;

		private Chunk(HeaderScan.Span span) {
			this.start = span.start();
			this.end = span.end();
			this.names = span.names();
		}

		/** @return where it starts in the file, in bytes: no declaration it holds starts before */
		public int startByte() {
			return start;
		}

		/** @return a superset of the names its declarations define */
		public Set<String> names() {
			return names;
		}
	}

	private final TranslationUnit skeleton;
	private final byte[] original;
	private final byte[] parsed;
	private final List<Chunk> chunks;
	/** Line starts of the file, made with the first chunk parsed. */
	private LineTable lines;

	private LazyUnit(TranslationUnit skeleton, byte[] original, byte[] parsed, List<Chunk> chunks) {
		this.skeleton = skeleton;
		this.original = original;
		this.parsed = parsed;
		this.chunks = chunks;
	}

	/** A file parsed whole. */
	public static LazyUnit whole(TranslationUnit unit) {
		return new LazyUnit(unit, null, null, List.of());
	}

	/**
	 * @param original the file as written, UTF-8
	 * @param parsed the same with annotations blanked (what tree-sitter reads), of the same length
	 * @param bridge parses the skeleton now
	 * @return null when the file does not split cleanly
	 */
	static LazyUnit split(String path, byte[] original, byte[] parsed, TreeSitterBridge bridge) {
		List<HeaderScan.Span> spans = HeaderScan.split(parsed);
		if (spans == null)
			return null;
		byte[] skeletonText = parsed.clone();
		for (HeaderScan.Span s : spans)
			for (int i = s.start(); i < s.end(); i++)
				if (skeletonText[i] != '\n')
					skeletonText[i] = ' ';
		SyntaxNode root = bridge.parse(new String(skeletonText, StandardCharsets.UTF_8));
		List<Problem> problems = new ArrayList<>();
		List<ExternalDeclaration> declarations = new Converter(path, original, problems, bridge::parse)
				.translationUnit(root);
		return new LazyUnit(new TranslationUnit(path, declarations, problems), original, parsed,
				spans.stream().map(Chunk::new).toList());
	}

	public String path() {
		return skeleton.path();
	}

	/** The file's directives (its whole unit when it has no chunks): what an include walk reads. */
	public TranslationUnit skeleton() {
		return skeleton;
	}

	public List<Chunk> chunks() {
		return chunks;
	}

	/** @return the declarations of a chunk of this file, parsed now if not yet */
	public List<ExternalDeclaration> declarations(Chunk chunk) {
		parse(List.of(chunk));
		return chunk.declarations;
	}

	/** @return whether the identifier is written in a chunk (outside comments or not) */
	public boolean mentions(Chunk chunk, String identifier) {
		byte[] word = identifier.getBytes(StandardCharsets.ISO_8859_1);
		for (int i = chunk.start; i + word.length <= chunk.end; i++) {
			if (parsed[i] != word[0] || i > 0 && identifierPart(parsed[i - 1]))
				continue;
			int k = 1;
			while (k < word.length && parsed[i + k] == word[k])
				k++;
			if (k == word.length && (i + k == parsed.length || !identifierPart(parsed[i + k])))
				return true;
		}
		return false;
	}

	private static boolean identifierPart(byte c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
	}

	/** @return the chunks the configuration keeps: those in a chosen branch of every group around them */
	public List<Chunk> active(Configuration configuration) {
		List<Chunk> out = new ArrayList<>();
		walk(skeleton.declarations(), chunks, configuration, out);
		return out;
	}

	/** The whole file's unit, every chunk parsed and put in its place among the directives. */
	public TranslationUnit unit() {
		if (chunks.isEmpty())
			return skeleton;
		parse(chunks);
		return new TranslationUnit(path(), merge(skeleton.declarations(), chunks), problems());
	}

	/** @return the problems of the skeleton and of every chunk, parsing them all */
	public List<Problem> problems() {
		parse(chunks);
		List<Problem> out = new ArrayList<>(skeleton.problems());
		for (Chunk c : chunks)
			out.addAll(c.problems);
		return out;
	}

	/**
	 * Collects the chunks among {@code items} (in order, all in their region) that lie in no group or, group by
	 * group, in the branch the configuration chooses; a chunk belongs to the branch whose text holds it.
	 */
	private static void walk(List<ExternalDeclaration> items, List<Chunk> chunks, Configuration configuration,
			List<Chunk> out) {
		int next = 0;
		for (ExternalDeclaration d : items) {
			if (!(d instanceof ExternalDeclaration.Conditional c))
				continue;
			while (next < chunks.size() && chunks.get(next).start < c.range().startByte())
				out.add(chunks.get(next++));
			List<ConditionalBranch<ExternalDeclaration>> branches = c.branches();
			int chosen = configuration.choose(branches);
			for (int b = 0; b < branches.size(); b++) {
				int limit = b + 1 < branches.size() ? branches.get(b + 1).range().startByte() : c.range().endByte();
				int from = next;
				while (next < chunks.size() && chunks.get(next).start < limit)
					next++;
				if (b == chosen)
					walk(branches.get(b).items(), chunks.subList(from, next), configuration, out);
			}
		}
		while (next < chunks.size())
			out.add(chunks.get(next++));
	}

	/** @return {@code items} with the declarations of the chunks among them, in source order */
	private static List<ExternalDeclaration> merge(List<ExternalDeclaration> items, List<Chunk> chunks) {
		List<ExternalDeclaration> out = new ArrayList<>();
		int next = 0;
		for (ExternalDeclaration d : items) {
			while (next < chunks.size() && chunks.get(next).start < d.range().startByte())
				out.addAll(chunks.get(next++).declarations);
			if (!(d instanceof ExternalDeclaration.Conditional c)) {
				out.add(d);
				continue;
			}
			List<ConditionalBranch<ExternalDeclaration>> branches = new ArrayList<>();
			for (int b = 0; b < c.branches().size(); b++) {
				ConditionalBranch<ExternalDeclaration> branch = c.branches().get(b);
				int limit = b + 1 < c.branches().size() ? c.branches().get(b + 1).range().startByte()
						: c.range().endByte();
				int from = next;
				while (next < chunks.size() && chunks.get(next).start < limit)
					next++;
				branches.add(new ConditionalBranch<>(branch.directive(), branch.symbol(), branch.condition(),
						merge(branch.items(), chunks.subList(from, next)), branch.range()));
			}
			out.add(new ExternalDeclaration.Conditional(branches, c.range()));
		}
		while (next < chunks.size())
			out.addAll(chunks.get(next++).declarations);
		return out;
	}

	/** Parses the chunks not parsed yet, with one parser. */
	private synchronized void parse(Collection<Chunk> wanted) {
		if (wanted.stream().allMatch(c -> c.declarations != null))
			return;
		if (lines == null)
			lines = new LineTable(parsed);
		try (TreeSitterBridge bridge = new TreeSitterBridge()) {
			for (Chunk c : wanted)
				if (c.declarations == null)
					parse(c, bridge);
		}
	}

	/**
	 * Parses a chunk alone, preceded by as many spaces as it starts after on its first line, and moves the tree
	 * to the chunk's place: a top-level declaration parses the same wherever it stands.
	 */
	private void parse(Chunk c, TreeSitterBridge bridge) {
		int row = lines.row(c.start);
		int column = c.start - lines.start(row);
		String text = " ".repeat(column) + new String(parsed, c.start, c.end - c.start, StandardCharsets.UTF_8);
		SyntaxNode root = TreeSitterBridge.shift(bridge.parse(text), c.start - column, row);
		List<Problem> problems = new ArrayList<>();
		c.declarations = List.copyOf(new Converter(path(), original, problems, bridge::parse).translationUnit(root));
		c.problems = List.copyOf(problems);
	}
}
