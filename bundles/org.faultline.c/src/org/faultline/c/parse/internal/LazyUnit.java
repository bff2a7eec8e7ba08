package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.faultline.c.ast.ConditionalBranch;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.Configuration;

/**
 * A file whose directives are parsed at once and whose other top-level declarations only when asked for: the
 * include walk needs a header's {@code #include}, {@code #define} and {@code #if} lines, while a review reaches
 * few of the thousands of declarations the 450 headers of the fault path hold. The {@link #skeleton} is the
 * file with every declaration overwritten by spaces, parsed (offsets, lines and columns unchanged); each
 * {@link Chunk} is one stretch of declarations ({@link HeaderScan}), parsed alone on first use into exactly
 * the declarations a parse of the whole file has there. A file that does not split cleanly is parsed whole
 * and has no chunks; so is a file whose skeleton or any of whose chunks parses with an error or a token
 * tree-sitter inserted (ADR 0049): tree-sitter's recovery from an error depends on the text around it, so that
 * text may read otherwise alone than in the file, and so may the declarations after it. A chunk's error shows
 * only once it is parsed: the unit then becomes the whole parse ({@link #skeleton()} the whole file, no chunks).
 * Thread-safe.
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
	/** The macro bodies of the skeleton, parsed when first read; null when the skeleton holds them parsed. */
	private final MacroBodies bodies;
	/** Line starts of the file, made with the first chunk parsed. */
	private LineTable lines;
	/** The file parsed whole, once a chunk parsed with an error; null while every chunk parsed is clean. */
	private volatile LazyUnit whole;

	private LazyUnit(TranslationUnit skeleton, byte[] original, byte[] parsed, List<Chunk> chunks,
			MacroBodies bodies) {
		this.skeleton = skeleton;
		this.original = original;
		this.parsed = parsed;
		this.chunks = chunks;
		this.bodies = bodies;
	}

	/** A file parsed whole, its macro bodies too. */
	public static LazyUnit whole(TranslationUnit unit) {
		return new LazyUnit(unit, null, null, List.of(), null);
	}

	/**
	 * A file parsed whole, its macro bodies too, with the text it was parsed from: what
	 * {@link #mentions(ExternalDeclaration.FunctionDefinition, String)} reads instead of the function's body.
	 */
	public static LazyUnit whole(TranslationUnit unit, String text) {
		return new LazyUnit(unit, null, text.getBytes(StandardCharsets.UTF_8), List.of(), null);
	}

	/** A file parsed whole but for its macro bodies, which {@code bodies} parses when first read. */
	static LazyUnit whole(TranslationUnit unit, MacroBodies bodies) {
		return new LazyUnit(unit, null, null, List.of(), bodies);
	}

	/**
	 * @param original the file as written, UTF-8
	 * @param parsed the same with annotations blanked (what tree-sitter reads), of the same length
	 * @param bridge parses the skeleton now
	 * @param bodies parses the skeleton's macro bodies when first read
	 * @return null when the file does not split cleanly, or its skeleton parses with an error
	 */
	static LazyUnit split(String path, byte[] original, byte[] parsed, TreeSitterBridge bridge, MacroBodies bodies) {
		List<HeaderScan.Span> spans = HeaderScan.split(parsed);
		if (spans == null)
			return null;
		LineTable lines = new LineTable(parsed);
		SyntaxNode root = new Skeleton(parsed, spans, lines).parse(bridge);
		if (root.hasError())
			return null;
		List<Problem> problems = new ArrayList<>();
		List<ExternalDeclaration> declarations = new Converter(path, original, problems, bodies).translationUnit(root);
		LazyUnit unit = new LazyUnit(new TranslationUnit(path, declarations, problems), original, parsed,
				spans.stream().map(Chunk::new).toList(), bodies);
		unit.lines = lines;
		return unit;
	}

	/**
	 * The file without its chunks: what stays between them (directive lines, comments, line ends) put end to
	 * end, which parses as the file with the chunks blanked does (each chunk lies between two top-level items)
	 * but without the cost of skipping their text, nodes moved back to their places in the file afterwards.
	 */
	private static final class Skeleton {
		private final byte[] text;
		private final LineTable lines;
		/** Where each kept stretch starts in the file and in {@link #text}. */
		private final int[] fileStarts, textStarts;

		Skeleton(byte[] file, List<HeaderScan.Span> spans, LineTable lines) {
			this.lines = lines;
			int[] from = new int[spans.size() + 1], to = new int[spans.size() + 1];
			int kept = 0, at = 0, length = 0;
			for (int i = 0; i <= spans.size(); i++) {
				int end = i < spans.size() ? spans.get(i).start() : file.length;
				if (end > at) {
					from[kept] = at;
					to[kept++] = end;
					length += end - at;
				}
				if (i < spans.size())
					at = spans.get(i).end();
			}
			text = new byte[length];
			fileStarts = new int[kept];
			textStarts = new int[kept];
			int position = 0;
			for (int k = 0; k < kept; k++) {
				System.arraycopy(file, from[k], text, position, to[k] - from[k]);
				fileStarts[k] = from[k];
				textStarts[k] = position;
				position += to[k] - from[k];
			}
		}

		SyntaxNode parse(TreeSitterBridge bridge) {
			return place(bridge.parse(new String(text, StandardCharsets.UTF_8)));
		}

		private SyntaxNode place(SyntaxNode n) {
			int start = inFile(n.startByte(), false);
			int end = n.endByte() == n.startByte() ? start : inFile(n.endByte(), true);
			List<SyntaxNode> children = n.children().isEmpty() ? List.of()
					: n.children().stream().map(this::place).toList();
			int startRow = lines.row(start), endRow = lines.row(end);
			return new SyntaxNode(n.type(), n.field(), n.named(), n.missing(), start, end, startRow,
					start - lines.start(startRow), endRow, end - lines.start(endRow), children);
		}

		/** @param end whether {@code offset} ends a node (it then belongs to the stretch before it) */
		private int inFile(int offset, boolean end) {
			if (textStarts.length == 0)
				return 0;
			int k = Arrays.binarySearch(textStarts, end ? offset - 1 : offset);
			if (k < 0)
				k = Math.max(0, -k - 2);
			return fileStarts[k] + offset - textStarts[k];
		}
	}

	public String path() {
		return skeleton.path();
	}

	/** The file's directives (its whole unit when it has no chunks): what an include walk reads. */
	public TranslationUnit skeleton() {
		LazyUnit w = whole;
		return w != null ? w.skeleton : skeleton;
	}

	/** @return the chunks, none once the file is read whole */
	public List<Chunk> chunks() {
		return whole != null ? List.of() : chunks;
	}

	/**
	 * @return the declarations of a chunk of this file, parsed now if not yet; empty when the file is read whole
	 *         ({@link #skeleton()} then holds every declaration)
	 */
	public Optional<List<ExternalDeclaration>> declarations(Chunk chunk) {
		parse(List.of(chunk));
		return whole != null ? Optional.empty() : Optional.of(chunk.declarations);
	}

	/** @return whether the identifier is written in a chunk (outside comments or not) */
	public boolean mentions(Chunk chunk, String identifier) {
		return written(chunk.start, chunk.end, identifier);
	}

	/**
	 * @return whether the identifier is written in a function of this file (outside comments or not); true when the
	 *         file's text is not known
	 */
	public boolean mentions(ExternalDeclaration.FunctionDefinition function, String identifier) {
		return parsed == null || written(function.range().startByte(), function.range().endByte(), identifier);
	}

	private boolean written(int from, int to, String identifier) {
		byte[] word = identifier.getBytes(StandardCharsets.ISO_8859_1);
		for (int i = from; i + word.length <= to; i++) {
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
		if (whole == null)
			walk(skeleton.declarations(), chunks, configuration, out);
		return out;
	}

	/** The whole file's unit, every chunk and macro body parsed, the chunks in their places among the directives. */
	public TranslationUnit unit() {
		if (chunks.isEmpty() && bodies == null)
			return skeleton;
		parse(chunks);
		if (whole != null)
			return whole.unit();
		return new TranslationUnit(path(), chunks.isEmpty() ? skeleton.declarations()
				: merge(skeleton.declarations(), chunks), problems());
	}

	/** @return the problems of the skeleton, of its macro bodies and of every chunk, parsing them all */
	public List<Problem> problems() {
		parse(chunks);
		if (whole != null)
			return whole.problems();
		List<Problem> out = new ArrayList<>(skeleton.problems());
		if (bodies != null)
			out.addAll(bodies.problems());
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
	private List<ExternalDeclaration> merge(List<ExternalDeclaration> items, List<Chunk> chunks) {
		List<ExternalDeclaration> out = new ArrayList<>();
		int next = 0;
		for (ExternalDeclaration d : items) {
			while (next < chunks.size() && chunks.get(next).start < d.range().startByte())
				out.addAll(chunks.get(next++).declarations);
			if (!(d instanceof ExternalDeclaration.Conditional c)) {
				out.add(d);
				continue;
			}
			int count = c.branches().size();
			int[] bounds = new int[count + 1];
			bounds[0] = next;
			for (int b = 0; b < count; b++) {
				int limit = b + 1 < count ? c.branches().get(b + 1).range().startByte() : c.range().endByte();
				while (next < chunks.size() && chunks.get(next).start < limit)
					next++;
				bounds[b + 1] = next;
			}
			List<ConditionalBranch<ExternalDeclaration>> branches = new ArrayList<>();
			for (int b = 0; b < count; b++) {
				ConditionalBranch<ExternalDeclaration> branch = c.branches().get(b);
				SourceRange range = branch.range();
				// an #elif or #else holds the branches after it: it ends with the last item of the group
				if (b > 0 && bounds[count] > bounds[b] && chunks.get(bounds[count] - 1).end > range.endByte())
					range = extended(range, chunks.get(bounds[count] - 1).end);
				branches.add(new ConditionalBranch<>(branch.directive(), branch.symbol(), branch.condition(),
						merge(branch.items(), chunks.subList(bounds[b], bounds[b + 1])), range));
			}
			out.add(new ExternalDeclaration.Conditional(branches, c.range()));
		}
		while (next < chunks.size())
			out.addAll(chunks.get(next++).declarations);
		return out;
	}

	private SourceRange extended(SourceRange r, int end) {
		int row = lines.row(end);
		return new SourceRange(r.file(), r.line(), r.column(), row + 1, end - lines.start(row) + 1, r.startByte(), end);
	}

	/** Parses the chunks not parsed yet, with one parser; the whole file instead once one has an error. */
	private synchronized void parse(Collection<Chunk> wanted) {
		if (whole != null || wanted.stream().allMatch(c -> c.declarations != null))
			return;
		if (lines == null)
			lines = new LineTable(parsed);
		try (TreeSitterBridge bridge = new TreeSitterBridge()) {
			for (Chunk c : wanted)
				if (c.declarations == null && !parse(c, bridge)) {
					whole = parseWhole(bridge);
					return;
				}
		}
	}

	/**
	 * Parses a chunk alone, preceded by as many spaces as it starts after on its first line, and moves the tree
	 * to the chunk's place: a top-level declaration parses the same wherever it stands, if it parses clean.
	 *
	 * @return false, the chunk left unparsed, when its tree holds an error or a token tree-sitter inserted
	 */
	private boolean parse(Chunk c, TreeSitterBridge bridge) {
		int row = lines.row(c.start);
		int column = c.start - lines.start(row);
		String text = " ".repeat(column) + new String(parsed, c.start, c.end - c.start, StandardCharsets.UTF_8);
		SyntaxNode root = bridge.parse(text);
		if (root.hasError())
			return false;
		root = TreeSitterBridge.shift(root, c.start - column, row);
		List<Problem> problems = new ArrayList<>();
		c.declarations = List.copyOf(new Converter(path(), original, problems, bridge::parse).translationUnit(root));
		c.problems = List.copyOf(problems);
		return true;
	}

	/** @return the file parsed whole, as a file that does not split is, its macro bodies parsed when first read */
	private LazyUnit parseWhole(TreeSitterBridge bridge) {
		MacroBodies wholeBodies = new MacroBodies();
		List<Problem> problems = new ArrayList<>();
		SyntaxNode root = bridge.parse(new String(parsed, StandardCharsets.UTF_8));
		List<ExternalDeclaration> declarations = new Converter(path(), original, problems, wholeBodies)
				.translationUnit(root);
		return whole(new TranslationUnit(path(), declarations, problems), wholeBodies);
	}
}
