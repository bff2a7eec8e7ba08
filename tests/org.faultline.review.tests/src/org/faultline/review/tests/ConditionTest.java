package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.faultline.review.report.Abbreviations;
import org.faultline.review.report.Balance;
import org.faultline.review.report.Condition;
import org.faultline.review.report.ConditionComparison;
import org.junit.jupiter.api.Test;

/** Conditions read back from the semantic diff's text, factored and abbreviated without changing what they say. */
class ConditionTest {

	@Test
	void aDisjunctionReadsBackIntoItsTermsAndLiterals() {
		Condition c = Condition.parse("(a && !f(x, y && z)) || b || (a && c)");
		assertEquals(List.of(List.of("a", "!f(x, y && z)"), List.of("b"), List.of("a", "c")), c.terms());
		assertEquals("(a && !f(x, y && z)) || b || (a && c)", c.text());
		assertEquals(List.of(), c.common());
		assertEquals(List.of("a", "b"), Condition.parse("a && b").common());
	}

	@Test
	void oneConditionReadsAsPrintedForTheReportsAndSimplifiedForTheTables() {
		Condition c = Condition.parse("(a && b && c) || (a && b && !c)");
		assertEquals(List.of(List.of("a", "b", "c"), List.of("a", "b", "!c")), c.terms(), "as printed");
		assertEquals("a && b", c.toString(), "simplified: c decides nothing");
		assertEquals(Set.of("a", "b"), c.atoms());
		Condition rest = c.without(c.commonLiterals());
		assertTrue(rest.isAlways(), "nothing is left once the shared guards are shown elsewhere: " + rest.terms());
		assertEquals(Condition.parse("a && b"), Condition.parse("a && b"));
	}

	@Test
	void alwaysNeverAndWhatDoesNotReadBackStandWhole() {
		assertTrue(Condition.parse("always").isAlways());
		assertTrue(Condition.parse("never").isNever());
		String conditional = "x ? a && b : c";
		assertEquals(List.of(List.of(conditional)), Condition.parse(conditional).terms(),
				"a literal split inside ?: would say something else");
	}

	@Test
	void aComparisonSharesWhatBothRequireAndKeepsAlikeCasesOnce() {
		ConditionComparison c = ConditionComparison.of("(p && q && r) || (p && q && s)", "(p && q && r && t) || (p && q && s && t)");
		assertEquals(List.of("p", "q"), c.shared());
		assertEquals(List.of(List.of("r"), List.of("s")), c.sharedCases());
		assertTrue(c.beforeSide().isEmpty());
		assertEquals(List.of("t"), c.afterSide().only());
		assertFalse(c.same());
		assertEquals(List.of(), ConditionComparison.of(null, "a").shared());
		assertTrue(ConditionComparison.of("a || (b && c)", "(c && b) || a").same(), "the same terms in another order");
	}

	@Test
	void balancesReadBackPerNet() {
		Balance b = Balance.parse("-1 when (a && b) || c; 0 when !c && (!a || !b); +1 on some paths");
		assertEquals(List.of("-1", "0", "+1"), List.copyOf(b.nets().keySet()));
		assertEquals(List.of(List.of("a", "b"), List.of("c")), b.nets().get("-1").terms());
		assertTrue(Balance.parse("untouched").nets().isEmpty());
		assertTrue(Balance.parse("0 on every path").nets().get("0").isAlways());
		Map<String, ConditionComparison> rows = Balance.compare(Balance.parse("0 on every path"),
				Balance.parse("-1 when x; 0 when !x"));
		assertEquals(List.of("-1", "0"), List.copyOf(rows.keySet()));
		assertEquals(null, rows.get("-1").before());
		// the nets of a side split its ways out: the one of many alternatives is what the others leave
		Map<String, ConditionComparison> many = Balance.compare(Balance.parse("0 on every path"),
				Balance.parse("0 when a || b || c; +1 when !a && !b && !c"));
		assertEquals("(on every other path)", many.get("0").after().text());
		assertEquals("!a && !b && !c", many.get("+1").after().text());
		assertTrue(many.get("0").before().isAlways());
		// but not where the other side has a condition of its own for that net
		Map<String, ConditionComparison> against = Balance.compare(Balance.parse("0 when x; +1 when !x"),
				Balance.parse("0 when a || b || c; +1 when !a && !b && !c"));
		assertEquals("a || b || c", against.get("0").after().text());
	}

	@Test
	void onlyLongCallsWithOneSpellingAreAbbreviated() {
		String longCall = "arch_vma_access_permitted(vma, flags & FAULT_FLAG_WRITE, flags & FAULT_FLAG_INSTRUCTION)";
		String twinA = "pte_offset_map_lock(mm, pmd, address, &ptl_with_a_long_name_1)";
		String twinB = "pte_offset_map_lock(mm, pmd, address, &ptl_with_a_long_name_2)";
		Abbreviations names = Abbreviations.of(List.of(longCall, "!" + longCall, twinA, twinB, "pte_none(*pte)"));
		assertEquals("!arch_vma_access_permitted(…)", names.shorten("!" + longCall));
		assertEquals(twinA, names.shorten(twinA), "two spellings of one call would read alike");
		assertEquals("pte_none(*pte)", names.shorten("pte_none(*pte)"));
		assertEquals(Map.of("arch_vma_access_permitted(…)", longCall), names.legend());
	}
}
