package org.compteassure.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.compteassure.service.platform.ClockProducer;

/**
 * Test deployments only (added to ejb.jar): the application's clock, moved forward by the tests instead of sleeping.
 * Each reading adds the current offset, so beans that kept their Clock see the move too. The offset is this bean's
 * state, one per deployment: in-container tests inject the bean, client tests move it through {@link TestSupport}.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Produces
    public Clock clock() {
        return new Moved(ClockProducer.ZONE, offset);
    }

    private static final class Moved extends Clock {
        private final ZoneId zone;
        private final AtomicReference<Duration> offset;

        Moved(ZoneId zone, AtomicReference<Duration> offset) {
            this.zone = zone;
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moved(other, offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
