package org.compteassure.persistence.code;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The lockout of whoever logs in with a secret (an insured person's account, a staff member): one rule for both.
 * From the 5th consecutive failure each failure locks for 1 minute, doubling up to 15; 20 failures within 12 hours
 * block until a new secret is issued.
 */
@Embeddable
public class Lockout {

    /** Failures allowed before the first lock; the lock lasts 1 minute, then doubles with each failure. */
    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Failures within {@link #BLOCK_WINDOW} that block until a new secret is issued. */
    public static final int FAILURES_BEFORE_BLOCK = 20;
    public static final Duration BLOCK_WINDOW = Duration.ofHours(12);

    /** Failed logins since the last success: from the 5th on, each one locks for a while. */
    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** 20 failures within 12 hours: locked until a new secret is issued. */
    @Column(name = "blocked", nullable = false)
    private boolean blocked;

    /** Whether a secret may be checked at all now: not blocked, not in a lock period. */
    public boolean acceptsLogin(Instant now) {
        return !blocked && !isLocked(now);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong secret.
     *
     * @param failuresInWindow failures within the last 12 hours, this one included
     * @return true if this failure started the first lock of the series (the owner is then told)
     */
    public boolean recordFailure(Instant now, long failuresInWindow) {
        consecutiveFailures++;
        if (failuresInWindow >= FAILURES_BEFORE_BLOCK) {
            blocked = true;
        }
        if (consecutiveFailures < FAILURES_BEFORE_LOCK) {
            return false;
        }
        int doublings = Math.min(consecutiveFailures - FAILURES_BEFORE_LOCK, 4);
        Duration lock = Duration.ofMinutes(1L << doublings);
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        return consecutiveFailures == FAILURES_BEFORE_LOCK;
    }

    public void recordSuccess() {
        consecutiveFailures = 0;
        lockedUntil = null;
    }

    /** Blocked as after 20 failures, until a new secret is issued ("Ce n'était pas moi"). */
    public void block() {
        blocked = true;
    }

    /** A new secret was issued: whatever locked no longer applies. */
    public void clear() {
        consecutiveFailures = 0;
        lockedUntil = null;
        blocked = false;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isBlocked() {
        return blocked;
    }
}
