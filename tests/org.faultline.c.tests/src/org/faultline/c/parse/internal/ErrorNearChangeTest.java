package org.faultline.c.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A reparse through the edited old tree is made again fresh only when an error lies next to a change (ADR 0045):
 * a file holding an error tree-sitter cannot avoid, as real kernel files do, keeps its incremental parse elsewhere.
 */
class ErrorNearChangeTest {

	/** A function passing a type to a macro (an error in tree-sitter's C grammar), then three clean ones. */
	private static final String BEFORE = """
			static void put(void *p)
			{
				struct box *b = member_of(p, struct box, link);
			}

			/* the first */
			static int first(int a)
			{
				return a + 1;
			}

			static int second(int a)
			{
				return a * 2;
			}

			static int third(int a)
			{
				return a - 3;
			}
			""";

	@Test
	void anErrorFarFromTheChangeKeepsTheIncrementalParse() {
		assertFreshReparses(0, BEFORE.replace("a - 3", "a - 4"));
	}

	@Test
	void anErrorInTheNearestItemBeforeTheChangeMakesItFresh() {
		assertFreshReparses(1, BEFORE.replace("a + 1", "a + 4"));
	}

	@Test
	void anErrorInTheChangedItemMakesItFresh() {
		assertFreshReparses(1, BEFORE.replace("a * 2;", "a * ;"));
	}

	/** Parses {@link #BEFORE}, then {@code after} through the same bridge, and compares that with a fresh parse. */
	private static void assertFreshReparses(int expected, String after) {
		try (TreeSitterBridge bridge = new TreeSitterBridge(); TreeSitterBridge fresh = new TreeSitterBridge()) {
			assertTrue(bridge.parseFile("f.c", BEFORE, BEFORE).hasError());
			SyntaxNode reparsed = bridge.parseFile("f.c", after, after);
			assertEquals(expected, bridge.freshReparses());
			assertEquals(fresh.parseFile("f.c", after, after), reparsed);
		}
	}
}
