package org.compteassure.persistence.demarche;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request a person made to the fund (« démarche »): a new IBAN, a new address, a lost carte Vitale, a European
 * card… It is handed to the fund's back office (a message on its queue) and comes back with its outcome through the
 * status API. Its number ({@code D-2026-000123}) is what the person, the adviser and the back office quote; it is made
 * from a database sequence, so that every node of a cluster draws distinct numbers. The portal never treats the
 * request as done until the fund says so.
 */
@Entity
@Table(name = "demarche")
@NamedQuery(name = "Demarche.findByNumber", query = "SELECT d FROM Demarche d WHERE d.number = :number")
@NamedQuery(name = "Demarche.findByPerson",
        query = "SELECT d FROM Demarche d WHERE d.insuredPersonId = :personId ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = "Demarche.findOpenByPersonAndType", query = "SELECT d FROM Demarche d WHERE d.insuredPersonId = "
        + ":personId AND d.type = :type AND d.status IN (org.compteassure.persistence.demarche.DemarcheStatus.RECEIVED, "
        + "org.compteassure.persistence.demarche.DemarcheStatus.IN_PROGRESS) ORDER BY d.createdAt DESC, d.id DESC")
public class Demarche {

    /** The longest reason of a refusal or of a status change. */
    public static final int MAX_REASON = 500;

    /** The longest description shown with the number ("IBAN FR76 **** 1234", a child's name…). */
    public static final int MAX_SUMMARY = 120;

    /** One number per draw, not a block per node: the numbers a person sees follow one another. */
    @Id
    @SequenceGenerator(name = "demarche_seq", sequenceName = "demarche_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "demarche_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "demarche_number", nullable = false, unique = true, length = 16)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "demarche_type", nullable = false, length = 20)
    private DemarcheType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DemarcheStatus status;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Column(name = "summary", length = MAX_SUMMARY)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "estimated_on", nullable = false)
    private LocalDate estimatedOn;

    /** The reason of a refusal (or of the last change that gave one). */
    @Column(name = "reason", length = MAX_REASON)
    private String reason;

    @OneToMany(mappedBy = "demarche", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt ASC, id ASC")
    private List<DemarcheEvent> history = new ArrayList<>();

    protected Demarche() {
    }

    /** A new démarche, « Reçue » on {@code today}; it gets its number once persisted ({@link #assignNumber}). */
    public Demarche(DemarcheType type, long insuredPersonId, String summary, Instant now, LocalDate today,
                    LocalDate estimatedOn) {
        this.type = type;
        this.insuredPersonId = insuredPersonId;
        this.summary = summary;
        this.createdAt = now;
        this.estimatedOn = estimatedOn;
        this.status = DemarcheStatus.RECEIVED;
        this.history.add(new DemarcheEvent(this, DemarcheStatus.RECEIVED, today, null, now));
    }

    /** {@code D-2026-000123}: the year it was made and its id, drawn from the sequence when persisted. */
    public void assignNumber(int year) {
        if (id == null) {
            throw new IllegalStateException("persist the démarche first");
        }
        number = String.format("D-%d-%06d", year, id);
    }

    /**
     * Moves the démarche to {@code next}, dated {@code date} by the fund; the caller has checked
     * {@link DemarcheStatus#mayBecome}.
     */
    public void advance(DemarcheStatus next, LocalDate date, String reason, Instant now) {
        if (!status.mayBecome(next)) {
            throw new IllegalStateException(status + " cannot become " + next);
        }
        status = next;
        this.reason = reason;
        history.add(new DemarcheEvent(this, next, date, reason, now));
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public DemarcheType getType() {
        return type;
    }

    public DemarcheStatus getStatus() {
        return status;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getEstimatedOn() {
        return estimatedOn;
    }

    public String getReason() {
        return reason;
    }

    /** Oldest first. */
    public List<DemarcheEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
