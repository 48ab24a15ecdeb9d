package org.compteassure.persistence.account;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.compteassure.persistence.domain.Nir;

/**
 * The account feature's look-ups that several features share (login, the register, notices, the adviser desk), on
 * the entities' named queries. Here rather than on the entities, which hold their mapping and behaviour only.
 */
public final class AccountQueries {

    private AccountQueries() {
    }

    /** The person with this number in the register, if any. */
    public static Optional<InsuredPerson> person(EntityManager em, Nir nir) {
        return em.createNamedQuery("InsuredPerson.findByNir", InsuredPerson.class).setParameter("nir", nir)
                .getResultStream().findFirst();
    }

    /** The account of the person with this number, whatever its status, if they ever had one. */
    public static Optional<Account> account(EntityManager em, Nir nir) {
        return em.createNamedQuery("Account.findByNir", Account.class).setParameter("nir", nir)
                .getResultStream().findFirst();
    }

    /** This person's account, whatever its status, if they ever had one. */
    public static Optional<Account> accountOf(EntityManager em, InsuredPerson person) {
        return em.createNamedQuery("Account.findByPerson", Account.class).setParameter("person", person)
                .getResultStream().findFirst();
    }
}
