package org.compteassure.web.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * The bodies the applications' API reads: JSON, not nested deeper than {@link JsonBodies#MAX_DEPTH}, of the
 * expected shape (JSON-B). Anything else is an {@link Unreadable} (400 problem {@code json-invalide}), read before
 * anything is written.
 */
public final class ApiBodies {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ApiBodies() {
    }

    /** A body JSON-B cannot read as that type: malformed, of the wrong types, or too deep. */
    public static final class Unreadable extends RuntimeException {

        public Unreadable() {
            this(null);
        }

        Unreadable(Throwable cause) {
            super("unreadable body", cause, false, false);
        }
    }

    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank() || JsonBodies.tooDeep(body)) {
            throw new Unreadable(null);
        }
        try {
            T value = JSONB.fromJson(body, type);
            if (value == null) {
                throw new Unreadable(null);
            }
            return value;
        } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
            throw new Unreadable(e);
        }
    }
}
