package org.compteassure.persistence.export;

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
 * « Télécharger mes données »: one person's request for all their data, prepared in the background by whichever node
 * claims it (a conditional update, like the outbox), then kept as numbered {@link DataExportPart parts} of one ZIP in
 * the database, so any node serves it, until {@link #getExpiresAt()} (7 days), when it is deleted. Pages know it by
 * {@link #getPublicId()}, a random value, never by its row id.
 */
@Entity
@Table(name = "data_export")
@NamedQuery(name = "DataExport.findByPerson", query = "SELECT e FROM DataExport e "
        + "WHERE e.insuredPersonId = :personId ORDER BY e.requestedAt DESC, e.id DESC")
@NamedQuery(name = "DataExport.findByPublicId", query = "SELECT e FROM DataExport e WHERE e.publicId = :publicId")
@NamedQuery(name = "DataExport.findDue", query = "SELECT e.id FROM DataExport e WHERE e.status = "
        + "org.compteassure.persistence.export.DataExport.Status.ASKED OR (e.status = "
        + "org.compteassure.persistence.export.DataExport.Status.PREPARING AND e.leasedUntil < :now) ORDER BY e.id")
@NamedQuery(name = "DataExport.claim", query = "UPDATE DataExport e SET e.status = "
        + "org.compteassure.persistence.export.DataExport.Status.PREPARING, e.leasedUntil = :until, "
        + "e.leaseToken = :token, e.attempts = e.attempts + 1, e.stepsDone = 0 WHERE e.id = :id AND (e.status = "
        + "org.compteassure.persistence.export.DataExport.Status.ASKED OR (e.status = "
        + "org.compteassure.persistence.export.DataExport.Status.PREPARING AND e.leasedUntil < :now))")
@NamedQuery(name = "DataExport.renew", query = "UPDATE DataExport e SET e.leasedUntil = :until, e.stepsDone = :done "
        + "WHERE e.id = :id AND e.leaseToken = :token AND e.status = "
        + "org.compteassure.persistence.export.DataExport.Status.PREPARING")
@NamedQuery(name = "DataExport.findExpired", query = "SELECT e.id FROM DataExport e WHERE e.expiresAt < :now")
public class DataExport {

    /** Where the request stands. */
    public enum Status {
        /** Asked, not yet taken by a node. */
        ASKED,
        /** A node is writing it (or one was, and its lease runs out). */
        PREPARING,
        /** Complete, downloadable until it expires. */
        READY,
        /** Given up after {@code MAX_ATTEMPTS}: the person may ask again. */
        FAILED
    }

    @Id
    @SequenceGenerator(name = "data_export_seq", sequenceName = "data_export_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_export_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, length = 32, unique = true)
    private String publicId;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** How many of the {@link #getSteps()} parts of the content are written: the page's progress. */
    @Column(name = "steps_done", nullable = false)
    private int stepsDone;

    @Column(name = "steps", nullable = false)
    private int steps;

    /** The claiming node's random token; a node whose lease was taken over finds it changed and stops. */
    @Column(name = "lease_token", length = 32)
    private String leaseToken;

    @Column(name = "leased_until")
    private Instant leasedUntil;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "parts")
    private Integer parts;

    protected DataExport() {
    }

    /**
     * A new request, to prepare in {@code steps} steps; it is deleted at {@code expiresAt} whatever happens (the
     * 7 days count from the request until it is ready, then from then).
     */
    public DataExport(String publicId, long insuredPersonId, int steps, Instant requestedAt, Instant expiresAt) {
        this.publicId = publicId;
        this.insuredPersonId = insuredPersonId;
        this.steps = steps;
        this.status = Status.ASKED;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    /** Complete: its parts, size and checksum, kept until {@code expiresAt}. */
    public void ready(int parts, long sizeBytes, String sha256, Instant now, Instant expiresAt) {
        this.status = Status.READY;
        this.parts = parts;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.stepsDone = steps;
        this.readyAt = now;
        this.expiresAt = expiresAt;
        this.leaseToken = null;
        this.leasedUntil = null;
    }

    /** The preparation failed: tried again once the lease is over, or given up after {@code maxAttempts}. */
    public void failed(Instant now, int maxAttempts) {
        leasedUntil = now;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            leaseToken = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public int getStepsDone() {
        return stepsDone;
    }

    public int getSteps() {
        return steps;
    }

    public String getLeaseToken() {
        return leaseToken;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getReadyAt() {
        return readyAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Integer getParts() {
        return parts;
    }
}
