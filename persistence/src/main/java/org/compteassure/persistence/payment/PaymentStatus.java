package org.compteassure.persistence.payment;

/**
 * Where a payment stands. The claims system moves it from PENDING to PAID or REJECTED, never back: a settled
 * payment is what the person's bank statement shows.
 */
public enum PaymentStatus {
    PENDING,
    PAID,
    REJECTED;

    /** Whether the claims system may move a payment from this status to {@code next}. */
    public boolean mayBecome(PaymentStatus next) {
        return this == next || this == PENDING;
    }
}
