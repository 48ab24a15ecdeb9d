package org.compteassure.persistence.card;

/** Where a European card order stands; the card maker moves it forward one step at a time. */
public enum CardStatus {
    ORDERED,
    IN_PRODUCTION,
    SENT;

    /** The next step, or null once the card is sent. */
    public CardStatus next() {
        return this == SENT ? null : values()[ordinal() + 1];
    }
}
