package org.compteassure.service.card;

import java.time.Instant;
import org.compteassure.persistence.card.CardStatus;

/** One order of the administrators' list (/admin/cartes): whose card, when ordered, where it stands. */
public record CardOrderRow(long id, String holderGivenNames, String holderFamilyName, Instant orderedAt,
                           CardStatus status) {
}
