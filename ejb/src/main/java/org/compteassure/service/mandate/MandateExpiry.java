package org.compteassure.service.mandate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.persistence.mandate.Mandate;
import org.compteassure.persistence.mandate.Mandate.EndReason;
import org.compteassure.service.mandate.MandateEvents.Ended;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * Ends the mandates whose last day has passed, and tells both sides. A mandate no longer holds from its end instant
 * whatever this job did ({@link Mandate#isInForce}, checked at every call): the job only records the end and sends the
 * notices. Every node runs it every 10 minutes; each mandate is claimed by a conditional update in its own
 * transaction, so exactly one node ends it, and a failure leaves it for the next run.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
public class MandateExpiry {

    private static final Logger LOG = Logger.getLogger(MandateExpiry.class.getName());
    private static final int BATCH = 200;

    @EJB
    private MandateExpiry self;

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    @Inject
    private Event<Ended> ended;

    /** Ends every mandate due now; returns how many this node ended. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue() {
        int done = 0;
        for (long id : self.due()) {
            try {
                done += self.expire(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Expiry of mandate {0} failed, left for the next run: {1}",
                        new Object[] {id, e.toString()});
            }
        }
        return done;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        return em.createNamedQuery("Mandate.findDue", Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Claims the mandate's end (only one node can) and, in the same transaction, tells both sides. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long mandateId) {
        Instant now = clock.instant();
        int won = em.createNamedQuery("Mandate.claimExpiry")
                .setParameter("id", mandateId)
                .setParameter("now", now)
                .setParameter("reason", EndReason.EXPIRED)
                .executeUpdate();
        if (won == 0) {
            return false;
        }
        Mandate mandate = em.find(Mandate.class, mandateId);
        em.refresh(mandate);
        ended.fire(new Ended(mandateId, mandate.getMandatorAccountId(), mandate.getHelperAccountId(),
                caller.onBehalf(mandate.getHelperAccountId(), mandate.getMandatorAccountId()), EndReason.EXPIRED,
                mandate.getEndsAt()));
        return true;
    }
}
