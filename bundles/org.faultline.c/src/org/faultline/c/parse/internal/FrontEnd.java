package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.TranslationUnit;

/**
 * Source text to {@link TranslationUnit}: annotation blanking, tree-sitter, conversion. Not thread-safe; it
 * remembers the trees and top-level declarations of recent files so that parsing another version of one is
 * cheaper.
 */
public final class FrontEnd implements AutoCloseable {

	private final TreeSitterBridge bridge = new TreeSitterBridge();

	/** Parses a file whole, its macro bodies too; a function's body is copied and converted when first read. */
	public TranslationUnit parse(String path, String text) {
		return parse(path, text, null);
	}

	/** @param bodies where the macro bodies go to be parsed when first read; null to parse them now */
	private TranslationUnit parse(String path, String text, MacroBodies bodies) {
		String source = wellFormed(text);
		String parsed = blanks(KernelAnnotations.blank(source));
		TreeSitterBridge.ParsedFile file = bridge.parseFileLeavingBodies(path, parsed, source);
		SyntaxNode root = file.root();
		byte[] original = source.getBytes(StandardCharsets.UTF_8);
		List<Problem> problems = new ArrayList<>();
		Converter converter;
		if (bodies != null)
			converter = new Converter(path, original, problems, bodies);
		else {
			// the macro bodies in one batch: a header holds hundreds, each costing a parse of its own
			Converter scout = new Converter(path, original, problems, bridge::parse);
			converter = new Converter(path, original, problems, bridge.batch(scout.reparsedTexts(root)));
		}
		converter = converter.leavingBodies(file.leftBodies());
		List<ExternalDeclaration> declarations = converter.translationUnit(root);
		return new TranslationUnit(path, declarations, converter.problems());
	}

	/**
	 * Parses a file's directives now and its other declarations when first asked for ({@link LazyUnit}); a
	 * file that does not split into top-level declarations cleanly is parsed whole. Either way a macro body
	 * is parsed when its value is first read.
	 */
	public LazyUnit parseLazily(String path, String text) {
		String source = wellFormed(text);
		byte[] parsed = blanks(KernelAnnotations.blank(source)).getBytes(StandardCharsets.UTF_8);
		MacroBodies bodies = new MacroBodies();
		LazyUnit lazy = LazyUnit.split(path, source.getBytes(StandardCharsets.UTF_8), parsed, bridge, bodies);
		return lazy != null ? lazy : LazyUnit.whole(parse(path, text, bodies), bodies);
	}

	/**
	 * The text as tree-sitter is to read it: NUL, form feed and vertical tab as blanks (one byte for one, so every
	 * offset stays). gcc reads form feed and vertical tab as white space (kernel files have a {@code ^L} line between
	 * sections), but tree-sitter's C grammar does not: each was a syntax error. gcc ignores a NUL, and tree-sitter's
	 * lexer takes it for the end of the text: an incremental parse then differed from a fresh one (found by
	 * CFuzzTest, seed 20260305 execution 41600). Macro bodies, parsed apart from their file, go through it too.
	 */
	static String blanks(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0' || c == '\f' || c == '\u000b') {
				if (chars == null)
					chars = text.toCharArray();
				chars[i] = ' ';
			}
		}
		return chars == null ? text : new String(chars);
	}

	/**
	 * The text with each lone surrogate (a string not read from UTF-8, which cannot hold one) replaced by U+FFFD,
	 * as Java's UTF-8 decoder does with bytes it cannot read: tree-sitter refuses text that is not valid UTF-8.
	 */
	private static String wellFormed(String text) {
		StringBuilder s = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean kept;
			if (Character.isHighSurrogate(c))
				kept = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
			else
				kept = !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
			if (!kept && s == null)
				s = new StringBuilder(text.length()).append(text, 0, i);
			if (s != null)
				s.append(kept ? c : '\ufffd');
		}
		return s == null ? text : s.toString();
	}

	@Override
	public void close() {
		bridge.close();
	}
}
