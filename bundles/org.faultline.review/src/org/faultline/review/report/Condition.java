package org.faultline.review.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A condition of the semantic diff read back into its parts: "always", "never", or terms joined by
 * {@code ||}, each a conjunction of literals joined by {@code &&} (the form {@code Guard.render} prints). The
 * parts are what a reviewer's view factors and abbreviates; text that does not read back to exactly itself is
 * kept whole, as one literal, so that nothing shown is a guess.
 *
 * @param terms the disjunction; {@link #ALWAYS} is one empty term, {@link #NEVER} none
 */
public record Condition(List<List<String>> terms) {

	public static final Condition ALWAYS = new Condition(List.of(List.of()));

	public static final Condition NEVER = new Condition(List.of());

	private static final String OR = " || ";

	private static final String AND = " && ";

	public Condition {
		terms = terms.stream().map(List::copyOf).toList();
	}

	public static Condition parse(String text) {
		if (text.equals("always"))
			return ALWAYS;
		if (text.equals("never"))
			return NEVER;
		List<String> disjuncts = CText.splitTopLevel(text, OR);
		List<List<String>> terms = new ArrayList<>();
		for (String disjunct : disjuncts) {
			String inner = disjuncts.size() > 1 && CText.enclosed(disjunct) ? disjunct.substring(1, disjunct.length() - 1)
					: disjunct;
			List<String> literals = CText.splitTopLevel(inner, AND);
			terms.add(literals.size() > 1 ? literals : List.of(disjunct));
		}
		Condition parsed = new Condition(terms);
		boolean readsBack = parsed.text().equals(text)
				&& parsed.terms.stream().flatMap(List::stream).noneMatch(CText::hasTopLevelConditional);
		return readsBack ? parsed : new Condition(List.of(List.of(text)));
	}

	/** The condition as the semantic diff prints it. */
	public String text() {
		if (terms.isEmpty())
			return "never";
		if (terms.size() == 1)
			return terms.get(0).isEmpty() ? "always" : String.join(AND, terms.get(0));
		return terms.stream().map(t -> t.size() > 1 ? "(" + String.join(AND, t) + ")" : t.get(0))
				.collect(Collectors.joining(OR));
	}

	public boolean isAlways() {
		return terms.size() == 1 && terms.get(0).isEmpty();
	}

	public boolean isNever() {
		return terms.isEmpty();
	}

	/** The literals every term has, in the order of the first term. */
	public List<String> common() {
		if (terms.isEmpty())
			return List.of();
		Set<String> common = new LinkedHashSet<>(terms.get(0));
		terms.forEach(common::retainAll);
		return List.copyOf(common);
	}

	/** Every literal, each once, in order of first appearance. */
	public Set<String> literals() {
		Set<String> all = new LinkedHashSet<>();
		terms.forEach(all::addAll);
		return all;
	}
}
