package org.faultline.review.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A condition of the semantic diff (C-like text: atoms joined by {@code &&}, {@code ||} and {@code !}), for the
 * command line's reports and the IDE's tables alike, read two ways:
 * <ul>
 * <li>as printed: "always", "never", or disjuncts joined by {@code ||}, each a conjunction of literals joined by
 * {@code &&} ({@link #terms()}). What does not read back to exactly itself is kept whole, as one literal, so that
 * nothing shown is a guess; the reports factor and abbreviate these parts ({@link ConditionComparison});</li>
 * <li>simplified: a sum of products of literals with every negation pushed down to an atom, contradictions and
 * implied products dropped, complementary products merged ({@link #simplified()}), so that it can be compared atom
 * by atom and written factored ({@link #toString()}): the semantic diff prints each path to a callee as its own
 * disjunct, which repeats the guards every path shares; a reviewer reads {@code a && b && (c || d)} rather than
 * {@code (a && b && c) || (a && b && d)}.</li>
 * </ul>
 */
public final class Condition {

	private static final String ALWAYS_TEXT = "always";

	private static final String NEVER_TEXT = "never";

	/** True on every path: one empty term. */
	public static final Condition ALWAYS = new Condition(ALWAYS_TEXT, List.of(List.of()));

	/** True on no path: no term. */
	public static final Condition NEVER = new Condition(NEVER_TEXT, List.of());

	private static final String OR = " || ";

	private static final String AND = " && ";

	/**
	 * Sums of products grow exponentially when a negated disjunction is distributed; past this many terms the
	 * condition is kept as printed (it is then no clearer factored anyway).
	 */
	private static final int MAX_TERMS = 64;

	/** {@code (P_A | P_B | P_C)}: flags of one family or-ed together, written once with their common prefix. */
	private static final Pattern FLAG_SET = Pattern.compile("\\(([A-Z][A-Z0-9_]*(?:\\s*\\|\\s*[A-Z][A-Z0-9_]*)+)\\)");

	/** A literal: an atom as printed, possibly negated. */
	public record Literal(String atom, boolean negated) {

		Literal not() {
			return new Literal(atom, !negated);
		}

		@Override
		public String toString() {
			return negated ? "!" + (needsParentheses(atom) ? "(" + atom + ")" : atom) : atom;
		}
	}

	/** The text as read. */
	private final String printed;

	/** The disjuncts as printed, each its conjuncts. */
	private final List<List<String>> terms;

	/** The sum of products, simplified; made when first asked for. */
	private List<Set<Literal>> simplified;

	private Condition(String printed, List<List<String>> terms) {
		this.printed = printed;
		this.terms = terms.stream().map(List::copyOf).toList();
	}

	/** A condition that is a simplified sum of products already (what is left of one without some literals). */
	private Condition(List<Set<Literal>> simplified) {
		this(null, simplified.stream().map(t -> t.stream().map(Literal::toString).toList()).toList());
		this.simplified = simplified;
	}

	/** Reads a condition as the semantic diff prints it. */
	public static Condition parse(String text) {
		if (text.equals(ALWAYS_TEXT))
			return ALWAYS;
		if (text.equals(NEVER_TEXT))
			return NEVER;
		List<String> disjuncts = CText.splitTopLevel(text, OR);
		List<List<String>> terms = new ArrayList<>();
		for (String disjunct : disjuncts) {
			String inner = disjuncts.size() > 1 && CText.enclosed(disjunct) ? disjunct.substring(1, disjunct.length() - 1)
					: disjunct;
			List<String> literals = CText.splitTopLevel(inner, AND);
			terms.add(literals.size() > 1 ? literals : List.of(disjunct));
		}
		Condition parsed = new Condition(text, terms);
		boolean readsBack = parsed.text().equals(text)
				&& parsed.terms.stream().flatMap(List::stream).noneMatch(CText::hasTopLevelConditional);
		return readsBack ? parsed : new Condition(text, List.of(List.of(text)));
	}

	/** The condition as the semantic diff prints it. */
	public String text() {
		if (terms.isEmpty())
			return NEVER_TEXT;
		if (terms.size() == 1)
			return terms.get(0).isEmpty() ? ALWAYS_TEXT : String.join(AND, terms.get(0));
		return terms.stream().map(t -> t.size() > 1 ? "(" + String.join(AND, t) + ")" : t.get(0))
				.collect(Collectors.joining(OR));
	}

	/** The disjuncts as printed, each its conjuncts; {@link #ALWAYS} is one empty term, {@link #NEVER} none. */
	public List<List<String>> terms() {
		return terms;
	}

	public boolean isAlways() {
		return terms.size() == 1 && terms.get(0).isEmpty();
	}

	public boolean isNever() {
		return terms.isEmpty();
	}

	/** The literals every printed term has, in the order of the first term. */
	public List<String> common() {
		if (terms.isEmpty())
			return List.of();
		Set<String> common = new LinkedHashSet<>(terms.get(0));
		terms.forEach(common::retainAll);
		return List.copyOf(common);
	}

	/** Every printed literal, each once, in order of first appearance. */
	public Set<String> literals() {
		Set<String> all = new LinkedHashSet<>();
		terms.forEach(all::addAll);
		return all;
	}

	/**
	 * The products, simplified: no contradiction, none implied by another, complementary pairs merged. Text that
	 * cannot be expanded within bounds is kept as one atom.
	 */
	public List<Set<Literal>> simplified() {
		if (simplified == null) {
			String trimmed = printed.strip();
			List<Set<Literal>> dnf = trimmed.isEmpty() || trimmed.equals(ALWAYS_TEXT) ? List.of(Set.of())
					: trimmed.equals(NEVER_TEXT) ? List.of() : new Parser(trimmed).or();
			simplified = minimise(dnf != null ? dnf : List.of(Set.of(new Literal(trimmed, false))));
		}
		return simplified;
	}

	/** The atoms it tests, whether negated or not. */
	public Set<String> atoms() {
		Set<String> atoms = new LinkedHashSet<>();
		for (Set<Literal> term : simplified())
			for (Literal l : term)
				atoms.add(l.atom());
		return atoms;
	}

	/** The literals every simplified product has: what holds whenever the condition does. */
	public Set<Literal> commonLiterals() {
		if (simplified().isEmpty())
			return Set.of();
		Set<Literal> common = new LinkedHashSet<>(simplified().get(0));
		for (Set<Literal> term : simplified())
			common.retainAll(term);
		return common;
	}

	/** This condition without the literals given (which the caller shows elsewhere, e.g. as shared by both sides). */
	public Condition without(Set<Literal> shown) {
		List<Set<Literal>> rest = new ArrayList<>();
		for (Set<Literal> term : simplified()) {
			Set<Literal> t = new LinkedHashSet<>(term);
			t.removeAll(shown);
			rest.add(t);
		}
		return new Condition(minimise(rest));
	}

	/**
	 * The condition simplified and factored: the literal most paths share is taken out first, recursively, so shared
	 * guards are written once. Flag sets are written with their prefix once ({@code VM_FAULT_{ERROR|NOPAGE|RETRY}}).
	 */
	@Override
	public String toString() {
		List<Set<Literal>> terms = simplified();
		if (terms.isEmpty())
			return NEVER_TEXT;
		return terms.size() == 1 && terms.get(0).isEmpty() ? ALWAYS_TEXT : factor(terms, false);
	}

	/** Equal when printed alike, term by term. */
	@Override
	public boolean equals(Object o) {
		return o instanceof Condition c && c.terms.equals(terms);
	}

	@Override
	public int hashCode() {
		return terms.hashCode();
	}

	/**
	 * Writes {@code a && x || a && y || b && x || b && y} as {@code (a || b) && (x || y)}: literals that each take
	 * the same two or more rests are or-ed once before them. Null when no two literals share their rests.
	 */
	private static String productOfSums(List<Set<Literal>> terms, boolean nested) {
		Map<Set<Set<Literal>>, List<Literal>> byRests = new LinkedHashMap<>();
		Set<Literal> literals = new LinkedHashSet<>();
		terms.forEach(literals::addAll);
		for (Literal l : literals) {
			Set<Set<Literal>> rests = new LinkedHashSet<>();
			for (Set<Literal> term : terms)
				if (term.contains(l)) {
					Set<Literal> rest = new LinkedHashSet<>(term);
					rest.remove(l);
					rests.add(rest);
				}
			if (rests.size() > 1 && rests.stream().noneMatch(Set::isEmpty))
				byRests.computeIfAbsent(rests, r -> new ArrayList<>()).add(l);
		}
		Map.Entry<Set<Set<Literal>>, List<Literal>> best = byRests.entrySet().stream()
				.filter(e -> e.getValue().size() > 1)
				.max(Comparator.comparingInt(e -> e.getKey().size() * e.getValue().size())).orElse(null);
		if (best == null)
			return null;
		List<Set<Literal>> covered = new ArrayList<>();
		for (Literal l : best.getValue())
			for (Set<Literal> rest : best.getKey()) {
				Set<Literal> term = new LinkedHashSet<>(rest);
				term.add(l);
				covered.add(term);
			}
		List<Set<Literal>> others = terms.stream().filter(t -> !covered.contains(t)).toList();
		if (others.size() + covered.size() != terms.size())
			return null; // a literal of the group also stands with rests of its own: not a clean product
		List<String> group = best.getValue().stream().map(Condition::abbreviate).toList();
		String shared = "(" + String.join(" || ", group) + ") && " + factor(new ArrayList<>(best.getKey()), true);
		if (others.isEmpty())
			return nested ? "(" + shared + ")" : shared;
		String or = "(" + shared + ") || " + factor(others, true);
		return nested ? "(" + or + ")" : or;
	}

	/** A conjunction of literals, as {@link #toString()} writes it; "always" when empty. */
	public static String conjunction(Set<Literal> literals) {
		return literals.isEmpty() ? ALWAYS_TEXT : factor(List.of(literals), false);
	}

	private static String factor(List<Set<Literal>> terms, boolean nested) {
		if (terms.size() == 1) {
			List<String> parts = terms.get(0).stream().map(Condition::abbreviate).toList();
			return nested && parts.size() > 1 ? "(" + String.join(" && ", parts) + ")" : String.join(" && ", parts);
		}
		Map<Literal, Integer> counts = new LinkedHashMap<>();
		for (Set<Literal> term : terms)
			for (Literal l : term)
				counts.merge(l, 1, Integer::sum);
		// guards every path has come out first; then or-ed literals that share their rests
		if (!counts.containsValue(terms.size())) {
			String product = productOfSums(terms, nested);
			if (product != null)
				return product;
		}
		Literal best = counts.entrySet().stream().filter(e -> e.getValue() > 1)
				.max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey).orElse(null);
		List<String> alternatives = new ArrayList<>();
		if (best == null) {
			for (Set<Literal> term : terms)
				alternatives.add(factor(List.of(term), true));
		} else {
			List<Set<Literal>> with = new ArrayList<>();
			List<Set<Literal>> without = new ArrayList<>();
			for (Set<Literal> term : terms) {
				if (term.contains(best)) {
					Set<Literal> rest = new LinkedHashSet<>(term);
					rest.remove(best);
					with.add(rest);
				} else
					without.add(term);
			}
			String shared = abbreviate(best) + " && " + factor(with, true);
			alternatives.add(without.isEmpty() ? shared : "(" + shared + ")");
			if (!without.isEmpty())
				alternatives.add(factor(without, true));
		}
		String or = String.join(" || ", alternatives);
		return nested && alternatives.size() > 1 ? "(" + or + ")" : or;
	}

	/**
	 * A literal as shown: flag sets with their common prefix written once, and long argument lists elided (the call
	 * is what decides; the printed condition keeps the arguments).
	 */
	public static String abbreviate(Literal literal) {
		return abbreviateArguments(abbreviateFlags(literal.toString()));
	}

	/** Argument lists longer than this are shown as {@code (…)}: {@code pte_alloc(mm, pmd, address)} stays. */
	private static final int LONGEST_ARGUMENTS = 20;

	static String abbreviateArguments(String text) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			out.append(c);
			if (c == '(' && i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
				int close = closing(text, i);
				if (close > 0 && close - i - 1 > LONGEST_ARGUMENTS) {
					out.append('\u2026');
					i = close;
					continue;
				}
			}
			i++;
		}
		return out.toString();
	}

	/** The index of the parenthesis that closes the one at {@code open}, or -1. */
	private static int closing(String text, int open) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			if (text.charAt(i) == '(')
				depth++;
			else if (text.charAt(i) == ')' && --depth == 0)
				return i;
		}
		return -1;
	}

	static String abbreviateFlags(String text) {
		Matcher m = FLAG_SET.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String[] flags = m.group(1).split("\\s*\\|\\s*");
			String prefix = commonPrefix(flags);
			String replacement = m.group();
			if (!prefix.isEmpty()) {
				List<String> rest = new ArrayList<>();
				for (String flag : flags)
					rest.add(flag.substring(prefix.length()));
				replacement = prefix + "{" + String.join("|", rest) + "}";
			}
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** The prefix up to and including the last underscore all flags share (VM_FAULT_ of VM_FAULT_ERROR, ...). */
	private static String commonPrefix(String[] flags) {
		String first = flags[0];
		int end = first.length();
		for (String flag : flags) {
			int i = 0;
			while (i < end && i < flag.length() && flag.charAt(i) == first.charAt(i))
				i++;
			end = i;
		}
		int underscore = first.lastIndexOf('_', end - 1);
		return underscore < 0 ? "" : first.substring(0, underscore + 1);
	}

	/**
	 * Simplifies a sum of products to an irredundant sum of prime implicants: contradictions dropped, consensus
	 * terms added until every prime is there (so {@code c || d || !c && !d} becomes true), then absorbed and
	 * redundant terms dropped. Conditions whose expansion outgrows {@link #MAX_TERMS} keep what was reached.
	 */
	private static List<Set<Literal>> minimise(List<Set<Literal>> dnf) {
		List<Set<Literal>> terms = new ArrayList<>();
		for (Set<Literal> term : dnf)
			if (term.stream().noneMatch(l -> term.contains(l.not())))
				add(terms, new LinkedHashSet<>(term));
		boolean grown = true;
		while (grown && terms.size() <= MAX_TERMS) {
			grown = false;
			for (int i = 0; i < terms.size() && !grown; i++)
				for (int j = i + 1; j < terms.size() && !grown; j++) {
					Set<Literal> consensus = consensus(terms.get(i), terms.get(j));
					if (consensus != null && terms.stream().noneMatch(consensus::containsAll))
						grown = add(terms, consensus);
				}
		}
		for (int i = terms.size() - 1; i >= 0; i--) {
			Set<Literal> term = terms.remove(i);
			if (!covered(term, terms))
				terms.add(i, term);
		}
		return terms;
	}

	/** Adds a term unless one already there implies no more than it; drops those it absorbs. */
	private static boolean add(List<Set<Literal>> terms, Set<Literal> term) {
		if (terms.stream().anyMatch(term::containsAll))
			return false;
		terms.removeIf(t -> t.containsAll(term));
		terms.add(term);
		return true;
	}

	/** The consensus of two products that clash in exactly one atom, else null. */
	private static Set<Literal> consensus(Set<Literal> a, Set<Literal> b) {
		Literal pivot = null;
		for (Literal l : a)
			if (b.contains(l.not())) {
				if (pivot != null)
					return null;
				pivot = l;
			}
		if (pivot == null)
			return null;
		Set<Literal> c = new LinkedHashSet<>(a);
		c.addAll(b);
		c.remove(pivot);
		c.remove(pivot.not());
		return c;
	}

	/** Whether every assignment that satisfies {@code term} satisfies one of {@code others}. */
	private static boolean covered(Set<Literal> term, List<Set<Literal>> others) {
		List<String> free = new ArrayList<>();
		for (Set<Literal> o : others)
			for (Literal l : o)
				if (!free.contains(l.atom()) && !term.contains(l) && !term.contains(l.not()))
					free.add(l.atom());
		if (free.size() > 16)
			return false; // too many to enumerate: keep the term, the condition stays correct
		for (long bits = 0; bits < 1L << free.size(); bits++) {
			boolean any = false;
			for (Set<Literal> o : others)
				if (satisfied(o, term, free, bits)) {
					any = true;
					break;
				}
			if (!any)
				return false;
		}
		return true;
	}

	private static boolean satisfied(Set<Literal> product, Set<Literal> fixed, List<String> free, long bits) {
		for (Literal l : product) {
			if (fixed.contains(l))
				continue;
			if (fixed.contains(l.not()))
				return false;
			boolean value = (bits >> free.indexOf(l.atom()) & 1) != 0;
			if (value == l.negated())
				return false;
		}
		return true;
	}

	static boolean needsParentheses(String atom) {
		int depth = 0;
		for (int i = 0; i < atom.length(); i++) {
			char c = atom.charAt(i);
			if (c == '(' || c == '[')
				depth++;
			else if (c == ')' || c == ']')
				depth--;
			else if (c == '-' && i + 1 < atom.length() && atom.charAt(i + 1) == '>')
				i++; // a member access, not a comparison
			else if (depth == 0 && " &|<>=+-/%?".indexOf(c) >= 0)
				return true;
		}
		return false;
	}

	/** Reads the printed form into a sum of products; null when the expansion would exceed {@link #MAX_TERMS}. */
	private static final class Parser {

		private final String text;

		Parser(String text) {
			this.text = text;
		}

		List<Set<Literal>> or() {
			return or(text);
		}

		private List<Set<Literal>> or(String s) {
			List<Set<Literal>> sum = new ArrayList<>();
			for (String part : CText.splitTopLevel(s, "||")) {
				List<Set<Literal>> product = and(part);
				if (product == null)
					return null;
				sum.addAll(product);
				if (sum.size() > MAX_TERMS)
					return null;
			}
			return sum;
		}

		private List<Set<Literal>> and(String s) {
			List<Set<Literal>> product = List.of(Set.of());
			for (String part : CText.splitTopLevel(s, "&&")) {
				List<Set<Literal>> factor = unary(part.strip(), false);
				if (factor == null)
					return null;
				List<Set<Literal>> next = new ArrayList<>();
				for (Set<Literal> left : product)
					for (Set<Literal> right : factor) {
						Set<Literal> t = new LinkedHashSet<>(left);
						t.addAll(right);
						next.add(t);
					}
				if (next.size() > MAX_TERMS)
					return null;
				product = next;
			}
			return product;
		}

		private List<Set<Literal>> unary(String s, boolean negated) {
			if (s.startsWith("!") && !s.startsWith("!="))
				return unary(s.substring(1).strip(), !negated);
			if (CText.enclosed(s)) {
				String inner = s.substring(1, s.length() - 1).strip();
				if (CText.splitTopLevel(inner, "||").size() > 1 || CText.splitTopLevel(inner, "&&").size() > 1)
					return negated ? negate(or(inner)) : or(inner);
				return unary(inner, negated);
			}
			return List.of(Set.of(new Literal(s, negated)));
		}

		/** !(t1 || t2 ...) as a sum of products, by De Morgan and distribution. */
		private List<Set<Literal>> negate(List<Set<Literal>> sum) {
			if (sum == null)
				return null;
			List<Set<Literal>> product = List.of(Set.of());
			for (Set<Literal> term : sum) {
				List<Set<Literal>> next = new ArrayList<>();
				for (Set<Literal> left : product)
					for (Literal l : term) {
						Set<Literal> t = new LinkedHashSet<>(left);
						t.add(l.not());
						next.add(t);
					}
				if (next.size() > MAX_TERMS)
					return null;
				product = next;
			}
			return product;
		}
	}
}
