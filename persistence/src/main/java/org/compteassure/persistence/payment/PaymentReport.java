package org.compteassure.persistence.payment;

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
 * « Signaler un paiement »: a person tells the fund's fraud team that a payment looks wrong (care they did not
 * receive, a wrong amount…). It is carried by a démarche of type PAYMENT_REPORT, whose number this row keeps: while
 * that démarche is open, the same payment cannot be reported again.
 */
@Entity
@Table(name = "payment_report")
@NamedQuery(name = "PaymentReport.findOpenNumber", query = "SELECT r.demarcheNumber FROM PaymentReport r, "
        + "Demarche d WHERE r.paymentId = :paymentId "
        + "AND d.number = r.demarcheNumber AND d.status IN ("
        + "org.compteassure.persistence.demarche.DemarcheStatus.RECEIVED, "
        + "org.compteassure.persistence.demarche.DemarcheStatus.IN_PROGRESS)")
public class PaymentReport {

    /** Why the person reports the payment. */
    public enum Reason { CARE_NOT_RECEIVED, WRONG_AMOUNT, OTHER }

    /** The longest text a person may add. */
    public static final int MAX_TEXT = 1000;

    @Id
    @SequenceGenerator(name = "payment_report_seq", sequenceName = "payment_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_report_seq")
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private long paymentId;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private Reason reason;

    /** What the person wrote; null when they wrote nothing. */
    @Column(name = "report_text", length = MAX_TEXT)
    private String text;

    @Column(name = "demarche_number", nullable = false, length = 16)
    private String demarcheNumber;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected PaymentReport() {
    }

    public PaymentReport(long paymentId, long insuredPersonId, Reason reason, String text, String demarcheNumber,
                         Instant reportedAt) {
        this.paymentId = paymentId;
        this.insuredPersonId = insuredPersonId;
        this.reason = reason;
        this.text = text;
        this.demarcheNumber = demarcheNumber;
        this.reportedAt = reportedAt;
    }
}
