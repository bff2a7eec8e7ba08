package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.faultline.c.parse.internal.IncrementalEdits.Changed;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterC;

/**
 * The only class that talks to tree-sitter. It never passes null into the native library (a null reader
 * or language crashes the JVM), and copies each tree into {@link SyntaxNode}s before freeing it.
 */
final class TreeSitterBridge implements AutoCloseable {

	private final TSParser parser = new TSParser();

	TreeSitterBridge() {
		if (!parser.setLanguage(new TreeSitterC()))
			throw new IllegalStateException("tree-sitter rejected the C grammar (ABI version mismatch)");
	}

	/**
	 * Each call into the binding costs microseconds (it marshals a node object), so a copy asks each node only
	 * for its symbol (and a leaf for its byte range), and the cursor for its field id; names, named-ness and
	 * line/column positions come from caches and a table of line starts.
	 */
	private final Map<Integer, String> types = new HashMap<>();
	private final Map<Integer, Boolean> named = new HashMap<>();
	private final Map<Integer, String> fields = new HashMap<>();

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

	private record Remembered(TSTree tree, String parsedText, Map<String, SyntaxNode> declarations,
			List<SyntaxNode> order) {
	}

	/**
	 * Parses a whole file.
	 *
	 * @param path the file's name, under which its tree and declarations are remembered
	 * @param source the text tree-sitter parses (annotations blanked)
	 * @param original the file as written, of the same length in bytes, which decides what may be reused
	 */
	SyntaxNode parseFile(String path, String source, String original) {
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
				Map<String, SyntaxNode> reusable = previous == null ? Map.of() : previous.declarations();
				SyntaxNode root = copyFile(cursor, new LineTable(bytes), reusable,
						original.getBytes(StandardCharsets.UTF_8), declarations, order);
				remembered.put(path, new Remembered(tree, parsedText, declarations, order));
				return root;
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
				return copy(cursor, lines, 0);
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
				if (clean && !own.isEmpty()) {
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

	private SyntaxNode copyFile(long cursor, LineTable lines, Map<String, SyntaxNode> previous, byte[] original,
			Map<String, SyntaxNode> next, List<SyntaxNode> children) {
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
				SyntaxNode copied = old != null && old.startColumn() == start - lines.start(row)
						? shift(old, start - old.startByte(), row - old.startRow())
						: copy(cursor, lines, 1);
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

	private SyntaxNode copy(long cursor, LineTable lines, int depth) {
		TSNode node = NativeTree.node(cursor);
		int fieldId = NativeTree.fieldId(cursor);
		String field = fieldId == 0 ? null : fields.computeIfAbsent(fieldId, id -> NativeTree.fieldName(cursor));
		if (depth > SyntaxNode.DEEPEST) {
			int start = NativeTree.startByte(node);
			int end = NativeTree.endByte(node);
			int startRow = lines.row(start);
			int endRow = lines.row(end);
			return new SyntaxNode(SyntaxNode.TOO_DEEP, field, true, false, start, end, startRow,
					start - lines.start(startRow), endRow, end - lines.start(endRow), List.of());
		}
		int symbol = NativeTree.symbol(node);
		String type = types.get(symbol);
		if (type == null) {
			type = NativeTree.type(node);
			types.put(symbol, type);
			named.put(symbol, NativeTree.named(node));
		}
		boolean isNamed = named.get(symbol);
		List<SyntaxNode> children = List.of();
		if (NativeTree.firstChild(cursor)) {
			children = new ArrayList<>();
			do {
				children.add(copy(cursor, lines, depth + 1));
			} while (NativeTree.nextSibling(cursor));
			NativeTree.parent(cursor);
		}
		// a node spans exactly its children, so only leaves need to be asked for their range; a keyword or
		// punctuation token whose text is there in the source ends where that text ends
		int start = children.isEmpty() ? NativeTree.startByte(node) : children.get(0).startByte();
		int end = !children.isEmpty() ? children.get(children.size() - 1).endByte()
				: !isNamed && lines.textAt(start, type) ? start + type.length() : NativeTree.endByte(node);
		int startRow = lines.row(start);
		int endRow = lines.row(end);
		// a token tree-sitter inserted to recover from an error has no width
		boolean missing = !isNamed && start == end && children.isEmpty();
		return new SyntaxNode(type, field, isNamed, missing, start, end, startRow, start - lines.start(startRow),
				endRow, end - lines.start(endRow), children);
	}

	@Override
	public void close() {
		remembered.values().forEach(r -> r.tree().close());
		remembered.clear();
		parser.close();
	}
}
