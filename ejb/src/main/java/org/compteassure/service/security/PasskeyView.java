package org.compteassure.service.security;

import java.time.Instant;
import org.compteassure.persistence.security.Passkey;

/** A passkey as its owner's security page lists it. */
public record PasskeyView(long id, String name, Instant createdAt, Instant lastUsedAt) {

    static PasskeyView of(Passkey passkey) {
        return new PasskeyView(passkey.getId(), passkey.getName(), passkey.getCreatedAt(), passkey.getLastUsedAt());
    }
}
