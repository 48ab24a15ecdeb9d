package org.compteassure.persistence.document;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;

/**
 * A PDF the fund issued, remembered so that anyone holding a printout can check it at {@code /verifier}: the
 * document's type, its holder (names as printed), the period it covers and when it was issued. The verification
 * code printed on the PDF is random and only its SHA-256 is stored; the PDF itself is not kept (it is generated
 * again, with a new code, on each request). Never changes once written.
 */
@Entity
@Table(name = "issued_document")
@NamedQuery(name = "IssuedDocument.findByCodeHash",
        query = "SELECT d FROM IssuedDocument d WHERE d.codeHash = :codeHash")
public class IssuedDocument {

    @Id
    @SequenceGenerator(name = "issued_document_seq", sequenceName = "issued_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_document_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 30)
    private DocumentType type;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    /** The insured person whose account asked for it (the holder, or the holder's parent). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "insured_person_id")
    private InsuredPerson insuredPerson;

    /** The child the document is about; null when it is about the insured person. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @Column(name = "holder_family_name", nullable = false, length = 100)
    private String holderFamilyName;

    @Column(name = "holder_given_names", nullable = false, length = 100)
    private String holderGivenNames;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    /** Null for an attestation of open-ended rights. */
    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected IssuedDocument() {
    }

    public IssuedDocument(DocumentType type, String codeHash, InsuredPerson insuredPerson, Beneficiary beneficiary,
                          LocalDate periodFrom, LocalDate periodTo, Instant issuedAt) {
        this.type = Objects.requireNonNull(type);
        this.codeHash = Objects.requireNonNull(codeHash);
        this.insuredPerson = Objects.requireNonNull(insuredPerson);
        this.beneficiary = beneficiary;
        this.holderFamilyName = beneficiary == null ? insuredPerson.getFamilyName() : beneficiary.getFamilyName();
        this.holderGivenNames = beneficiary == null ? insuredPerson.getGivenNames() : beneficiary.getGivenNames();
        this.periodFrom = Objects.requireNonNull(periodFrom);
        this.periodTo = periodTo;
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public Long getId() {
        return id;
    }

    public DocumentType getType() {
        return type;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public String getHolderFamilyName() {
        return holderFamilyName;
    }

    public String getHolderGivenNames() {
        return holderGivenNames;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
