package org.compteassure.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message to the fund's back office in the transactional outbox: a JSON document for a Jakarta Messaging queue,
 * written in the business transaction that asked for it (so there is none for a rolled-back request), sent after
 * commit and retried with back-off while the broker is unreachable ({@link OutboxDelivery}). Its {@code key} (the
 * démarche's number) travels with it, so that a message sent twice (a node that died between sending and recording)
 * is recognised by the broker's duplicate detection and by the back office. The payload holds personal data (a NIR,
 * an IBAN): it is emptied once sent or given up.
 */
@Entity
@Table(name = "outbound_message")
@NamedQuery(name = "OutboundMessage.findDue", query = "SELECT m.id FROM OutboundMessage m WHERE m.delivery.status = "
        + "org.compteassure.persistence.notification.OutboxDelivery.Status.PENDING AND m.delivery.nextAttemptAt <= :now "
        + "AND (m.delivery.leaseUntil IS NULL OR m.delivery.leaseUntil < :now) ORDER BY m.delivery.nextAttemptAt")
@NamedQuery(name = "OutboundMessage.claim", query = "UPDATE OutboundMessage m SET m.delivery.leaseUntil = :until "
        + "WHERE m.id = :id AND m.delivery.status = org.compteassure.persistence.notification.OutboxDelivery.Status.PENDING "
        + "AND (m.delivery.leaseUntil IS NULL OR m.delivery.leaseUntil < :now)")
@NamedQuery(name = "OutboundMessage.findByKey", query = "SELECT m FROM OutboundMessage m WHERE m.messageKey = :key")
public class OutboundMessage {

    public static final int MAX_PAYLOAD = 16384;

    @Id
    @SequenceGenerator(name = "outbound_message_seq", sequenceName = "outbound_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_message_seq")
    private Long id;

    /** The queue's name, e.g. {@code compte-assure.demarches}. */
    @Column(name = "destination", nullable = false, length = 100)
    private String destination;

    /** What identifies the message for its receiver (a démarche's number); one message per key. */
    @Column(name = "message_key", nullable = false, length = 40, unique = true)
    private String messageKey;

    @Column(name = "payload", length = MAX_PAYLOAD)
    private String payload;

    @Embedded
    private OutboxDelivery delivery;

    protected OutboundMessage() {
    }

    public OutboundMessage(String destination, String messageKey, String payload, Instant now) {
        this.destination = destination;
        this.messageKey = messageKey;
        this.payload = payload;
        this.delivery = OutboxDelivery.dueAt(now);
    }

    public void markSent(Instant now) {
        delivery.markSent(now);
        payload = null;
    }

    /** Records a failed attempt (see {@link OutboxDelivery}); a message given up forgets its payload. */
    public void markFailed(String error, Instant now) {
        if (delivery.markFailed(error, now)) {
            payload = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getDestination() {
        return destination;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** Null once sent or given up. */
    public String getPayload() {
        return payload;
    }

    public OutboxDelivery getDelivery() {
        return delivery;
    }
}
