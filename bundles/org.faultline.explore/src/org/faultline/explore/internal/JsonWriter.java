package org.faultline.explore.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * Writes JSON as it goes, indented two spaces per level: objects and arrays are opened and closed explicitly,
 * members named with {@link #name}. Only what Faultline's reports need (the exploration's here, the review's in
 * org.faultline.review, the lowest bundle that writes JSON being this one): strings, numbers, booleans and null.
 * Misuse (a value without a name in an object, closing what is not open) is a bug and throws.
 */
public final class JsonWriter {

	private final Writer out;

	/** Per open container: true for an object; whether it has a member yet is in {@link #first}. */
	private final Deque<Boolean> objects = new ArrayDeque<>();

	private boolean first = true;

	private boolean named;

	public JsonWriter(Writer out) {
		this.out = out;
	}

	public JsonWriter beginObject() {
		open('{', true);
		return this;
	}

	public JsonWriter endObject() {
		close('}', true);
		return this;
	}

	public JsonWriter beginArray() {
		open('[', false);
		return this;
	}

	public JsonWriter endArray() {
		close(']', false);
		return this;
	}

	public JsonWriter name(String name) {
		if (objects.isEmpty() || !objects.peek() || named)
			throw new IllegalStateException("a name belongs in an object, before a value: " + name);
		separate();
		write(quote(name) + ": ");
		named = true;
		return this;
	}

	public JsonWriter value(String value) {
		return raw(value == null ? "null" : quote(value));
	}

	public JsonWriter value(long value) {
		return raw(Long.toString(value));
	}

	public JsonWriter value(boolean value) {
		return raw(Boolean.toString(value));
	}

	/** A member with a string value (null written as null). */
	public JsonWriter member(String name, String value) {
		return name(name).value(value);
	}

	public JsonWriter member(String name, long value) {
		return name(name).value(value);
	}

	public JsonWriter member(String name, boolean value) {
		return name(name).value(value);
	}

	/** A member whose value is an array of strings. */
	public JsonWriter member(String name, Collection<String> values) {
		name(name).beginArray();
		values.forEach(this::value);
		return endArray();
	}

	private JsonWriter raw(String text) {
		beforeValue();
		write(text);
		return this;
	}

	private void open(char bracket, boolean object) {
		beforeValue();
		write(String.valueOf(bracket));
		objects.push(object);
		first = true;
	}

	private void close(char bracket, boolean object) {
		if (objects.isEmpty() || objects.peek() != object || named)
			throw new IllegalStateException("nothing to close with " + bracket);
		objects.pop();
		if (!first)
			newline();
		write(String.valueOf(bracket));
		first = false;
		if (objects.isEmpty())
			write("\n");
	}

	private void beforeValue() {
		if (named) {
			named = false;
			return;
		}
		if (!objects.isEmpty() && objects.peek())
			throw new IllegalStateException("a value in an object needs a name");
		separate();
	}

	private void separate() {
		if (objects.isEmpty())
			return;
		if (!first)
			write(",");
		newline();
		first = false;
	}

	private void newline() {
		write("\n" + "  ".repeat(objects.size()));
	}

	private void write(String text) {
		try {
			out.write(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A JSON string: quotes, backslashes and control characters escaped (RFC 8259, section 7). */
	static String quote(String s) {
		StringBuilder q = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> q.append("\\\"");
			case '\\' -> q.append("\\\\");
			case '\n' -> q.append("\\n");
			case '\r' -> q.append("\\r");
			case '\t' -> q.append("\\t");
			default -> {
				if (c < 0x20)
					q.append(String.format("\\u%04x", (int) c));
				else
					q.append(c);
			}
			}
		}
		return q.append('"').toString();
	}
}
