package org.compteassure.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
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
@NamedQuery(name = "OutboundMail.findDue", query = "SELECT m.id FROM OutboundMail m WHERE m.status = "
        + "org.compteassure.persistence.notification.OutboundMail.Status.PENDING AND m.nextAttemptAt <= :now "
        + "AND (m.leaseUntil IS NULL OR m.leaseUntil < :now) ORDER BY m.nextAttemptAt")
@NamedQuery(name = "OutboundMail.claim", query = "UPDATE OutboundMail m SET m.leaseUntil = :until WHERE m.id = :id "
        + "AND m.status = org.compteassure.persistence.notification.OutboundMail.Status.PENDING "
        + "AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)")
public class OutboundMail {

    public enum Status { PENDING, SENT, FAILED }

    /** After this many failed attempts the mail is given up and shown to operators as FAILED. */
    public static final int MAX_ATTEMPTS = 12;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** Set while one node is sending it, so that others leave it alone; expires if that node dies. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboundMail() {
    }

    public OutboundMail(String recipient, String subject, String textBody, String htmlBody, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        leaseUntil = null;
        attempts++;
        forgetBodies();
    }

    private void forgetBodies() {
        textBody = null;
        htmlBody = null;
    }

    /** Records a failed attempt and schedules the next one: 1, 2, 4 … minutes, at most an hour apart. */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        leaseUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            forgetBodies();
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(Math.min(60, 1L << (attempts - 1))));
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

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
