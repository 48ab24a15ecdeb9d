package org.compteassure.persistence.messaging;

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
import java.time.Instant;

/**
 * One time an adviser opened a person's file or acted on it: who, when, what. Written in the transaction of the
 * access itself, never edited; the person reads them under "Consultations de mon dossier".
 */
@Entity
@Table(name = "access_log")
@NamedQuery(name = "AccessLog.findByPerson", query = "SELECT a FROM AccessLog a WHERE a.insuredPersonId = :personId "
        + "ORDER BY a.loggedAt DESC, a.id DESC")
@NamedQuery(name = "AccessLog.countRecent", query = "SELECT COUNT(a) FROM AccessLog a WHERE a.threadId = :threadId "
        + "AND a.staffUsername = :staff AND a.action = :action AND a.loggedAt > :since")
public class AccessLog {

    public enum Action {
        FILE_OPENED, THREAD_OPENED, THREAD_TAKEN, REPLIED, NOTE_ADDED, THREAD_CLOSED, ATTACHMENT_OPENED,
        CODE_SENT_BY_POST, ACCOUNT_UNLOCKED, ACCOUNT_CREATED, SESSIONS_ENDED,
        FACTORS_REMOVED,
        /** Appointments: booked for the person by an adviser, held (opened from the day's list), missed. */
        APPOINTMENT_BOOKED, APPOINTMENT_HELD, APPOINTMENT_NO_SHOW
    }

    @Id
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    private Long id;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Column(name = "staff_username", nullable = false, length = 64)
    private String staffUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private Action action;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    /** The thread opened or acted on, if any. */
    @Column(name = "thread_id")
    private Long threadId;

    /** The document (attachment) opened, as its file is named, if any. */
    @Column(name = "document_name", length = 255)
    private String documentName;

    protected AccessLog() {
    }

    public AccessLog(long insuredPersonId, String staffUsername, Action action, Instant loggedAt) {
        this.insuredPersonId = insuredPersonId;
        this.staffUsername = staffUsername;
        this.action = action;
        this.loggedAt = loggedAt;
    }

    /** The same entry about one thread, and for a document its name. */
    public AccessLog about(long threadId, String documentName) {
        this.threadId = threadId;
        this.documentName = documentName;
        return this;
    }

    public Long getId() {
        return id;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public Action getAction() {
        return action;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public Long getThreadId() {
        return threadId;
    }

    public String getDocumentName() {
        return documentName;
    }
}
