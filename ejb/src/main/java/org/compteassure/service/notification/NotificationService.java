package org.compteassure.service.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.compteassure.persistence.notification.OutboundMail;
import org.compteassure.persistence.notification.OutboundMessage;
import org.compteassure.service.security.Roles;

/**
 * The transactional outbox: a mail is a row written in the caller's transaction, so it exists if and only if the
 * business change that asked for it committed. {@link OutboxDispatcher} delivers it afterwards. A message for the
 * back office is a row of the same kind ({@link #queueMessage}), delivered by {@link BackOfficeDispatcher}.
 */
@Stateless
// MANDATORY: queued by the observers inside any caller's transaction (anonymous ones too).
@PermitAll
public class NotificationService {

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    private Event<MessageQueued> messageQueued;

    /**
     * Queues a mail; must run inside the business transaction (never sends anything itself).
     *
     * @return the queued mail's id
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long queue(String recipient, MailContent content) {
        OutboundMail mail = new OutboundMail(recipient, content.subject(), content.text(), content.html(),
                clock.instant());
        if (content.attachment() != null) {
            mail.attach(content.attachment().name(), content.attachment().type(), content.attachment().body());
        }
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
        return mail.getId();
    }

    /**
     * Queues a message for a queue of the fund's back office (Jakarta Messaging), under {@code key} (one message
     * per key, which the receiver uses to recognise one it already had); must run inside the business transaction.
     *
     * @return the queued message's id
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long queueMessage(String destination, String key, String payload) {
        OutboundMessage message = new OutboundMessage(destination, key, payload, clock.instant());
        em.persist(message);
        em.flush();
        messageQueued.fire(new MessageQueued(message.getId()));
        return message.getId();
    }
}
