package org.compteassure.persistence.account;

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
import java.time.LocalDate;

/**
 * "Déclarer la perte ou le vol de ma carte Vitale": recorded with a reference the person quotes to their fund,
 * which then cancels the card and issues a new one.
 */
@Entity
@Table(name = "vitale_loss")
@NamedQuery(name = "VitaleLoss.findByPerson",
        query = "SELECT v FROM VitaleLoss v WHERE v.insuredPersonId = :personId ORDER BY v.declaredAt DESC")
public class VitaleLoss {

    public enum Kind { LOSS, THEFT }

    public static final int MAX_CIRCUMSTANCES = 500;

    @Id
    @SequenceGenerator(name = "vitale_loss_seq", sequenceName = "vitale_loss_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vitale_loss_seq")
    private Long id;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Column(name = "reference", nullable = false, length = 20, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 6)
    private Kind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "circumstances", nullable = false, length = MAX_CIRCUMSTANCES)
    private String circumstances;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    /** The démarche that asks the fund to cancel the card and make a new one. */
    @Column(name = "demarche_number", length = 16)
    private String demarcheNumber;

    protected VitaleLoss() {
    }

    public VitaleLoss(long insuredPersonId, String reference, Kind kind, LocalDate occurredOn, String circumstances,
                      Instant declaredAt) {
        this.insuredPersonId = insuredPersonId;
        this.reference = reference;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.circumstances = circumstances;
        this.declaredAt = declaredAt;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getDemarcheNumber() {
        return demarcheNumber;
    }

    public void setDemarcheNumber(String demarcheNumber) {
        this.demarcheNumber = demarcheNumber;
    }
}
