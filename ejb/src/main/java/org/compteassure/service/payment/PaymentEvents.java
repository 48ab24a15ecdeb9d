package org.compteassure.service.payment;

import java.time.Instant;

/** What the payment feature tells other features, fired inside the transaction of the change. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    /** At least one new payment arrived for this person in one batch or import: one notice, however many. */
    public record NewPaymentsArrived(long insuredPersonId) {
    }

    /**
     * A person reported one of their payments (démarche {@code demarcheNumber}): an adviser's thread opens in their
     * name, with this {@code topic} and their words as its first message ({@code body}).
     */
    public record PaymentReported(long insuredPersonId, String demarcheNumber, String topic, String body,
                                  Instant when) {
    }
}
