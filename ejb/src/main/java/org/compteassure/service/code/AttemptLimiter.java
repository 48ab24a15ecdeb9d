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
import org.compteassure.persistence.code.ClientFailures;

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

    /** @throws TooManyAttemptsException if this address already failed {@value #MAX_FAILURES_PER_HOUR} times this hour */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void check(String address, Instant now) {
        int failures = em.createNamedQuery("ClientFailures.count", Integer.class)
                .setParameter("address", address)
                .setParameter("hour", hour(now))
                .getResultStream().findFirst().orElse(0);
        if (failures >= MAX_FAILURES_PER_HOUR) {
            throw new TooManyAttemptsException();
        }
    }

    /** Counts one failure of this address in the current hour, committed even if the caller's transaction rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String address, Instant now) {
        int updated = em.createNamedQuery("ClientFailures.increment")
                .setParameter("address", address)
                .setParameter("hour", hour(now))
                .executeUpdate();
        if (updated == 0) {
            // A concurrent first failure of the hour makes this insert fail on the key, and the caller count again.
            em.persist(new ClientFailures(address, hour(now)));
            em.flush();
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
