package org.faultline.c.ast;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A part of the tree made when first read: a kernel build defines some 10,000 macros and a review expands a few
 * hundred, so a {@code #define} body is parsed as code only when its value is asked for. Two are equal when what
 * they hold is, which reads both. Thread-safe; what it holds is made once.
 *
 * @param <T> what it holds, which may be null
 */
public final class Deferred<T> {

	private Supplier<? extends T> maker;
	private T value;

	private Deferred(Supplier<? extends T> maker, T value) {
		this.maker = maker;
		this.value = value;
	}

	/** @return one that holds {@code value} already */
	public static <T> Deferred<T> of(T value) {
		return new Deferred<>(null, value);
	}

	/** @return one that holds what {@code maker} gives when first read ({@code maker} is called once at most) */
	public static <T> Deferred<T> later(Supplier<? extends T> maker) {
		return new Deferred<>(Objects.requireNonNull(maker, "maker"), null);
	}

	/** @return what it holds, made now if not yet */
	public synchronized T get() {
		if (maker != null) {
			value = maker.get();
			maker = null;
		}
		return value;
	}

	@Override
	public boolean equals(Object o) {
		return o == this || o instanceof Deferred<?> d && Objects.equals(get(), d.get());
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(get());
	}

	@Override
	public String toString() {
		return String.valueOf(get());
	}
}
