package org.faultline.c.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A path condition in disjunctive normal form over opaque atoms (C expressions printed canonically), kept
 * simplified: contradictory terms dropped, absorbed terms removed, and terms that differ only in one atom's
 * polarity merged. {@link #TRUE} has one empty term, {@link #FALSE} none.
 */
public final class Guard {

	/** An atom or its negation. */
	public record Literal(String atom, boolean positive) implements Comparable<Literal> {

		/** An atom that needs no parentheses after {@code !}: a name, member access, or call. */
		private static final Pattern SIMPLE = Pattern.compile("[\\w>.\\-]+(\\(.*\\))?");

		public Literal negate() {
			return new Literal(atom, !positive);
		}

		@Override
		public int compareTo(Literal o) {
			int c = atom.compareTo(o.atom);
			return c != 0 ? c : Boolean.compare(o.positive, positive);
		}

		@Override
		public String toString() {
			return positive ? atom : "!" + (SIMPLE.matcher(atom).matches() ? atom : "(" + atom + ")");
		}
	}

	/** Past this many terms a guard is not worth expanding further; callers fall back to an opaque atom. */
	static final int MAX_TERMS = 48;

	public static final Guard TRUE = new Guard(Set.of(Set.of()));
	public static final Guard FALSE = new Guard(Set.of());

	private final Set<Set<Literal>> terms;

	private Guard(Set<Set<Literal>> terms) {
		this.terms = terms;
	}

	public static Guard of(Literal literal) {
		return new Guard(Set.of(Set.of(literal)));
	}

	public boolean isTrue() {
		return terms.size() == 1 && terms.iterator().next().isEmpty();
	}

	public boolean isFalse() {
		return terms.isEmpty();
	}

	int size() {
		return terms.size();
	}

	public Guard and(Guard other) {
		if (isFalse() || other.isTrue())
			return this;
		if (other.isFalse() || isTrue())
			return other;
		Set<Set<Literal>> out = new HashSet<>();
		for (Set<Literal> a : terms)
			for (Set<Literal> b : other.terms) {
				Set<Literal> t = new HashSet<>(a);
				t.addAll(b);
				if (!contradictory(t))
					out.add(Set.copyOf(t));
			}
		return simplify(out);
	}

	public Guard or(Guard other) {
		if (isFalse() || other.isTrue())
			return other;
		if (other.isFalse() || isTrue())
			return this;
		Set<Set<Literal>> out = new HashSet<>(terms);
		out.addAll(other.terms);
		return simplify(out);
	}

	/** @return the negation, or null when it would exceed {@link #MAX_TERMS}. */
	public Guard negate() {
		Guard out = TRUE;
		for (Set<Literal> term : terms) {
			Guard clause = FALSE;
			for (Literal l : term)
				clause = clause.or(of(l.negate()));
			out = out.and(clause);
			if (out.size() > MAX_TERMS)
				return null;
		}
		return out;
	}

	private static boolean contradictory(Set<Literal> term) {
		for (Literal l : term)
			if (l.positive() && term.contains(l.negate()))
				return true;
		return false;
	}

	/**
	 * Absorption (a term containing another is dropped) and self-subsuming resolution: when a = t + {x} and
	 * b contains !x and all of t, then (a || b) equals (a || b without !x). Together they also merge terms
	 * that differ in one polarity, and reduce X || (!X && Y) to X || Y.
	 */
	private static Guard simplify(Set<Set<Literal>> input) {
		if (input.size() < 2)
			return new Guard(Set.copyOf(input));
		List<Set<Literal>> terms = new ArrayList<>(input);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 0; i < terms.size(); i++)
				for (int j = 0; j < terms.size(); j++) {
					Set<Literal> a = terms.get(i);
					Set<Literal> b = terms.get(j);
					// both rules need a no larger than b
					if (i == j || a == null || b == null || a.size() > b.size())
						continue;
					Literal missing = onlyMissing(a, b);
					if (missing == ALL_PRESENT) {
						terms.set(j, null);
						changed = true;
					} else if (missing != null && b.contains(missing.negate())) {
						Set<Literal> reduced = new HashSet<>(b);
						reduced.remove(missing.negate());
						terms.set(j, Set.copyOf(reduced));
						changed = true;
					}
				}
			terms = new ArrayList<>(new HashSet<>(terms.stream().filter(t -> t != null).toList()));
		}
		return new Guard(Set.copyOf(terms));
	}

	/** What {@link #onlyMissing} answers when b contains all of a. */
	private static final Literal ALL_PRESENT = new Literal("", true);

	/**
	 * One pass for both rules: a is absorbed by b when none of it is missing from b, and resolves against b
	 * when exactly one literal x is missing and b holds !x.
	 *
	 * @return {@link #ALL_PRESENT}, the one literal of a that b lacks, or null when b lacks several
	 */
	private static Literal onlyMissing(Set<Literal> a, Set<Literal> b) {
		Literal missing = ALL_PRESENT;
		for (Literal l : a)
			if (!b.contains(l)) {
				if (missing != ALL_PRESENT)
					return null;
				missing = l;
			}
		return missing;
	}

	@Override
	public String toString() {
		return render(atom -> 0);
	}

	/**
	 * @param rank orders the atoms of a term, e.g. by where they first appear in the source; ties are broken
	 *            alphabetically
	 * @return C-like text: terms joined by {@code ||}, literals by {@code &&}
	 */
	public String render(ToIntFunction<String> rank) {
		if (isTrue())
			return "always";
		if (isFalse())
			return "never";
		Comparator<Literal> order = Comparator.<Literal>comparingInt(l -> rank.applyAsInt(l.atom()))
				.thenComparing(Comparator.naturalOrder());
		List<String> rendered = terms.stream()
				.map(t -> t.stream().sorted(order).map(Literal::toString).collect(Collectors.joining(" && ")))
				.sorted(Comparator.naturalOrder()).toList();
		return rendered.size() == 1 ? rendered.get(0)
				: rendered.stream().map(r -> r.contains("&&") ? "(" + r + ")" : r).collect(Collectors.joining(" || "));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Guard g && g.terms.equals(terms);
	}

	@Override
	public int hashCode() {
		return terms.hashCode();
	}
}
