package org.compteassure.service.account;

import java.time.LocalDate;
import java.util.List;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Iban;

/** One insured person as the claims system sends them (PUT /api/assures/{nir}), already validated. */
public record RegisterEntry(String familyName, String givenNames, LocalDate birthDate, Sex sex, PostalAddress address,
                            Iban iban, String vitaleSerial, String email, List<Child> beneficiaries) {

    public record Child(String familyName, String givenNames, LocalDate birthDate) {
    }
}
