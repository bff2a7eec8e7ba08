package org.faultline.c.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.faultline.c.ast.ConditionalBranch;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Statement;
import org.faultline.c.parse.internal.ConstantFolder;

/**
 * The preprocessor symbols that choose {@code #if}/{@code #ifdef} branches, like a kernel {@code .config}
 * (as {@code include/generated/autoconf.h} defines it). Symbols not defined are 0 in {@code #if} expressions,
 * as in cpp; {@code IS_ENABLED(X)} reads as {@code defined(X) || defined(X_MODULE)}, in {@code #if} and in C
 * code alike ({@link #test}).
 * <p>
 * A {@link SourceSet} loads a program under a configuration the way cpp reads it: in include order, with the
 * object-like macros the active branches define so far taking part in later conditions
 * ({@code #ifdef __HAVE_ARCH_PTE_SPECIAL}, {@code #if USE_SPLIT_PTE_PTLOCKS}). The {@link Program} it returns
 * carries that macro-aware configuration ({@link Program#configuration()}), with every file-scope choice
 * recorded as it was made; conditions inside function bodies are evaluated with the macros of the whole
 * program.
 */
public final class Configuration {

	private static final Configuration NONE = new Configuration(Map.of(), Macros.NONE);

	private static final Pattern SETTING = Pattern.compile("^(\\w+)=(.*)$");

	private final Map<String, Long> symbols;
	private final Macros macros;

	private Configuration(Map<String, Long> symbols, Macros macros) {
		this.symbols = Map.copyOf(symbols);
		this.macros = macros;
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
		return new Configuration(m, Macros.NONE);
	}

	/**
	 * @return Faultline's documented default: an x86_64 SMP build with every feature the fault path branches
	 *         on (THP, NUMA balancing, memcg, swap, DAX, userfaultfd, split page-table locks), debugging off;
	 *         the list and its reasons are in the bundle's {@code config/x86_64.config}
	 */
	public static Configuration x86_64() {
		try (InputStream in = Configuration.class.getResourceAsStream("/config/x86_64.config")) {
			if (in == null)
				throw new IllegalStateException("config/x86_64.config is missing from the bundle");
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads a kernel {@code .config}: {@code CONFIG_X=y} defines X as 1, {@code =m} defines X_MODULE, a number
	 * defines its value; string values, {@code "is not set"} lines and comments define nothing. Other
	 * {@code NAME=value} lines define what the build command line and the compiler predefine.
	 */
	public static Configuration parse(String dotConfig) {
		Map<String, Long> m = new HashMap<>();
		for (String line : dotConfig.split("\n")) {
			Matcher s = SETTING.matcher(line.strip());
			if (!s.matches())
				continue;
			String value = s.group(2);
			if (value.equals("y"))
				m.put(s.group(1), 1L);
			else if (value.equals("m"))
				m.put(s.group(1) + "_MODULE", 1L);
			else if (value.matches("-?\\d+"))
				m.put(s.group(1), Long.parseLong(value));
			else if (value.matches("0x\\p{XDigit}+"))
				m.put(s.group(1), Long.parseUnsignedLong(value.substring(2), 16));
		}
		return new Configuration(m, Macros.NONE);
	}

	/** @return this configuration plus {@code name} defined with {@code value}. */
	public Configuration with(String name, long value) {
		Map<String, Long> m = new HashMap<>(symbols);
		m.put(name, value);
		return new Configuration(m, macros);
	}

	/** @return this configuration with {@code name} undefined. */
	public Configuration without(String name) {
		Map<String, Long> m = new HashMap<>(symbols);
		m.remove(name);
		return new Configuration(m, macros);
	}

	/** @return the configuration symbols and their values (macros of the sources not included). */
	public Map<String, Long> symbols() {
		return symbols;
	}

	/** @return whether {@code name} is a configuration symbol or a macro the sources define. */
	public boolean isDefined(String name) {
		return symbols.containsKey(name) || macros.defines(name);
	}

	/** @return this configuration evaluating conditions with the macros and file-scope choices of a load. */
	Configuration withMacros(Macros m) {
		return new Configuration(symbols, m);
	}

	/**
	 * @return the index of the branch this configuration takes, or -1 when none is taken; a condition that
	 *         cannot be evaluated counts as false.
	 */
	public int choose(List<? extends ConditionalBranch<?>> branches) {
		Integer made = macros.choiceFor(branches);
		if (made != null)
			return made;
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
		Long v = value(condition, new HashSet<>());
		return v != null && v != 0;
	}

	/** @param expanding the macros being expanded, which cpp does not expand again inside themselves */
	private Long value(Expression e, Set<String> expanding) {
		return ConstantFolder.fold(resolve(e, Map.of(), expanding), name -> {
			Long symbol = symbols.get(name);
			if (symbol != null)
				return symbol;
			Expression body = macros.value(name);
			if (body == null || !expanding.add(name))
				return 0L;
			try {
				Long v = value(body, expanding);
				return v == null ? 0L : v;
			} finally {
				expanding.remove(name);
			}
		});
	}

	/**
	 * Prepares a condition for folding: {@code defined(X)}, {@code IS_ENABLED(X)} and the like become 0 or 1, and
	 * a call of a function-like macro becomes its body with the arguments, themselves resolved first, in place
	 * of its parameters, as cpp expands it (not again inside itself). Object-like macros are left to the fold.
	 *
	 * @param parameters the arguments of the function-like macro whose body {@code e} is, by parameter name
	 */
	private Expression resolve(Expression e, Map<String, Expression> parameters, Set<String> expanding) {
		return switch (e) {
			case Expression.Identifier id when parameters.containsKey(id.name()) -> parameters.get(id.name());
			case Expression.Call c when isDefinedTest(c) -> {
				Expression arg = c.arguments().get(0);
				if (arg instanceof Expression.Identifier id && parameters.containsKey(id.name()))
					arg = parameters.get(id.name());
				yield new Expression.BoolLiteral(arg instanceof Expression.Identifier id && test(c.calleeName(), id.name()),
						c.range());
			}
			case Expression.Call c -> {
				List<Expression> args = c.arguments().stream().map(a -> resolve(a, parameters, expanding)).toList();
				ExternalDeclaration.FunctionMacro m = c.calleeName() == null ? null : macros.function(c.calleeName());
				if (m == null || m.value() == null || m.variadic() || m.parameters().size() != args.size()
						|| !expanding.add(m.name()))
					yield new Expression.Call(c.callee(), args, c.range());
				try {
					Map<String, Expression> bound = new HashMap<>();
					for (int i = 0; i < args.size(); i++)
						bound.put(m.parameters().get(i), args.get(i));
					yield new Expression.Parenthesized(resolve(m.value(), bound, expanding), c.range());
				} finally {
					expanding.remove(m.name());
				}
			}
			case Expression.Unary u -> new Expression.Unary(u.operator(), resolve(u.operand(), parameters, expanding),
					u.range());
			case Expression.Binary b -> new Expression.Binary(b.operator(), resolve(b.left(), parameters, expanding),
					resolve(b.right(), parameters, expanding), b.range());
			case Expression.Parenthesized p ->
				new Expression.Parenthesized(resolve(p.inner(), parameters, expanding), p.range());
			case Expression.Cast c -> new Expression.Cast(c.type(), resolve(c.operand(), parameters, expanding),
					c.range());
			case Expression.Conditional c -> new Expression.Conditional(resolve(c.condition(), parameters, expanding),
					c.whenTrue() == null ? null : resolve(c.whenTrue(), parameters, expanding),
					resolve(c.whenFalse(), parameters, expanding), c.range());
			default -> e;
		};
	}

	private static boolean isDefinedTest(Expression.Call c) {
		return c.arguments().size() == 1 && ("defined".equals(c.calleeName()) || isKconfigTest(c.calleeName()));
	}

	/** @return whether {@code name} is one of include/linux/kconfig.h's tests of a configuration symbol. */
	public static boolean isKconfigTest(String name) {
		return switch (name == null ? "" : name) {
			case "IS_ENABLED", "IS_BUILTIN", "IS_MODULE", "IS_REACHABLE" -> true;
			default -> false;
		};
	}

	/**
	 * @return the value of {@code defined(symbol)} or of a kconfig.h test of it, as a build under this
	 *         configuration gets it: IS_BUILTIN is "=y", IS_MODULE "=m" ({@code symbol_MODULE} defined),
	 *         IS_ENABLED either; IS_REACHABLE is IS_BUILTIN in built-in code, which the fault path is
	 */
	public boolean test(String test, String symbol) {
		boolean builtin = isDefined(symbol), module = isDefined(symbol + "_MODULE");
		return switch (test) {
			case "IS_BUILTIN", "IS_REACHABLE", "defined" -> builtin;
			case "IS_MODULE" -> module;
			case "IS_ENABLED" -> builtin || module;
			default -> throw new IllegalArgumentException("not a configuration test: " + test);
		};
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
