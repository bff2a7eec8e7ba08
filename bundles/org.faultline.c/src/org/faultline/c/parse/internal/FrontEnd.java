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

	public TranslationUnit parse(String path, String text) {
		String source = wellFormed(text);
		// a NUL is read as a blank, as gcc ignores it: tree-sitter's lexer takes it for the end of the text, and an
		// incremental parse then differed from a fresh one (found by CFuzzTest, seed 20260305 execution 41600)
		String parsed = KernelAnnotations.blank(source).replace('\0', ' ');
		SyntaxNode root = bridge.parseFile(path, parsed, source);
		byte[] original = source.getBytes(StandardCharsets.UTF_8);
		List<Problem> problems = new ArrayList<>();
		// the macro bodies in one batch: a header parsed whole holds hundreds, each costing a parse of its own
		Converter converter = new Converter(path, original, problems, bridge::parse);
		List<ExternalDeclaration> declarations = new Converter(path, original, problems,
				bridge.batch(converter.reparsedTexts(root))).translationUnit(root);
		return new TranslationUnit(path, declarations, problems);
	}

	/**
	 * Parses a file's directives now and its other declarations when first asked for ({@link LazyUnit}); a
	 * file that does not split into top-level declarations cleanly is parsed whole.
	 */
	public LazyUnit parseLazily(String path, String text) {
		String source = wellFormed(text);
		byte[] parsed = KernelAnnotations.blank(source).getBytes(StandardCharsets.UTF_8);
		LazyUnit lazy = LazyUnit.split(path, source.getBytes(StandardCharsets.UTF_8), parsed, bridge);
		return lazy != null ? lazy : LazyUnit.whole(parse(path, text));
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
