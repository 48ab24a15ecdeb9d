package org.compteassure.persistence.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Nir;
import org.junit.jupiter.api.Test;

class CardOrderTest {

    private final InsuredPerson person = new InsuredPerson(Nir.parse("2850575056123", false), "DUPONT", "Marie",
            LocalDate.of(1985, 5, 12), InsuredPerson.Sex.FEMALE, new PostalAddress("1 RUE", null, "75011", "PARIS", "FRANCE"));

    @Test
    void anOrderMovesForwardOneStepAtATimeAndIsValidTwoYearsOnceSent() {
        CardOrder order = new CardOrder(person, null, LocalDate.of(2026, 12, 20), Instant.EPOCH);
        assertTrue(order.isInProgress());
        assertNull(order.renewableFrom());
        assertThrows(IllegalStateException.class, () -> order.advance(CardStatus.SENT, LocalDate.of(2026, 12, 1)));
        assertTrue(order.advance(CardStatus.IN_PRODUCTION, LocalDate.of(2026, 12, 1)));
        assertFalse(order.advance(CardStatus.IN_PRODUCTION, LocalDate.of(2026, 12, 1)), "the same status again");
        assertThrows(IllegalStateException.class, () -> order.advance(CardStatus.ORDERED, LocalDate.of(2026, 12, 1)));
        assertTrue(order.advance(CardStatus.SENT, LocalDate.of(2026, 12, 3)));
        assertFalse(order.isInProgress());
        assertEquals(LocalDate.of(2028, 12, 3), order.getValidUntil());
        assertEquals(LocalDate.of(2028, 9, 3), order.renewableFrom());
        assertEquals("Marie", order.holderGivenNames());
    }

    @Test
    void aRegisterUpdateNeverDeletesAChildItOnlyStopsListingIt() {
        person.addBeneficiary("DUPONT", "Léa", LocalDate.of(2014, 3, 2));
        person.replaceBeneficiaries(java.util.List.of(new InsuredPerson.NewBeneficiary("DUPONT", "Hugo", LocalDate.of(2017, 9, 21))));
        assertEquals(java.util.List.of("Hugo"), person.getBeneficiaries().stream().map(b -> b.getGivenNames()).toList());
        person.replaceBeneficiaries(java.util.List.of(new InsuredPerson.NewBeneficiary("DUPONT", "LÉA", LocalDate.of(2014, 3, 2))));
        assertEquals(java.util.List.of("Léa"), person.getBeneficiaries().stream().map(b -> b.getGivenNames()).toList(),
                "Léa listed again is the same child, not a new one");
    }
}
