package org.faultline.c.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.faultline.c.ast.ConditionalBranch;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Statement;
import org.faultline.c.parse.internal.ConstantFolder;

/**
 * The preprocessor symbols that choose {@code #if}/{@code #ifdef} branches, like a kernel {@code .config}.
 * Symbols not defined are 0 in {@code #if} expressions, as in cpp; {@code IS_ENABLED(X)} reads as
 * {@code defined(X)}.
 */
public final class Configuration {

	private static final Configuration NONE = new Configuration(Map.of());

	private final Map<String, Long> symbols;

	private Configuration(Map<String, Long> symbols) {
		this.symbols = Map.copyOf(symbols);
	}

	/** @return the configuration with no symbol defined. */
	public static Configuration none() {
		return NONE;
	}

	/** @return a configuration defining each symbol as 1. */
	public static Configuration defining(String... names) {
		Map<String, Long> m = new HashMap<>();
		for (String n : names)
			m.put(n, 1L);
		return new Configuration(m);
	}

	/** @return this configuration plus {@code name} defined with {@code value}. */
	public Configuration with(String name, long value) {
		Map<String, Long> m = new HashMap<>(symbols);
		m.put(name, value);
		return new Configuration(m);
	}

	public boolean isDefined(String name) {
		return symbols.containsKey(name);
	}

	/**
	 * @return the index of the branch this configuration takes, or -1 when none is taken; a condition that
	 *         cannot be evaluated counts as false.
	 */
	public int choose(List<? extends ConditionalBranch<?>> branches) {
		for (int i = 0; i < branches.size(); i++) {
			ConditionalBranch<?> b = branches.get(i);
			boolean taken = switch (b.directive()) {
				case IFDEF, ELIFDEF -> isDefined(b.symbol());
				case IFNDEF, ELIFNDEF -> !isDefined(b.symbol());
				case IF, ELIF -> evaluate(b.condition());
				case ELSE -> true;
			};
			if (taken)
				return i;
		}
		return -1;
	}

	private boolean evaluate(Expression condition) {
		Long v = ConstantFolder.fold(resolveDefined(condition), name -> symbols.getOrDefault(name, 0L));
		return v != null && v != 0;
	}

	/** Replaces {@code defined(X)} and {@code IS_ENABLED(X)} by 0 or 1 before folding. */
	private Expression resolveDefined(Expression e) {
		return switch (e) {
			case Expression.Call c when isDefinedTest(c) -> {
				Expression arg = c.arguments().get(0);
				boolean defined = arg instanceof Expression.Identifier id && isDefined(id.name());
				yield new Expression.BoolLiteral(defined, c.range());
			}
			case Expression.Unary u -> new Expression.Unary(u.operator(), resolveDefined(u.operand()), u.range());
			case Expression.Binary b ->
				new Expression.Binary(b.operator(), resolveDefined(b.left()), resolveDefined(b.right()), b.range());
			case Expression.Parenthesized p -> new Expression.Parenthesized(resolveDefined(p.inner()), p.range());
			case Expression.Conditional c -> new Expression.Conditional(resolveDefined(c.condition()),
					c.whenTrue() == null ? null : resolveDefined(c.whenTrue()), resolveDefined(c.whenFalse()),
					c.range());
			default -> e;
		};
	}

	private static boolean isDefinedTest(Expression.Call c) {
		String name = c.calleeName();
		return c.arguments().size() == 1
				&& ("defined".equals(name) || "IS_ENABLED".equals(name) || "IS_BUILTIN".equals(name));
	}

	/** @return the file-scope declarations this configuration keeps, with chosen branches spliced in. */
	public List<ExternalDeclaration> active(List<ExternalDeclaration> declarations) {
		List<ExternalDeclaration> out = new ArrayList<>();
		for (ExternalDeclaration d : declarations) {
			if (d instanceof ExternalDeclaration.Conditional c) {
				int chosen = choose(c.branches());
				if (chosen >= 0)
					out.addAll(active(c.branches().get(chosen).items()));
			} else {
				out.add(d);
			}
		}
		return out;
	}

	/** @return the statements of a block this configuration keeps, with chosen branches spliced in. */
	public List<Statement> activeStatements(List<Statement> statements) {
		List<Statement> out = new ArrayList<>();
		for (Statement s : statements) {
			if (s instanceof Statement.Conditional c) {
				int chosen = choose(c.branches());
				if (chosen >= 0)
					out.addAll(activeStatements(c.branches().get(chosen).items()));
			} else {
				out.add(s);
			}
		}
		return out;
	}

	@Override
	public String toString() {
		return "Configuration" + symbols;
	}
}
