package org.compteassure.service.account;

import java.time.LocalDate;
import java.util.List;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.Rights;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Nir;

/**
 * One insured person as the claims system sends them (PUT /api/assures/{nir}), already validated; {@code rights}
 * (and each child's) null when the register states none.
 */
public record RegisterEntry(String familyName, String givenNames, LocalDate birthDate, Sex sex, PostalAddress address,
                            Iban iban, String vitaleSerial, String email, List<Child> beneficiaries, Rights rights) {

    /** A person the register sends without rights: no attestation de droits is offered to them. */
    public RegisterEntry(String familyName, String givenNames, LocalDate birthDate, Sex sex, PostalAddress address,
                         Iban iban, String vitaleSerial, String email, List<Child> beneficiaries) {
        this(familyName, givenNames, birthDate, sex, address, iban, vitaleSerial, email, beneficiaries, null);
    }

    /**
     * @param otherParent the child's other parent, when the register knows both: if that parent already has the child,
     *                    this person becomes its second parent (one child, two parents); null otherwise
     */
    public record Child(String familyName, String givenNames, LocalDate birthDate, Nir otherParent, Rights rights) {

        public Child(String familyName, String givenNames, LocalDate birthDate, Nir otherParent) {
            this(familyName, givenNames, birthDate, otherParent, null);
        }

        public Child(String familyName, String givenNames, LocalDate birthDate) {
            this(familyName, givenNames, birthDate, null, null);
        }
    }
}
