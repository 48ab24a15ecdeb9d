package org.compteassure.service.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.compteassure.persistence.notification.OutboundMail;
import org.compteassure.service.security.Roles;

/** The outbox's bookkeeping, each step in its own short transaction so that sending never holds a lock. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@RolesAllowed(Roles.SYSTEM)
public class OutboxStore {

    /** Longer than any SMTP exchange: past it, another node may take over a mail whose sender died. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<Long> due(int max) {
        return em.createNamedQuery("OutboundMail.findDue", Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** What the sender needs of a claimed mail, read in the claim's transaction. */
    public record ClaimedMail(long id, String recipient, String subject, String textBody, String htmlBody,
                              int attempts) {
    }

    /** Takes the mail for this node if nobody holds it: a conditional update that only one node can win. */
    public Optional<ClaimedMail> claim(long id) {
        Instant now = clock.instant();
        int won = em.createNamedQuery("OutboundMail.claim")
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("until", now.plus(LEASE))
                .executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        OutboundMail mail = em.find(OutboundMail.class, id);
        return Optional.of(new ClaimedMail(id, mail.getRecipient(), mail.getSubject(), mail.getTextBody(),
                mail.getHtmlBody(), mail.getAttempts()));
    }

    public void sent(long id) {
        em.find(OutboundMail.class, id).markSent(clock.instant());
    }

    public void failed(long id, String error) {
        em.find(OutboundMail.class, id).markFailed(error, clock.instant());
    }
}
