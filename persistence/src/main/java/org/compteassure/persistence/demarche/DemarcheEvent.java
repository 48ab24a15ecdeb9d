package org.compteassure.persistence.demarche;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a démarche's history: the status it reached, on which day the fund says, and when it was recorded. */
@Entity
@Table(name = "demarche_event")
public class DemarcheEvent {

    @Id
    @SequenceGenerator(name = "demarche_event_seq", sequenceName = "demarche_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "demarche_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "demarche_id", nullable = false)
    private Demarche demarche;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DemarcheStatus status;

    @Column(name = "status_date", nullable = false)
    private LocalDate date;

    @Column(name = "reason", length = Demarche.MAX_REASON)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DemarcheEvent() {
    }

    DemarcheEvent(Demarche demarche, DemarcheStatus status, LocalDate date, String reason, Instant recordedAt) {
        this.demarche = demarche;
        this.status = status;
        this.date = date;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    public DemarcheStatus getStatus() {
        return status;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
