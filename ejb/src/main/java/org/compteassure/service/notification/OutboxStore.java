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
import org.compteassure.persistence.notification.OutboundMessage;
import org.compteassure.service.security.Roles;

/**
 * The outboxes' bookkeeping (mails and back-office messages alike), each step in its own short transaction so that
 * sending never holds a lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@RolesAllowed(Roles.SYSTEM)
public class OutboxStore {

    /** Longer than any SMTP or broker exchange: past it, another node may take over an item whose sender died. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<Long> due(int max) {
        return due("OutboundMail.findDue", max);
    }

    public List<Long> dueMessages(int max) {
        return due("OutboundMessage.findDue", max);
    }

    private List<Long> due(String query, int max) {
        return em.createNamedQuery(query, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** What the sender needs of a claimed mail, read in the claim's transaction. */
    public record ClaimedMail(long id, String recipient, String subject, String textBody, String htmlBody,
                              MailContent.Attachment attachment, int attempts) {
    }

    /**
     * What the sender needs of a claimed message. {@code duplicateId} is the same at every attempt of this row and
     * differs from any other row's, even one under the same key after the database was restored or reset.
     */
    public record ClaimedMessage(long id, String destination, String key, String duplicateId, String payload,
                                 int attempts) {
    }

    /** Takes the mail for this node if nobody holds it: a conditional update that only one node can win. */
    public Optional<ClaimedMail> claim(long id) {
        if (!won("OutboundMail.claim", id)) {
            return Optional.empty();
        }
        OutboundMail mail = em.find(OutboundMail.class, id);
        MailContent.Attachment file = mail.getAttachmentBody() == null ? null : new MailContent.Attachment(
                mail.getAttachmentName(), mail.getAttachmentType(), mail.getAttachmentBody());
        return Optional.of(new ClaimedMail(id, mail.getRecipient(), mail.getSubject(), mail.getTextBody(),
                mail.getHtmlBody(), file, mail.getAttempts()));
    }

    /** Takes the message for this node if nobody holds it, as {@link #claim} does a mail. */
    public Optional<ClaimedMessage> claimMessage(long id) {
        if (!won("OutboundMessage.claim", id)) {
            return Optional.empty();
        }
        OutboundMessage message = em.find(OutboundMessage.class, id);
        return Optional.of(new ClaimedMessage(id, message.getDestination(), message.getMessageKey(),
                message.getMessageKey() + "@" + message.getDelivery().getCreatedAt(), message.getPayload(),
                message.getDelivery().getAttempts()));
    }

    private boolean won(String query, long id) {
        Instant now = clock.instant();
        return em.createNamedQuery(query)
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("until", now.plus(LEASE))
                .executeUpdate() == 1;
    }

    public void sent(long id) {
        em.find(OutboundMail.class, id).markSent(clock.instant());
    }

    public void failed(long id, String error) {
        em.find(OutboundMail.class, id).markFailed(error, clock.instant());
    }

    public void messageSent(long id) {
        em.find(OutboundMessage.class, id).markSent(clock.instant());
    }

    public void messageFailed(long id, String error) {
        em.find(OutboundMessage.class, id).markFailed(error, clock.instant());
    }
}
