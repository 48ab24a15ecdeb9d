package org.compteassure.service.code;

import java.time.Instant;
import org.compteassure.persistence.code.UserSession;

/**
 * One open session of an account, as "Sécurité" lists it.
 *
 * @param current whether it is the session of the browser asking (which the page does not offer to end)
 */
public record OpenSession(long id, String browser, String address, Instant startedAt, Instant lastSeenAt,
                          boolean current) {

    /** The session as listed to its owner, whose own browser holds {@code currentPublicId}. */
    public static OpenSession of(UserSession session, String currentPublicId) {
        return new OpenSession(session.getId(), session.getBrowser(), session.getAddress(), session.getStartedAt(),
                session.getLastSeenAt(), session.getPublicId().equals(currentPublicId));
    }
}
