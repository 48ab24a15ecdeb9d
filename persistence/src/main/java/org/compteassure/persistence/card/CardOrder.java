package org.compteassure.persistence.card;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;

/**
 * One European Health Insurance Card ordered for one person: the insured person who ordered it, or one of their
 * beneficiaries. The card maker moves it Commandée → En fabrication → Expédiée; once sent, the card is valid
 * {@link #VALIDITY} and may be renewed from {@link #RENEWAL_WINDOW} before it expires.
 */
@Entity
@Table(name = "card_order")
@NamedQuery(name = "CardOrder.findForPerson", query = "SELECT o FROM CardOrder o WHERE o.insuredPerson = :person "
        + "AND o.beneficiary IS NULL ORDER BY o.orderedAt DESC, o.id DESC")
@NamedQuery(name = "CardOrder.findForBeneficiary", query = "SELECT o FROM CardOrder o "
        + "WHERE o.beneficiary = :beneficiary ORDER BY o.orderedAt DESC, o.id DESC")
@NamedQuery(name = "CardOrder.findRecent", query = "SELECT o FROM CardOrder o ORDER BY o.orderedAt DESC, o.id DESC")
public class CardOrder {

    public static final Period VALIDITY = Period.ofYears(2);
    public static final Period RENEWAL_WINDOW = Period.ofMonths(3);

    @Id
    @SequenceGenerator(name = "card_order_seq", sequenceName = "card_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "card_order_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "insured_person_id")
    private InsuredPerson insuredPerson;

    /** The child the card is for; null when it is for the insured person. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @Column(name = "departure_date", nullable = false)
    private LocalDate departureDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 15)
    private CardStatus status;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    /** The démarche that carried the order to the card maker's queue. */
    @Column(name = "demarche_number", length = 16)
    private String demarcheNumber;

    protected CardOrder() {
    }

    public CardOrder(InsuredPerson insuredPerson, Beneficiary beneficiary, LocalDate departureDate, Instant orderedAt) {
        this.insuredPerson = Objects.requireNonNull(insuredPerson);
        this.beneficiary = beneficiary;
        this.departureDate = Objects.requireNonNull(departureDate);
        this.orderedAt = Objects.requireNonNull(orderedAt);
        this.status = CardStatus.ORDERED;
    }

    /**
     * Moves the order to that status, one step forward only; a sent card becomes valid from that day.
     *
     * @return whether the status changed (the same status again changes nothing)
     * @throws IllegalStateException if {@code next} is not this status or the one after it
     */
    public boolean advance(CardStatus next, LocalDate today) {
        if (next == status) {
            return false;
        }
        if (next != status.next()) {
            throw new IllegalStateException("A " + status + " card order cannot become " + next);
        }
        status = next;
        if (next == CardStatus.SENT) {
            sentOn = today;
            validUntil = today.plus(VALIDITY);
        }
        return true;
    }

    /** Ordered but not sent yet: a second order for the same person must wait. */
    public boolean isInProgress() {
        return status != CardStatus.SENT;
    }

    /** The first day a new card may be ordered, for a sent card; null while the order is in progress. */
    public LocalDate renewableFrom() {
        return validUntil == null ? null : validUntil.minus(RENEWAL_WINDOW);
    }

    public String holderFamilyName() {
        return beneficiary == null ? insuredPerson.getFamilyName() : beneficiary.getFamilyName();
    }

    public String holderGivenNames() {
        return beneficiary == null ? insuredPerson.getGivenNames() : beneficiary.getGivenNames();
    }

    public Long getId() {
        return id;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public LocalDate getDepartureDate() {
        return departureDate;
    }

    public CardStatus getStatus() {
        return status;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getDemarcheNumber() {
        return demarcheNumber;
    }

    public void setDemarcheNumber(String demarcheNumber) {
        this.demarcheNumber = demarcheNumber;
    }
}
