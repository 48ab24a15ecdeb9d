package org.compteassure.service.payment;

/** What the payment feed tells other features, fired inside the feed's transaction. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    /** At least one new payment arrived for this person in one batch or import: one notice, however many. */
    public record NewPaymentsArrived(long insuredPersonId) {
    }
}
