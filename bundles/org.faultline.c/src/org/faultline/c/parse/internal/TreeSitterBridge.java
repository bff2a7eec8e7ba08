package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.faultline.c.ast.Deferred;
import org.faultline.c.parse.internal.IncrementalEdits.Changed;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterC;

/**
 * The only class that parses with tree-sitter (with {@link SyntaxCopier} and {@link KeptTree}, the only ones that
 * read its trees). It never passes null into the native library (a null reader or language crashes the JVM), and
 * copies each tree into {@link SyntaxNode}s before freeing it, but for the function bodies a file's copy may leave
 * in a tree kept for them ({@link #parseFileLeavingBodies}).
 */
final class TreeSitterBridge implements AutoCloseable {

	private final TSParser parser = new TSParser();

	TreeSitterBridge() {
		if (!parser.setLanguage(new TreeSitterC()))
			throw new IllegalStateException("tree-sitter rejected the C grammar (ABI version mismatch)");
	}

	private final SyntaxCopier copier = new SyntaxCopier();

	/** How many files' declarations are remembered; the least recently parsed is forgotten first. */
	private static final int REMEMBERED_FILES = 64;

	/**
	 * For each recently parsed file: its syntax tree (kept open), the text it was parsed from, and its
	 * top-level declarations by symbol and source text. Parsing another version of a file (the semantic
	 * diff's case) hands tree-sitter the old tree, edited where the text changed, so that it reparses only
	 * there (unless most of the text changed: {@link IncrementalEdits#apply}); and copies only the
	 * declarations that changed through the binding, reusing the copies of the others that hold no error (ADR 0053),
	 * moved to their new place.
	 */
	private final Map<String, Remembered> remembered = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
			if (size() <= REMEMBERED_FILES)
				return false;
			eldest.getValue().tree().close();
			return true;
		}
	};

	/** How many reparses through an edited tree were made again fresh: what a test checks the rule by. */
	private int freshReparses;

	/**
	 * @param leavesBodies whether function bodies were left in the tree
	 * @param leftBodies the nodes standing for them, with the bodies they stand for
	 */
	private record Remembered(TSTree tree, String parsedText, Map<String, SyntaxNode> declarations,
			List<SyntaxNode> order, boolean leavesBodies, Map<SyntaxNode, Deferred<SyntaxNode>> leftBodies) {
	}

	/**
	 * A file's copy and the function bodies it left in the tree ({@link SyntaxCopier#copyLeavingBodies}): each node
	 * standing for one, with the body it stands for, copied when first read.
	 */
	record ParsedFile(SyntaxNode root, Map<SyntaxNode, Deferred<SyntaxNode>> leftBodies) {
	}

	/**
	 * Parses a whole file.
	 *
	 * @param path the file's name, under which its tree and declarations are remembered
	 * @param source the text tree-sitter parses (annotations blanked)
	 * @param original the file as written, of the same length in bytes, which decides what may be reused
	 */
	SyntaxNode parseFile(String path, String source, String original) {
		return parseFile(path, source, original, false).root();
	}

	/**
	 * Parses a whole file as {@link #parseFile(String, String, String)} does, but leaves function bodies in the tree
	 * (kept open for them) to be copied when first read: a review reads few of a file's functions.
	 */
	ParsedFile parseFileLeavingBodies(String path, String source, String original) {
		return parseFile(path, source, original, true);
	}

	private ParsedFile parseFile(String path, String source, String original, boolean leaveBodies) {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(original, "original");
		byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
		String parsedText = new String(bytes, StandardCharsets.ISO_8859_1);
		Remembered previous = remembered.remove(path);
		TSTree tree;
		if (previous == null)
			tree = parse(null, source);
		else {
			try (TSTree old = previous.tree()) {
				Optional<List<Changed>> changed = IncrementalEdits.apply(old, previous.parsedText(), previous.order(),
						parsedText);
				tree = parse(changed.isPresent() ? old : null, source);
				// an error next to a change may be recovered otherwise than in a fresh parse; so may an error
				// declaration reused from the old tree there, as it keeps its error
				if (changed.isPresent() && IncrementalEdits.errorNearChange(tree, changed.get())) {
					tree.close();
					tree = parse(null, source);
					freshReparses++;
				}
			}
		}
		try {
			long cursor = NativeTree.cursor(tree);
			try {
				Map<String, SyntaxNode> declarations = new HashMap<>();
				List<SyntaxNode> order = new ArrayList<>();
				boolean reuse = previous != null && previous.leavesBodies() == leaveBodies;
				Map<String, SyntaxNode> reusable = reuse ? previous.declarations() : Map.of();
				Map<SyntaxNode, Deferred<SyntaxNode>> before = reuse ? previous.leftBodies() : Map.of();
				LineTable lines = new LineTable(bytes);
				KeptTree kept = leaveBodies ? new KeptTree(tree, lines) : null;
				Map<SyntaxNode, Deferred<SyntaxNode>> left = new IdentityHashMap<>();
				// a body of a declaration reused is the previous version's, moved: copied once for both versions
				BiConsumer<SyntaxNode, SyntaxNode> leftBody = (was, span) -> left.put(span,
						was != null && before.containsKey(was) ? moved(before.get(was), span.startByte() - was.startByte(),
								span.startRow() - was.startRow()) : kept.body(span));
				SyntaxNode root = copyFile(cursor, lines, reusable, original.getBytes(StandardCharsets.UTF_8),
						declarations, order, kept == null ? null : leftBody);
				if (kept != null)
					kept.freeIfUnused();
				remembered.put(path, new Remembered(tree, parsedText, declarations, order, leaveBodies, left));
				return new ParsedFile(root, left);
			} finally {
				NativeTree.deleteCursor(cursor);
			}
		} catch (RuntimeException | Error e) {
			tree.close();
			throw e;
		}
	}

	int freshReparses() {
		return freshReparses;
	}

	/** Parses a piece of text, e.g. a macro body, without touching what {@link #parseFile} may reuse. */
	SyntaxNode parse(String text) {
		Objects.requireNonNull(text, "text");
		LineTable lines = new LineTable(text.getBytes(StandardCharsets.UTF_8));
		try (TSTree tree = parse(null, text)) {
			long cursor = NativeTree.cursor(tree);
			try {
				return copier.copy(cursor, lines, 0);
			} finally {
				NativeTree.deleteCursor(cursor);
			}
		}
	}

	/**
	 * Parses many small texts (macro bodies placed in code) in one call: for a text of a few dozen bytes
	 * tree-sitter's fixed cost per parse is most of the work. The texts stand one after the other, each on lines
	 * of its own, so the parser is at file scope where each begins; a text whose top-level nodes all lie inside
	 * it and hold no error has the tree a parse of it alone gives, moved to its start. The others are parsed
	 * alone when asked for.
	 *
	 * @return parses as {@link #parse(String)} does, from the batch where it can
	 */
	Function<String, SyntaxNode> batch(List<String> texts) {
		List<String> distinct = texts.stream().distinct().toList();
		Map<String, SyntaxNode> done = new HashMap<>();
		if (!distinct.isEmpty()) {
			StringBuilder all = new StringBuilder();
			int[] starts = new int[distinct.size() + 1];
			for (int i = 0; i < distinct.size(); i++) {
				all.append(distinct.get(i)).append('\n');
				starts[i + 1] = starts[i] + distinct.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
			}
			String text = all.toString();
			LineTable lines = new LineTable(text.getBytes(StandardCharsets.UTF_8));
			List<SyntaxNode> nodes = parse(text).children();
			int next = 0, covered = 0;
			// whether the parser stands at file scope where the text begins: at the start, or after a text whose
			// nodes hold no error (tree-sitter's recovery from one may leave it elsewhere, and a clean text after
			// it then reads otherwise than alone: found by CFuzzTest, seed 20261372)
			boolean atFileScope = true;
			for (int i = 0; i < distinct.size(); i++) {
				int from = starts[i];
				boolean clean = covered <= from;
				List<SyntaxNode> own = new ArrayList<>();
				while (next < nodes.size() && nodes.get(next).startByte() < starts[i + 1]) {
					SyntaxNode n = nodes.get(next++);
					covered = Math.max(covered, n.endByte());
					clean &= n.endByte() < starts[i + 1] && !n.hasError();
					own.add(shift(n, -from, -lines.row(from)));
				}
				boolean alone = clean && atFileScope;
				atFileScope = clean;
				if (alone && !own.isEmpty()) {
					SyntaxNode first = own.get(0), last = own.get(own.size() - 1);
					done.put(distinct.get(i), new SyntaxNode("translation_unit", null, true, false, first.startByte(),
							last.endByte(), first.startRow(), first.startColumn(), last.endRow(), last.endColumn(),
							List.copyOf(own)));
				}
			}
		}
		return t -> {
			SyntaxNode n = done.get(t);
			return n != null ? n : parse(t);
		};
	}

	/** @param old null, or the previous tree of the same file, already edited to match {@code text} */
	private TSTree parse(TSTree old, String text) {
		TSTree tree = parser.parseString(old, text);
		if (tree == null)
			throw new IllegalStateException("tree-sitter returned no tree");
		return tree;
	}

	/**
	 * @param leftBodies null to copy everything, or what takes each function body left in the tree: the node
	 *            standing for it in the previous version when its declaration is reused (else null), and in this one
	 */
	private SyntaxNode copyFile(long cursor, LineTable lines, Map<String, SyntaxNode> previous, byte[] original,
			Map<String, SyntaxNode> next, List<SyntaxNode> children, BiConsumer<SyntaxNode, SyntaxNode> leftBodies) {
		TSNode root = NativeTree.node(cursor);
		if (NativeTree.firstChild(cursor)) {
			do {
				TSNode node = NativeTree.node(cursor);
				int start = NativeTree.startByte(node);
				int end = NativeTree.endByte(node);
				String key = NativeTree.symbol(node) + ":"
						+ new String(original, start, end - start, StandardCharsets.ISO_8859_1);
				// a declaration holding an error is neither reused nor kept for reuse: where tree-sitter's recovery
				// puts its error depends on the text around it, so the same text may read otherwise elsewhere
				// (CFuzzTest, seed 20261352); one without an error is reduced alike wherever it stands at file scope
				boolean clean = !NativeTree.hasError(node);
				SyntaxNode old = clean ? previous.get(key) : null;
				int row = lines.row(start);
				SyntaxNode copied;
				if (old != null && old.startColumn() == start - lines.start(row)) {
					copied = shift(old, start - old.startByte(), row - old.startRow());
					if (leftBodies != null)
						leftBodies(old, copied, leftBodies);
				} else
					copied = leftBodies == null ? copier.copy(cursor, lines, 1)
							: copier.copyLeavingBodies(cursor, lines, 1, span -> leftBodies.accept(null, span));
				if (clean)
					next.put(key, copied);
				children.add(copied);
			} while (NativeTree.nextSibling(cursor));
			NativeTree.parent(cursor);
		}
		// spans its children, as every node copy() makes
		int start = children.isEmpty() ? NativeTree.startByte(root) : children.get(0).startByte();
		int end = children.isEmpty() ? NativeTree.endByte(root) : children.get(children.size() - 1).endByte();
		int startRow = lines.row(start);
		int endRow = lines.row(end);
		return new SyntaxNode(NativeTree.type(root), null, true, false, start, end, startRow,
				start - lines.start(startRow), endRow, end - lines.start(endRow), List.copyOf(children));
	}

	/**
	 * Hands on the function bodies a reused declaration left in the previous version's tree: the node standing for
	 * each there, and in {@code moved}, the declaration moved to this version. A body copied has children (its
	 * braces at least).
	 */
	private static void leftBodies(SyntaxNode old, SyntaxNode moved, BiConsumer<SyntaxNode, SyntaxNode> leftBodies) {
		if (!old.is("function_definition")) {
			for (int i = 0; i < old.children().size(); i++)
				leftBodies(old.children().get(i), moved.children().get(i), leftBodies);
			return;
		}
		SyntaxNode body = old.child("body");
		if (body != null && body.children().isEmpty())
			leftBodies.accept(body, moved.child("body"));
	}

	/** @return the body {@code body} holds, moved by {@code bytes} and {@code rows} when first read */
	private static Deferred<SyntaxNode> moved(Deferred<SyntaxNode> body, int bytes, int rows) {
		return Deferred.later(() -> shift(body.get(), bytes, rows));
	}

	/** The same subtree moved by {@code bytes} and {@code rows}; columns stay, as the node starts its line alike. */
	static SyntaxNode shift(SyntaxNode n, int bytes, int rows) {
		if (bytes == 0 && rows == 0)
			return n;
		// a loop, not a stream: this runs for every node of every declaration below a change
		SyntaxNode[] children = new SyntaxNode[n.children().size()];
		for (int i = 0; i < children.length; i++)
			children[i] = shift(n.children().get(i), bytes, rows);
		return new SyntaxNode(n.type(), n.field(), n.named(), n.missing(), n.startByte() + bytes, n.endByte() + bytes,
				n.startRow() + rows, n.startColumn(), n.endRow() + rows, n.endColumn(), List.of(children));
	}

	@Override
	public void close() {
		remembered.values().forEach(r -> r.tree().close());
		remembered.clear();
		parser.close();
	}
}
