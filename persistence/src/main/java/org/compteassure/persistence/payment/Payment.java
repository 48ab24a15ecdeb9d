package org.compteassure.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.IbanConverter;

/**
 * One payment of the fund to an insured person, as the claims system reports it: a reimbursement of care (for the
 * person or one of their beneficiaries) or a daily allowance. The claims system's {@code reference} identifies it,
 * so that re-sending the same payment changes nothing; only its status moves (PENDING → PAID or REJECTED).
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = "Payment.findByReference", query = "SELECT p FROM Payment p WHERE p.reference = :reference")
@NamedQuery(name = "Payment.findByReferences",
        query = "SELECT p FROM Payment p WHERE p.reference IN :references")
@NamedQuery(name = "Payment.findPaidBetween", query = "SELECT p FROM Payment p WHERE p.insuredPerson = :person "
        + "AND p.status = org.compteassure.persistence.payment.PaymentStatus.PAID "
        + "AND p.paymentDate BETWEEN :from AND :to ORDER BY p.paymentDate, p.id")
@NamedQuery(name = "Payment.findPaidOfKindBetween", query = "SELECT p FROM Payment p WHERE p.insuredPerson = :person "
        + "AND p.kind = :kind AND p.status = org.compteassure.persistence.payment.PaymentStatus.PAID "
        + "AND p.paymentDate BETWEEN :from AND :to ORDER BY p.paymentDate, p.id")
public class Payment {

    /** What the claims system says about the care or the allowance; it does not change once received. */
    public record Details(PaymentKind kind, LocalDate careDate, String actLabel, String practitioner,
                          BigDecimal amountSpent, BigDecimal reimbursementBase, Integer rate, BigDecimal amountPaid,
                          BigDecimal participationForfaitaire, BigDecimal franchise, DailyAllowance dailyAllowance) {
        public Details {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(careDate);
            Objects.requireNonNull(actLabel);
            Objects.requireNonNull(amountPaid);
            participationForfaitaire = participationForfaitaire == null ? BigDecimal.ZERO.setScale(2)
                    : participationForfaitaire;
            franchise = franchise == null ? BigDecimal.ZERO.setScale(2) : franchise;
            if ((kind == PaymentKind.DAILY_ALLOWANCE) != (dailyAllowance != null)) {
                throw new IllegalArgumentException("Daily-allowance details go with daily allowances only");
            }
        }
    }

    /** Where the payment stands: the part that a later message of the claims system may change. */
    public record Settlement(PaymentStatus status, String rejectionReason, LocalDate paymentDate, Iban paidTo) {
        public Settlement {
            Objects.requireNonNull(status);
        }
    }

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "reference", nullable = false, unique = true, length = 40)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "insured_person_id")
    private InsuredPerson insuredPerson;

    /** The child who received the care; null when it was the insured person. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private PaymentKind kind;

    /** Date of care; for a daily allowance, the first day of the period it pays. */
    @Column(name = "care_date", nullable = false)
    private LocalDate careDate;

    @Column(name = "act_label", nullable = false, length = 100)
    private String actLabel;

    @Column(name = "practitioner", length = 100)
    private String practitioner;

    @Column(name = "amount_spent", precision = 12, scale = 2)
    private BigDecimal amountSpent;

    @Column(name = "reimbursement_base", precision = 12, scale = 2)
    private BigDecimal reimbursementBase;

    /** Percentage of the base the fund pays (70 for a GP consultation...). */
    @Column(name = "rate")
    private Integer rate;

    /** What reached the bank account: the reimbursement, or the net daily allowance. */
    @Column(name = "amount_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountPaid;

    @Column(name = "participation_forfaitaire", nullable = false, precision = 12, scale = 2)
    private BigDecimal participationForfaitaire;

    @Column(name = "franchise", nullable = false, precision = 12, scale = 2)
    private BigDecimal franchise;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private PaymentStatus status;

    @Column(name = "rejection_reason", length = 200)
    private String rejectionReason;

    @Column(name = "payment_date")
    private LocalDate paymentDate;

    @Convert(converter = IbanConverter.class)
    @Column(name = "paid_to_iban", length = 34)
    private Iban paidTo;

    @Embedded
    private DailyAllowance dailyAllowance;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Payment() {
    }

    public Payment(String reference, InsuredPerson insuredPerson, Beneficiary beneficiary, Details details,
                   Settlement settlement, Instant receivedAt) {
        this.reference = Objects.requireNonNull(reference);
        this.insuredPerson = Objects.requireNonNull(insuredPerson);
        this.beneficiary = beneficiary;
        this.kind = details.kind();
        this.careDate = details.careDate();
        this.actLabel = details.actLabel();
        this.practitioner = details.practitioner();
        this.amountSpent = details.amountSpent();
        this.reimbursementBase = details.reimbursementBase();
        this.rate = details.rate();
        this.amountPaid = details.amountPaid();
        this.participationForfaitaire = details.participationForfaitaire();
        this.franchise = details.franchise();
        this.dailyAllowance = details.dailyAllowance();
        this.receivedAt = Objects.requireNonNull(receivedAt);
        apply(settlement);
    }

    /** Called by {@link PaymentWriter} once the row is written with this id, at the first version. */
    void inserted(long id) {
        this.id = id;
        this.version = 1;
    }

    long version() {
        return version;
    }

    /**
     * Applies a later message of the claims system about this payment.
     *
     * @return whether anything changed (re-sending the same message changes nothing)
     * @throws IllegalStateException if the status would move back from PAID or REJECTED
     */
    public boolean settle(Settlement settlement) {
        if (settlement.equals(settlement())) {
            return false;
        }
        if (!status.mayBecome(settlement.status())) {
            throw new IllegalStateException("A " + status + " payment cannot become " + settlement.status());
        }
        apply(settlement);
        return true;
    }

    private void apply(Settlement settlement) {
        this.status = settlement.status();
        this.rejectionReason = settlement.rejectionReason();
        this.paymentDate = settlement.paymentDate();
        this.paidTo = settlement.paidTo();
    }

    /** What the claims system said about the care or the allowance, to compare with a later message. */
    public Details details() {
        return new Details(kind, careDate, actLabel, practitioner, amountSpent, reimbursementBase, rate, amountPaid,
                participationForfaitaire, franchise, dailyAllowance);
    }

    public Settlement settlement() {
        return new Settlement(status, rejectionReason, paymentDate, paidTo);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public LocalDate getCareDate() {
        return careDate;
    }

    public String getActLabel() {
        return actLabel;
    }

    public String getPractitioner() {
        return practitioner;
    }

    public BigDecimal getAmountSpent() {
        return amountSpent;
    }

    public BigDecimal getReimbursementBase() {
        return reimbursementBase;
    }

    public Integer getRate() {
        return rate;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public BigDecimal getParticipationForfaitaire() {
        return participationForfaitaire;
    }

    public BigDecimal getFranchise() {
        return franchise;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public Iban getPaidTo() {
        return paidTo;
    }

    public DailyAllowance getDailyAllowance() {
        return dailyAllowance;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
