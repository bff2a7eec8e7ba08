package org.faultline.c.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed file: its file-scope declarations in source order (every {@code #if} branch kept) and the
 * problems met while converting it. An empty problem list means every construct was modelled. The problems are
 * gathered when first asked for, as they include those of function bodies made when first read.
 */
public record TranslationUnit(String path, List<ExternalDeclaration> declarations, Deferred<List<Problem>> found) {

	public TranslationUnit {
		declarations = List.copyOf(declarations);
	}

	public TranslationUnit(String path, List<ExternalDeclaration> declarations, List<Problem> problems) {
		this(path, declarations, Deferred.of(List.copyOf(problems)));
	}

	/** @return the problems of the whole file, in source order; converts every body not read yet */
	public List<Problem> problems() {
		return found.get();
	}

	/** @return the function definitions of every {@code #if} branch, in source order. */
	public List<ExternalDeclaration.FunctionDefinition> allFunctions() {
		List<ExternalDeclaration.FunctionDefinition> out = new ArrayList<>();
		collectFunctions(declarations, out);
		return out;
	}

	private static void collectFunctions(List<ExternalDeclaration> items,
			List<ExternalDeclaration.FunctionDefinition> out) {
		for (ExternalDeclaration d : items) {
			if (d instanceof ExternalDeclaration.FunctionDefinition f)
				out.add(f);
			else if (d instanceof ExternalDeclaration.Conditional c)
				c.branches().forEach(b -> collectFunctions(b.items(), out));
		}
	}
}
