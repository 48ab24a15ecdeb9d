package org.compteassure.it.code;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.Transactions;
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.code.TooManyAttemptsException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-address budget of a sliding hour: every failure counts, even when many arrive at once for a new minute,
 * and a burst around a clock hour does not get two budgets.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptLimiterIT {

    private static final int AT_ONCE = 16;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AttemptLimiterIT.class);
    }

    @Inject
    private AttemptLimiter limiter;

    @Inject
    private Transactions tx;

    @Inject
    private TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBurstAcrossAClockHourGetsOneBudgetUntilItsOldestFailuresLeaveTheHour() {
        String address = "burst-" + System.nanoTime();
        Instant real = Instant.now();
        // Two minutes before the next clock hour, then failures on both sides of it.
        clock.advance(Duration.between(real, real.truncatedTo(ChronoUnit.HOURS).plus(58, ChronoUnit.MINUTES)));
        Instant first = now();
        int half = AttemptLimiter.MAX_FAILURES_PER_HOUR / 2;
        for (int i = 0; i < half; i++) {
            AttemptLimiter.recordFailure(limiter, address, now());
        }
        clock.advance(Duration.ofMinutes(3));
        assertEquals(0, now().atZone(ZoneOffset.UTC).getMinute() / 10, "past the clock hour: " + now());
        for (int i = half; i < AttemptLimiter.MAX_FAILURES_PER_HOUR; i++) {
            limiter.check(address, now());
            AttemptLimiter.recordFailure(limiter, address, now());
        }
        assertThrows(TooManyAttemptsException.class, () -> limiter.check(address, now()), "the 101st, minutes later");

        clock.advance(Duration.between(now(), first.plus(59, ChronoUnit.MINUTES).plusSeconds(59)));
        assertThrows(TooManyAttemptsException.class, () -> limiter.check(address, now()),
                "still refused 59 minutes 59 after the first failure");

        clock.advance(Duration.ofMinutes(2));
        assertDoesNotThrow(() -> limiter.check(address, now()), "the first half left the hour");
        for (int i = 0; i < half - 1; i++) {
            AttemptLimiter.recordFailure(limiter, address, now());
        }
        assertDoesNotThrow(() -> limiter.check(address, now()), "one failure left");
        AttemptLimiter.recordFailure(limiter, address, now());
        assertThrows(TooManyAttemptsException.class, () -> limiter.check(address, now()), "the budget is spent again");
        assertEquals(AttemptLimiter.MAX_FAILURES_PER_HOUR, failures(address),
                "the first half's minute is purged, the second half's is still in the hour");

        clock.advance(Duration.ofMinutes(62));
        AttemptLimiter.recordFailure(limiter, address, now());
        assertEquals(1, failures(address), "the minutes that left the hour are purged");
        assertDoesNotThrow(() -> limiter.check(address, now()));
    }

    private Instant now() {
        return clock.clock().instant();
    }

    @Test
    void concurrentFirstFailuresOfAnHourAreAllCounted() throws Exception {
        String address = "race-" + System.nanoTime();
        Instant now = Instant.now();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                done.add(threads.submit(() -> {
                    start.await();
                    AttemptLimiter.recordFailure(limiter, address, now);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(AT_ONCE, failures(address), "one row for the hour, every failure in it");
        limiter.check(address, now);
        assertEquals(AT_ONCE, failures(address), "a check counts nothing");

        for (int i = AT_ONCE; i < AttemptLimiter.MAX_FAILURES_PER_HOUR - 1; i++) {
            AttemptLimiter.recordFailure(limiter, address, now);
        }
        assertDoesNotThrow(() -> limiter.check(address, now), "one failure left");
        AttemptLimiter.recordFailure(limiter, address, now);
        assertThrows(TooManyAttemptsException.class, () -> limiter.check(address, now));
        assertThrows(TooManyAttemptsException.class, () -> limiter.check(address, now.plusSeconds(3599)),
                "still refused just under an hour on");
        assertDoesNotThrow(() -> limiter.check(address, now.plusSeconds(3660)), "an hour and a minute on, forgotten");
        assertDoesNotThrow(() -> limiter.check("other-" + address, now), "another address too");
    }

    private int failures(String address) {
        return tx.call(em -> ((Number) em.createNativeQuery("SELECT SUM(failures) FROM client_failures WHERE address = ?")
                .setParameter(1, address).getSingleResult()).intValue());
    }
}
