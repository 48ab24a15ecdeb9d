package org.compteassure.persistence.domain;

import java.util.Objects;

/**
 * Outcome of checking what a person typed: either the parsed value, or the problem to explain to them.
 * Forms need the reason (and for lengths, the counts) to say how to fix the input, not just "invalid".
 *
 * @param value    the parsed value, or {@code null} when invalid
 * @param problem  why the input was rejected, or {@code null} when valid
 * @param expected the expected number of characters for a length problem, otherwise 0
 * @param typed    the number of characters typed, spaces excluded, for a length problem, otherwise 0
 */
public record Check<T, P extends Enum<P>>(T value, P problem, int expected, int typed) {

    public Check {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("Exactly one of value and problem is expected");
        }
    }

    static <T, P extends Enum<P>> Check<T, P> valid(T value) {
        return new Check<>(Objects.requireNonNull(value), null, 0, 0);
    }

    static <T, P extends Enum<P>> Check<T, P> invalid(P problem) {
        return invalid(problem, 0, 0);
    }

    static <T, P extends Enum<P>> Check<T, P> invalid(P problem, int expected, int typed) {
        return new Check<>(null, Objects.requireNonNull(problem), expected, typed);
    }

    public boolean isValid() {
        return value != null;
    }

    /**
     * @throws IllegalArgumentException naming the problem, never the input (it may be personal data)
     */
    public T orElseThrow() {
        if (value == null) {
            throw new IllegalArgumentException(problem.getDeclaringClass().getName().replace('$', '.') + '.' + problem
                    + (expected == 0 ? "" : " (expected " + expected + " characters, typed " + typed + ')'));
        }
        return value;
    }
}
