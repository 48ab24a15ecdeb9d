package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.compteassure.persistence.mandate.Mandate;
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

    @Inject
    private Caller caller;

    /**
     * Called by {@link Caller#accountFor} once it checked the mandate; checks again that the caller acts with it,
     * so that no other caller writes in someone's activity.
     */
    public void record(long mandateId, Act act, Instant now) {
        Mandate mandate = em.find(Mandate.class, mandateId);
        long own = caller.ownAccountId();
        if (mandate == null || mandate.getHelperAccountId() != own
                || !caller.actingMandateId().equals(Optional.of(mandateId))) {
            throw new ActingRefusedException(act.name());
        }
        long represented = mandate.getMandatorAccountId();
        String onBehalf = caller.onBehalf(own, represented);
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
