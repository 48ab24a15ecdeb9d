package org.compteassure.service.card;

/** What the card feature tells the others (the notifications), fired inside its transactions. */
public final class CardEvents {

    private CardEvents() {
    }

    /** The card maker sent the card of that order: its orderer gets an e-mail (no details in it). */
    public record CardSent(long orderId) {
    }
}
