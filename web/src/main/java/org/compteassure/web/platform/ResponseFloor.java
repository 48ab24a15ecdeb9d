package org.compteassure.web.platform;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Answers no sooner than a fixed time after the request began, for the forms that must not reveal whether a number
 * exists (creation, forgotten code, reactivation): matched and unmatched requests do different work, but take
 * the same time to answer.
 */
public final class ResponseFloor {

    public static final Duration FLOOR = Duration.ofMillis(400);

    private ResponseFloor() {
    }

    public static <T> T atLeast(Supplier<T> work) {
        long deadline = System.nanoTime() + FLOOR.toNanos();
        try {
            return work.get();
        } finally {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left).toMillis(), (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
