package org.faultline.review.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.review.Version;

/** The functions of one file of a version with their lines: the structure of a source compare. */
public final class SourceOutline {

	/** A function's lines, 1-based and inclusive. */
	public record Function(String name, int firstLine, int lastLine) {
	}

	private SourceOutline() {
	}

	/** The functions the fault path's parse found in {@code path} of {@code version}, in file order. */
	public static List<Function> of(Version version, String path) throws IOException {
		List<Function> out = new ArrayList<>();
		for (FunctionDefinition f : version.program().functions())
			if (f.range() != null && path.equals(f.range().file()))
				out.add(new Function(f.name(), f.range().line(), f.range().endLine()));
		out.sort(Comparator.comparingInt(Function::firstLine));
		return List.copyOf(out);
	}
}
