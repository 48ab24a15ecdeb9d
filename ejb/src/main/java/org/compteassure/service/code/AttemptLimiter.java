package org.compteassure.service.code;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.compteassure.persistence.code.ClientFailures;
import org.compteassure.service.security.Roles;

/**
 * At most 100 failed logins (or failed document checks, counted apart) per client address in any hour: a sliding
 * window, so that no burst fits around a clock hour, summed over one-minute buckets counted in the database so that
 * every node sees the same count. A failure is counted for at least 60 and less than 61 minutes. Each count is its
 * own small transaction: a failed login must be counted even though nothing else of it is kept.
 */
@Stateless
// Counts what anonymous callers do (logins, document checks, costly requests): there is no caller yet.
@PermitAll
public class AttemptLimiter {

    public static final int MAX_FAILURES_PER_HOUR = 100;
    public static final int MAX_REQUESTS_PER_HOUR = 20;
    /** The prefix of the costly requests' budget, apart from the failed logins of the same address. */
    private static final String REQUESTS = "demande:";

    /** The window; its buckets are whole minutes, the current one included. */
    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    private EntityManager em;

    @Resource
    private SessionContext self;

    /**
     * @throws TooManyAttemptsException if this address already failed {@value #MAX_FAILURES_PER_HOUR} times in the
     *                                  last hour
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void check(String address, Instant now) {
        if (countInWindow(address, now) >= MAX_FAILURES_PER_HOUR) {
            throw new TooManyAttemptsException();
        }
    }

    /**
     * The requests that cost the fund whether or not they match an account (creation, forgotten code,
     * reactivation: a mail or a letter): at most {@value #MAX_REQUESTS_PER_HOUR} per client address in the sliding
     * hour, counted apart from the failures. This one is counted if there is room left.
     *
     * @return whether the request may go on (false: it was not counted, and must send nothing)
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean admitRequest(String clientAddress, Instant now) {
        return admit(REQUESTS + clientAddress, MAX_REQUESTS_PER_HOUR, now);
    }

    /**
     * Any budget of {@code max} calls in the sliding hour (the API's per token and per address, named by their
     * prefix): this one is counted if there is room left.
     *
     * @return whether the call may go on (false: it was not counted)
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean admit(String budget, int max, Instant now) {
        if (countInWindow(budget, now) >= max) {
            return false;
        }
        recordFailure(self.getBusinessObject(AttemptLimiter.class), budget, now);
        return true;
    }

    private long countInWindow(String address, Instant now) {
        Long count = em.createNamedQuery("ClientFailures.since", Long.class)
                .setParameter("address", address)
                .setParameter("since", windowStart(now))
                .getSingleResult();
        return count == null ? 0 : count;
    }

    /**
     * Counts one failure of this address in the current minute, committed even if the caller's transaction rolls
     * back; the address's first failure of a minute also drops its minutes that left the window.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String address, Instant now) {
        OffsetDateTime minute = minute(now);
        int updated = em.createNamedQuery("ClientFailures.increment")
                .setParameter("address", address)
                .setParameter("minute", minute)
                .executeUpdate();
        if (updated == 0) {
            // A concurrent first failure of the minute makes this insert fail on the key, and the caller count again.
            em.persist(new ClientFailures(address, minute));
            em.flush();
            // Housekeeping only (no count reads these rows): at most once a minute per address, and only its rows.
            em.createNamedQuery("ClientFailures.purge")
                    .setParameter("address", address)
                    .setParameter("before", windowStart(now))
                    .executeUpdate();
        }
    }

    /**
     * Counts one failure; a concurrent first failure of the minute may win the insert, then count again. Callers
     * with their own budget (the document check) prefix the address with their name.
     */
    public static void recordFailure(AttemptLimiter limiter, String address, Instant now) {
        try {
            limiter.recordFailure(address, now);
        } catch (EJBException lostTheRace) {
            limiter.recordFailure(address, now);
        }
    }

    private static OffsetDateTime minute(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
    }

    /** The oldest minute still counted: a failure less than an hour ago is always in, whatever its second. */
    private static OffsetDateTime windowStart(Instant now) {
        return minute(now).minus(WINDOW);
    }
}
