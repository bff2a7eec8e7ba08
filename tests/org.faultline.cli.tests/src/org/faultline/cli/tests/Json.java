package org.faultline.cli.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259) into maps, lists, strings, longs or doubles, booleans and null, strictly: anything
 * else, and trailing text, is an error with its offset. Enough to check the review's JSON and its schema.
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.space();
		if (json.at != text.length())
			throw json.error("text after the value");
		return value;
	}

	private Object value() {
		space();
		if (at >= text.length())
			throw error("a value expected");
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> word("true", Boolean.TRUE);
		case 'f' -> word("false", Boolean.FALSE);
		case 'n' -> word("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> members = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}'))
			return members;
		do {
			space();
			String name = string();
			space();
			expect(':');
			if (members.put(name, value()) != null)
				throw error("member " + name + " twice");
			space();
		} while (peek(','));
		expect('}');
		return members;
	}

	private List<Object> array() {
		List<Object> items = new ArrayList<>();
		at++;
		space();
		if (peek(']'))
			return items;
		do
			items.add(value());
		while (nextAfterSpace(','));
		expect(']');
		return items;
	}

	private String string() {
		expect('"');
		StringBuilder s = new StringBuilder();
		while (true) {
			if (at >= text.length())
				throw error("unterminated string");
			char c = text.charAt(at++);
			if (c == '"')
				return s.toString();
			if (c < 0x20)
				throw error("a raw control character in a string");
			if (c != '\\') {
				s.append(c);
				continue;
			}
			char e = text.charAt(at++);
			switch (e) {
			case '"', '\\', '/' -> s.append(e);
			case 'n' -> s.append('\n');
			case 't' -> s.append('\t');
			case 'r' -> s.append('\r');
			case 'b' -> s.append('\b');
			case 'f' -> s.append('\f');
			case 'u' -> {
				s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("bad escape \\" + e);
			}
		}
	}

	private Object number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0)
			at++;
		String n = text.substring(start, at);
		if (!n.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?"))
			throw error("not a number: '" + n + "'");
		return n.matches("-?\\d+") ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
	}

	private Object word(String word, Object value) {
		if (!text.startsWith(word, at))
			throw error(word + " expected");
		at += word.length();
		return value;
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0)
			at++;
	}

	private boolean peek(char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private boolean nextAfterSpace(char c) {
		space();
		return peek(c);
	}

	private void expect(char c) {
		space();
		if (!peek(c))
			throw error("'" + c + "' expected");
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException(what + " at offset " + at);
	}
}
