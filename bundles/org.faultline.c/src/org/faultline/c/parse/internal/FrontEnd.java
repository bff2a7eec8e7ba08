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

	public TranslationUnit parse(String path, String source) {
		String parsed = KernelAnnotations.blank(source);
		SyntaxNode root = bridge.parseFile(path, parsed, source);
		List<Problem> problems = new ArrayList<>();
		Converter converter = new Converter(path, source.getBytes(StandardCharsets.UTF_8), problems, bridge::parse);
		List<ExternalDeclaration> declarations = converter.translationUnit(root);
		return new TranslationUnit(path, declarations, problems);
	}

	@Override
	public void close() {
		bridge.close();
	}
}
