package org.compteassure.it.support;

import java.time.Instant;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Nir;

/** In-container tests: a person in the register with an active account, written directly (no mail, no code chosen). */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Returns the account's id. */
    public static long create(Transactions tx, People.Person person) {
        return tx.call(em -> {
            InsuredPerson p = new InsuredPerson(Nir.parse(person.nir13(), false), "TESTEUR", person.givenNames(),
                    person.birthDate(), Sex.FEMALE, new PostalAddress("4 RUE DES TESTS", null, "75014", "PARIS", "FRANCE"));
            p.setEmail(person.email());
            em.persist(p);
            Account account = new Account(p, person.email(), Instant.now());
            account.setDefinitiveCode("not-a-real-hash", Instant.now());
            em.persist(account);
            em.flush();
            return account.getId();
        });
    }
}
