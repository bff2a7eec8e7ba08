package org.faultline.c.parse.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.faultline.c.ast.Deferred;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.SourceRange;

/**
 * The {@code #define} bodies of one header, each parsed as code when its value is first read (ADR 0043): the
 * fault path's headers define some 10,000 macros, and a diff reads the values of the few hundred its
 * {@code #if} lines and expansions reach. A body parses alone as it did in the file's batch, so what is read
 * is what an eager parse gives; the problems a body's conversion meets are the file's, reported once it is
 * parsed. Thread-safe.
 */
final class MacroBodies {

	/**
	 * One parser for the bodies of every file, whichever thread reads them: a body costs tens of microseconds, a
	 * parser of its own a native allocation, the grammar and its caches of node types.
	 */
	private static TreeSitterBridge parser;

	private final List<Deferred<?>> bodies = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();

	private static synchronized SyntaxNode parse(String text) {
		if (parser == null)
			parser = new TreeSitterBridge();
		return parser.parse(text);
	}

	/**
	 * @param converter what converts the body, given a converter of the file that reports to a list of its own
	 *            and parses alone
	 * @param at where the body stands, for a problem if its conversion fails
	 */
	synchronized <T> Deferred<T> defer(Function<Converter, T> converter, Converter file, SourceRange at) {
		Deferred<T> body = Deferred.later(() -> {
			List<Problem> found = new ArrayList<>();
			T value;
			try {
				value = converter.apply(file.reporting(found, MacroBodies::parse));
			} catch (RuntimeException e) {
				// never a crash, whoever reads the value: the body is then no code
				found.add(new Problem(at, "cannot read macro body (" + e + ")"));
				value = null;
			}
			synchronized (this) {
				problems.addAll(found);
			}
			return value;
		});
		bodies.add(body);
		return body;
	}

	/** @return the problems of every body, in file order, parsing those not parsed yet */
	List<Problem> problems() {
		List<Deferred<?>> all;
		synchronized (this) {
			all = List.copyOf(bodies);
		}
		all.forEach(Deferred::get);
		synchronized (this) {
			return problems.stream().sorted(Comparator.comparingInt(p -> p.range().startByte())).toList();
		}
	}
}
