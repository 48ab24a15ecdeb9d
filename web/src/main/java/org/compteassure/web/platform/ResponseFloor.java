package org.compteassure.web.platform;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers no sooner than a fixed time after the request began, for the forms that must not reveal whether a number
 * exists (creation, forgotten code, reactivation, a refused or locked login): matched and unmatched requests do
 * different work, but take the same time to answer.
 */
public final class ResponseFloor {

    public static final Duration FLOOR = Duration.ofMillis(400);

    private ResponseFloor() {
    }

    public static <T> T atLeast(Supplier<T> work) {
        return atLeast(work, result -> true);
    }

    /** Only the answers that {@code floored} accepts wait (a login that succeeded tells nothing to hide). */
    public static <T> T atLeast(Supplier<T> work, Predicate<T> floored) {
        long deadline = System.nanoTime() + FLOOR.toNanos();
        T result = null;
        boolean done = false;
        try {
            result = work.get();
            done = true;
            return result;
        } finally {
            long left = deadline - System.nanoTime();
            if (left > 0 && (!done || floored.test(result))) {
                try {
                    Thread.sleep(Duration.ofNanos(left).toMillis(), (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
