package org.compteassure.service.card;

import java.time.LocalDate;
import org.compteassure.service.BusinessException;

/**
 * A card cannot be ordered for that person now: an order is in progress ({@code renewableFrom} null), or their card
 * is still valid beyond the renewal window (then {@code renewableFrom} is the first day a renewal is allowed).
 */
public class CardRefusedException extends BusinessException {

    private final String holder;
    private final LocalDate renewableFrom;

    public CardRefusedException(String holder, LocalDate renewableFrom) {
        super(renewableFrom == null ? "order in progress" : "card still valid");
        this.holder = holder;
        this.renewableFrom = renewableFrom;
    }

    /** The given names of the person the card is for. */
    public String holder() {
        return holder;
    }

    public LocalDate renewableFrom() {
        return renewableFrom;
    }
}
