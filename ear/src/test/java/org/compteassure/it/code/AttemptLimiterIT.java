package org.compteassure.it.code;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Transactions;
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.code.TooManyAttemptsException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The per-address hourly budget: every failure counts, even when many arrive at once for a new hour. */
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
        assertDoesNotThrow(() -> limiter.check(address, now.plusSeconds(3600)), "the next hour has its own budget");
        assertDoesNotThrow(() -> limiter.check("other-" + address, now), "another address too");
    }

    private int failures(String address) {
        return tx.call(em -> ((Number) em.createNativeQuery("SELECT SUM(failures) FROM client_failures WHERE address = ?")
                .setParameter(1, address).getSingleResult()).intValue());
    }
}
