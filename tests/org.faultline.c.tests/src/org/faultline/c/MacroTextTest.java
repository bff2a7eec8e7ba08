package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.ExternalDeclaration.FunctionMacro;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.MacroText;
import org.junit.jupiter.api.Test;

/** The text cpp makes of a macro that stringifies, pastes or takes variable arguments. */
class MacroTextTest {

	private static FunctionMacro macro(String define) {
		try (CParser parser = new CParser()) {
			return parser.parse("m.h", define + "\n").declarations().stream()
					.filter(ExternalDeclaration.FunctionMacro.class::isInstance)
					.map(ExternalDeclaration.FunctionMacro.class::cast).findFirst().orElseThrow();
		}
	}

	@Test
	void stringifiesTheArgumentAsWrittenWithQuotesAndBackslashesEscaped() {
		FunctionMacro m = macro("#define CHECK(cond) report(cond, #cond)");
		assertTrue(MacroText.needed(m));
		assertEquals("report(cond, \"a == \\\"x\\\\n\\\"\")", MacroText.expand(m, List.of("a == \"x\\n\"")));
	}

	@Test
	void pastesTheSpellingOfArgumentsAndKeepsOtherUsesAsParameterNames() {
		FunctionMacro m = macro("#define TESTPAGEFLAG(uname, lname) (test_bit(PG_##lname, &(page)->flags) + uname##_count(uname))");
		assertEquals("(test_bit(PG_locked, &(page)->flags) + Locked_count(uname))",
				MacroText.expand(m, List.of("Locked", "locked")));
	}

	@Test
	void spreadsVariableArgumentsAsNamesToBind() {
		FunctionMacro m = macro("#define pr_err(fmt, ...) printk(KERN_ERR fmt, __VA_ARGS__)");
		assertEquals("printk(KERN_ERR fmt, " + MacroText.variadicName(0) + ", " + MacroText.variadicName(1) + ")",
				MacroText.expand(m, List.of("\"%d %d\"", "a", "b")));
		assertThrows(IllegalArgumentException.class, () -> MacroText.expand(m, List.of()));
	}

	@Test
	void aCommaPastedOntoEmptyVariableArgumentsIsDropped() {
		FunctionMacro m = macro("#define warn(cond, fmt, ...) do_warn(cond, fmt, ## __VA_ARGS__)");
		assertEquals("do_warn(cond, fmt)", MacroText.expand(m, List.of("x", "\"f\"")));
		assertEquals("do_warn(cond, fmt," + MacroText.variadicName(0) + ")", MacroText.expand(m, List.of("x", "\"f\"", "y")));
	}

	/** The kernel's own {@code WARN(condition, format...)} and {@code pr_debug(fmt, args...)} spelling. */
	@Test
	void gnuNamedVariableArgumentsAreVariableArguments() {
		String define = "#define pr_debug(fmt, args...) printk(fmt, ##args)";
		try (CParser parser = new CParser()) {
			assertEquals(List.of(), parser.parse("m.h", define + "\n").problems());
		}
		FunctionMacro m = macro(define);
		assertEquals(List.of("fmt"), m.parameters());
		assertEquals("args", m.variableArguments());
		assertEquals("printk(fmt)", MacroText.expand(m, List.of("\"f\"")));
		assertEquals("printk(fmt," + MacroText.variadicName(0) + ", " + MacroText.variadicName(1) + ")",
				MacroText.expand(m, List.of("\"f\"", "a", "b")));
	}

	@Test
	void aPlainMacroNeedsNoText() {
		assertFalse(MacroText.needed(macro("#define twice(x) ((x) * 2)")));
	}
}
