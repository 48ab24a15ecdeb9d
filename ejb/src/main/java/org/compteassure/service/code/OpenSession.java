package org.compteassure.service.code;

import java.time.Instant;

/**
 * One open session of an account, as "Sécurité" lists it.
 *
 * @param current whether it is the session of the browser asking (which the page does not offer to end)
 */
public record OpenSession(long id, String browser, String address, Instant startedAt, Instant lastSeenAt,
                          boolean current) {
}
