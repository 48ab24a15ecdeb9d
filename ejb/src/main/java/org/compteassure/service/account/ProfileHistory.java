package org.compteassure.service.account;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.ProfileChange;
import org.compteassure.persistence.account.ProfileChange.Channel;
import org.compteassure.persistence.account.ProfileChange.Field;
import org.compteassure.persistence.domain.Iban;

/** The history of a person's details, written alike by their own changes (online) and the register's. */
final class ProfileHistory {

    private ProfileHistory() {
    }

    /** Records one change of a field; the caller has checked that it changed. */
    static void record(EntityManager em, InsuredPerson person, Field field, String oldValue, String newValue,
                       Instant now, Channel channel) {
        em.persist(new ProfileChange(person.getId(), field, oldValue, newValue, now, channel));
    }

    /** The postal address as the history shows it: its lines, comma-separated. */
    static String address(InsuredPerson person) {
        return String.join(", ", person.getAddress().lines());
    }

    /** Bank details as the history shows them: the IBAN masked, and the holder's name when known. */
    static String bankDetails(Iban iban, String holder) {
        return iban == null ? null : iban.masked() + (holder == null ? "" : " (" + holder + ")");
    }
}
