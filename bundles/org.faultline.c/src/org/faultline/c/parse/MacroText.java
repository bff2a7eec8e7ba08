package org.faultline.c.parse;

import java.util.ArrayList;
import java.util.List;

import org.faultline.c.ast.ExternalDeclaration.FunctionMacro;

/**
 * The replacement text of a function-like macro use, for the bodies that cannot be lowered as one parsed
 * expression over their parameters: those that stringify ({@code #p}), paste tokens ({@code a ## b}) or spread
 * their variable arguments ({@code __VA_ARGS__}, or GNU's named {@code args...}), and statement
 * bodies. What cpp does with the spelling of an argument is done here on text; every other use of a parameter
 * stays its name, for the caller to bind to the argument as it binds the parameters of any macro, so that
 * arguments are still evaluated where written. The variable arguments become the names
 * {@link #variadicName(int)}, separated by commas, for the same binding. GNU's {@code , ## __VA_ARGS__} drops
 * the comma when there are no variable arguments.
 */
public final class MacroText {

	private record Token(String text, boolean spaced) {
		boolean is(String s) {
			return text.equals(s);
		}
	}

	private MacroText() {
	}

	/** Whether the body of {@code m} needs {@link #expand} rather than its parsed value. */
	public static boolean needed(FunctionMacro m) {
		return m.variadic() || m.body().contains("#");
	}

	/** The name the variable argument {@code i} (from 0) has in an expansion's text. */
	public static String variadicName(int i) {
		return "__faultline_va_" + i;
	}

	/**
	 * @param m         the macro
	 * @param spellings the arguments of the use as written, one per argument (fixed, then variable)
	 * @return the body with {@code #} and {@code ##} applied and the variable arguments spread
	 * @throws IllegalArgumentException when the number of arguments does not fit the macro
	 */
	public static String expand(FunctionMacro m, List<String> spellings) {
		int fixed = m.parameters().size();
		if (spellings.size() < fixed || !m.variadic() && spellings.size() != fixed)
			throw new IllegalArgumentException(m.name() + " takes " + fixed + (m.variadic() ? " or more" : "")
					+ " arguments, not " + spellings.size());
		String variadic = m.variableArguments();
		List<Token> body = tokens(m.body());
		StringBuilder out = new StringBuilder();
		boolean paste = false;
		for (int i = 0; i < body.size(); i++) {
			Token t = body.get(i);
			if (t.is("##")) {
				paste = true;
				continue;
			}
			boolean pastedNext = next(body, i) != null && next(body, i).is("##");
			String replacement;
			if (t.is("#") && i + 1 < body.size() && parameter(m, variadic, body.get(i + 1).text()) >= -1)
				replacement = literal(spelling(m, variadic, body.get(++i).text(), spellings));
			else if (parameter(m, variadic, t.text()) >= -1) {
				boolean afterComma = paste && out.toString().endsWith(",");
				if (afterComma && t.text().equals(variadic) && spellings.size() == fixed) {
					out.setLength(out.length() - 1);
					paste = false;
					continue;
				}
				// pasting onto a comma forms no new token: the arguments stay bound, as without ##
				boolean spelled = paste && !afterComma || pastedNext;
				replacement = spelled ? spelling(m, variadic, t.text(), spellings)
						: names(m, variadic, t.text(), spellings);
			} else
				replacement = t.text();
			if (!paste && t.spaced() && !out.isEmpty())
				out.append(' ');
			out.append(replacement);
			paste = false;
		}
		return out.toString();
	}

	/** Index of a fixed parameter, -1 for the variable arguments, -2 for a name that is no parameter. */
	private static int parameter(FunctionMacro m, String variadic, String name) {
		if (name.equals(variadic))
			return -1;
		int i = m.parameters().indexOf(name);
		return i >= 0 ? i : -2;
	}

	private static String spelling(FunctionMacro m, String variadic, String name, List<String> spellings) {
		int i = parameter(m, variadic, name);
		if (i >= 0)
			return spellings.get(i).strip();
		return String.join(", ", spellings.subList(m.parameters().size(), spellings.size()).stream()
				.map(String::strip).toList());
	}

	private static String names(FunctionMacro m, String variadic, String name, List<String> spellings) {
		if (parameter(m, variadic, name) >= 0)
			return name;
		List<String> names = new ArrayList<>();
		for (int i = 0; i < spellings.size() - m.parameters().size(); i++)
			names.add(variadicName(i));
		return String.join(", ", names);
	}

	private static Token next(List<Token> body, int i) {
		return i + 1 < body.size() ? body.get(i + 1) : null;
	}

	/** A string literal of {@code s}, as {@code #} makes one. */
	private static String literal(String s) {
		return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/**
	 * The body as preprocessing tokens, each knowing whether white space preceded it: identifiers and numbers,
	 * character and string literals, {@code ##}, and single characters for the rest (enough to give the text
	 * back unchanged where nothing is substituted).
	 */
	private static List<Token> tokens(String body) {
		List<Token> out = new ArrayList<>();
		String s = body.replace("\\\r\n", " ").replace("\\\n", " ");
		int i = 0;
		boolean spaced = false;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c)) {
				spaced = true;
				i++;
				continue;
			}
			int end;
			if (Character.isLetterOrDigit(c) || c == '_') {
				end = i + 1;
				while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_'
						|| Character.isDigit(c) && s.charAt(end) == '.'))
					end++;
			} else if (c == '"' || c == '\'') {
				end = i + 1;
				while (end < s.length() && s.charAt(end) != c)
					end += s.charAt(end) == '\\' ? 2 : 1;
				end = Math.min(end + 1, s.length());
			} else if (c == '#' && i + 1 < s.length() && s.charAt(i + 1) == '#')
				end = i + 2;
			else
				end = i + 1;
			out.add(new Token(s.substring(i, end), spaced));
			spaced = false;
			i = end;
		}
		return out;
	}
}
