package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.compteassure.persistence.security.AccountActivity;

/**
 * Writes what a helper did in the represented person's activity (« Activité de mon compte »), for {@link Caller}:
 * in the transaction of the act when it has one (what changes something is then written with the change, or not at
 * all), else in its own (a consultation, read without a transaction).
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class HelperActs {

    /** How long a consultation by a helper is written once only (what changes something is written every time). */
    static final Duration CONSULTATION_WRITTEN_ONCE = Duration.ofMinutes(15);

    @Inject
    private EntityManager em;

    /** Called by {@link Caller#accountFor} once it checked the mandate. */
    public void record(long represented, Act act, String onBehalf, Instant now) {
        if (act.isConsultation() && em.createNamedQuery("AccountActivity.countActSince", Long.class)
                .setParameter("accountId", represented)
                .setParameter("kind", AccountActivity.Kind.HELPER_ACTION)
                .setParameter("detail", act.name())
                .setParameter("onBehalf", onBehalf)
                .setParameter("since", now.minus(CONSULTATION_WRITTEN_ONCE))
                .getSingleResult() > 0) {
            return;
        }
        em.persist(AccountActivity.onBehalf(represented, AccountActivity.Kind.HELPER_ACTION, now, act.name(), onBehalf));
    }
}
