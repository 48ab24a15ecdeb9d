package org.compteassure.service.code;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * At most 100 failed logins (or failed document checks, counted apart) per client address and clock hour, counted in the database so that every node sees the
 * same count. Each count is its own small transaction: a failed login must be counted even though nothing else of
 * it is kept.
 */
@Stateless
public class AttemptLimiter {

    public static final int MAX_FAILURES_PER_HOUR = 100;

    @Inject
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void check(String address, Instant now) {
        Number failures = (Number) em.createNativeQuery(
                        "SELECT failures FROM client_failures WHERE address = ? AND hour_start = ?")
                .setParameter(1, address)
                .setParameter(2, hour(now))
                .getResultStream().findFirst().orElse(0);
        if (failures.intValue() >= MAX_FAILURES_PER_HOUR) {
            throw new TooManyAttemptsException();
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String address, Instant now) {
        int updated = em.createNativeQuery(
                        "UPDATE client_failures SET failures = failures + 1 WHERE address = ? AND hour_start = ?")
                .setParameter(1, address)
                .setParameter(2, hour(now))
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO client_failures (address, hour_start, failures) VALUES (?, ?, 1)")
                    .setParameter(1, address)
                    .setParameter(2, hour(now))
                    .executeUpdate();
        }
    }

    /**
     * Counts one failure; a concurrent first failure of the hour may win the insert, then count again. Callers
     * with their own budget (the document check) prefix the address with their name.
     */
    public static void recordFailure(AttemptLimiter limiter, String address, Instant now) {
        try {
            limiter.recordFailure(address, now);
        } catch (EJBException lostTheRace) {
            limiter.recordFailure(address, now);
        }
    }

    private static OffsetDateTime hour(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
    }
}
