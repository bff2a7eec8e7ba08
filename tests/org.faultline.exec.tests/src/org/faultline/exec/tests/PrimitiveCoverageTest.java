package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Variable;
import org.faultline.c.parse.CParser;
import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.PrimitiveCatalog;
import org.junit.jupiter.api.Test;

/** Every function the model's headers declare without a body is a primitive of the engine. */
class PrimitiveCoverageTest {

	@Test
	void everyPrototypeOfTheModelHeadersIsAPrimitiveOrInterpreted() {
		List<String> missing = new ArrayList<>();
		check(ModelledSources.beforeFiles(), ModelledSources.before(), missing);
		check(ModelledSources.afterFiles(), ModelledSources.after(), missing);
		assertEquals(List.of(), missing);
	}

	private static void check(Map<String, String> files, ExecutableVersion version, List<String> missing) {
		try (CParser parser = new CParser()) {
			files.forEach((path, text) -> {
				if (!path.endsWith(".h"))
					return;
				for (ExternalDeclaration d : parser.parse(path, text).declarations())
					if (d instanceof ExternalDeclaration.Declaration decl)
						for (Variable v : decl.variables())
							if (v.isPrototype() && !version.defines(v.name()) && !PrimitiveCatalog.names().contains(v.name()))
								missing.add(path + ": " + v.name());
			});
		}
	}
}
