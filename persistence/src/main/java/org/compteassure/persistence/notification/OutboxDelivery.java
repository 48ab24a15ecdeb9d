package org.compteassure.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/**
 * Where one item of a transactional outbox stands (an e-mail, a message to the back office): pending, sent or given
 * up, how many attempts, when the next one is due, and the lease of the node sending it. The same retries and
 * back-off for every outbox, and the same claim (a conditional update on {@code leaseUntil}) so that, with every node
 * draining, each item is handled by one node at a time.
 */
@Embeddable
public class OutboxDelivery {

    public enum Status { PENDING, SENT, FAILED }

    /** After this many failed attempts the item is given up and shown to operators as FAILED. */
    public static final int MAX_ATTEMPTS = 12;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** Set while one node is sending it, so that others leave it alone; expires if that node dies. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxDelivery() {
    }

    /** Due at once. */
    public static OutboxDelivery dueAt(Instant now) {
        OutboxDelivery delivery = new OutboxDelivery();
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        leaseUntil = null;
        attempts++;
    }

    /**
     * Records a failed attempt and schedules the next one: 1, 2, 4 … minutes, at most an hour apart.
     *
     * @return whether the item is now given up
     */
    boolean markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        leaseUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return true;
        }
        nextAttemptAt = now.plus(Duration.ofMinutes(Math.min(60, 1L << (attempts - 1))));
        return false;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
