package org.faultline.review.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names for long literals, so that a condition reads as its shape: a call whose text is longer than
 * {@value #LONG} characters is shown as {@code name(…)} when no other call of that name appears with other
 * arguments, and the legend gives each in full. Anything else is shown as it is.
 */
public final class Abbreviations {

	/** About half a terminal column of a side-by-side table: longer calls crowd out the rest of a condition. */
	static final int LONG = 40;

	private static final Pattern CALL = Pattern.compile("(!?)(\\w+)\\((.*)\\)");

	private final Map<String, String> shortForms = new LinkedHashMap<>();

	private Abbreviations() {
	}

	/** Abbreviations for every literal given (typically all of one report's conditions). */
	public static Abbreviations of(Collection<String> literals) {
		Map<String, String> atomByName = new HashMap<>();
		Map<String, Boolean> ambiguous = new HashMap<>();
		for (String literal : literals) {
			Matcher call = longCall(literal);
			if (call == null)
				continue;
			String atom = literal.substring(call.group(1).length());
			String earlier = atomByName.putIfAbsent(call.group(2), atom);
			if (earlier != null && !earlier.equals(atom))
				ambiguous.put(call.group(2), true);
		}
		Abbreviations names = new Abbreviations();
		atomByName.forEach((name, atom) -> {
			if (!ambiguous.containsKey(name))
				names.shortForms.put(atom, name + "(…)");
		});
		return names;
	}

	private static Matcher longCall(String literal) {
		Matcher call = CALL.matcher(literal);
		return literal.length() > LONG && call.matches() && CText.enclosed(literal.substring(literal.indexOf('(')))
				? call : null;
	}

	/** A literal as shown: its call abbreviated if it has a short form (a negation keeps its {@code !}). */
	public String shorten(String literal) {
		boolean negated = literal.startsWith("!");
		String atom = negated ? literal.substring(1) : literal;
		String shortForm = shortForms.get(atom);
		return shortForm == null ? literal : (negated ? "!" : "") + shortForm;
	}

	/** Each short form with the call it stands for, for the legend. */
	public Map<String, String> legend() {
		Map<String, String> legend = new TreeMap<>();
		shortForms.forEach((atom, shortForm) -> legend.put(shortForm, atom));
		return legend;
	}
}
