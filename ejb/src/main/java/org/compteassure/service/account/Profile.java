package org.compteassure.service.account;

import java.time.LocalDate;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Nir;

/**
 * What "Mes informations" shows of a person: their identity from the register (read only), the account's e-mail
 * address, the bank details masked, and the contact details the forms edit, at {@code version}.
 *
 * @param email      the account's address, null for an account whose codes go by post
 * @param maskedIban null when the register has no bank details
 * @param phone      as stored (E.164), null if none
 * @param pendingMaskedIban a new IBAN given online that the fund has not confirmed yet, masked, or null
 * @param pendingAddress    a new postal address given online that the fund has not taken yet, or null
 */
public record Profile(long version, String givenNames, String familyName, LocalDate birthDate, Nir nir, String email,
                      String maskedIban, PostalAddress address, String phone,
                      String pendingMaskedIban, PostalAddress pendingAddress) {

    /** The postal address the fund has, on one line. */
    public String addressOnFile() {
        return String.join(", ", address.lines());
    }
}
