package org.compteassure.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail in the transactional outbox: written in the business transaction that decided to send it, delivered
 * after commit by the dispatcher, retried with back-off while SMTP fails. Nothing is lost if SMTP is down or a node
 * dies; a node that dies between sending and recording may make it be sent again (at least once, never lost).
 * Once sent (or given up) the bodies are emptied: they may hold a link or a one-time code, which must not stay at
 * rest in clear; what remains is the metadata (recipient, subject — one per kind of mail, never a code —, dates).
 */
@Entity
@Table(name = "outbound_mail")
@NamedQuery(name = "OutboundMail.findDue", query = "SELECT m.id FROM OutboundMail m WHERE m.delivery.status = "
        + "org.compteassure.persistence.notification.OutboxDelivery.Status.PENDING AND m.delivery.nextAttemptAt <= :now "
        + "AND (m.delivery.leaseUntil IS NULL OR m.delivery.leaseUntil < :now) ORDER BY m.delivery.nextAttemptAt")
@NamedQuery(name = "OutboundMail.claim", query = "UPDATE OutboundMail m SET m.delivery.leaseUntil = :until WHERE m.id = :id "
        + "AND m.delivery.status = org.compteassure.persistence.notification.OutboxDelivery.Status.PENDING "
        + "AND (m.delivery.leaseUntil IS NULL OR m.delivery.leaseUntil < :now)")
public class OutboundMail {

    @Id
    @SequenceGenerator(name = "outbound_mail_seq", sequenceName = "outbound_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_mail_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "text_body", length = 65536)
    private String textBody;

    @Column(name = "html_body", length = 65536)
    private String htmlBody;

    /** One text attachment (an appointment's calendar file), or none. */
    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment_body", length = 8000)
    private String attachmentBody;

    @Embedded
    private OutboxDelivery delivery;

    protected OutboundMail() {
    }

    public OutboundMail(String recipient, String subject, String textBody, String htmlBody, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.delivery = OutboxDelivery.dueAt(now);
    }

    /** Joins a text file to the mail, such as an appointment's {@code .ics}. */
    public void attach(String name, String type, String body) {
        this.attachmentName = name;
        this.attachmentType = type;
        this.attachmentBody = body;
    }

    public void markSent(Instant now) {
        delivery.markSent(now);
        forgetBodies();
    }

    private void forgetBodies() {
        textBody = null;
        htmlBody = null;
        attachmentBody = null;
    }

    /** Records a failed attempt (see {@link OutboxDelivery}); a mail given up forgets its bodies. */
    public void markFailed(String error, Instant now) {
        if (delivery.markFailed(error, now)) {
            forgetBodies();
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** Null once the mail is sent or given up. */
    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    /** Null once the mail is sent or given up, or when it has none. */
    public String getAttachmentBody() {
        return attachmentBody;
    }

    public OutboxDelivery.Status getStatus() {
        return delivery.getStatus();
    }

    public int getAttempts() {
        return delivery.getAttempts();
    }

    public Instant getNextAttemptAt() {
        return delivery.getNextAttemptAt();
    }

    public Instant getSentAt() {
        return delivery.getSentAt();
    }

    public String getLastError() {
        return delivery.getLastError();
    }
}
