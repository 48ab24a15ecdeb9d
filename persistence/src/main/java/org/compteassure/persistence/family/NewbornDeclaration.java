package org.compteassure.persistence.family;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.compteassure.persistence.account.InsuredPerson.Sex;

/**
 * A birth a parent declared from their account (« Déclarer une naissance »), with the birth certificate the fund's
 * back office fetches. The child is shown « en cours d'inscription » while the declaration is {@link State#PENDING};
 * once the fund confirms it, the child is a {@code Beneficiary} like those the register sends. The certificate is
 * kept in the database like a message's attachments, so that every node of the cluster serves it.
 */
@Entity
@Table(name = "newborn_declaration")
@NamedQuery(name = "NewbornDeclaration.findPendingByPerson", query = "SELECT n FROM NewbornDeclaration n WHERE "
        + "n.insuredPersonId = :personId AND n.state = org.compteassure.persistence.family.NewbornDeclaration.State.PENDING "
        + "ORDER BY n.birthDate, n.id")
@NamedQuery(name = "NewbornDeclaration.findByNumber",
        query = "SELECT n FROM NewbornDeclaration n WHERE n.demarcheNumber = :number")
public class NewbornDeclaration {

    /** Waiting for the fund; registered as a beneficiary; refused by the fund. */
    public enum State { PENDING, REGISTERED, REFUSED }

    @Id
    @SequenceGenerator(name = "newborn_declaration_seq", sequenceName = "newborn_declaration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newborn_declaration_seq")
    private Long id;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Column(name = "demarche_number", length = 16)
    private String demarcheNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private State state = State.PENDING;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_names", nullable = false, length = 100)
    private String givenNames;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 6)
    private Sex sex;

    /** The other parent's NIR (15 characters), when the child is to be attached to both parents. */
    @Column(name = "other_parent_nir", length = 15)
    private String otherParentNir;

    @Column(name = "certificate_name", nullable = false, length = 255)
    private String certificateName;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "certificate_size", nullable = false)
    private long certificateSize;

    @Column(name = "certificate_sha256", nullable = false, length = 64)
    private String certificateSha256;

    /** Loaded only when the back office fetches it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "certificate", nullable = false)
    private byte[] certificate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NewbornDeclaration() {
    }

    /** The child as declared and its certificate, already checked (type found from the content, size, name). */
    public NewbornDeclaration(long insuredPersonId, String familyName, String givenNames, LocalDate birthDate, Sex sex,
                              String otherParentNir, String certificateName, String certificateType,
                              byte[] certificate, String certificateSha256, Instant createdAt) {
        this.insuredPersonId = insuredPersonId;
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.birthDate = birthDate;
        this.sex = sex;
        this.otherParentNir = otherParentNir;
        this.certificateName = certificateName;
        this.certificateType = certificateType;
        this.certificate = certificate;
        this.certificateSize = certificate.length;
        this.certificateSha256 = certificateSha256;
        this.createdAt = createdAt;
    }

    public void setDemarcheNumber(String demarcheNumber) {
        this.demarcheNumber = demarcheNumber;
    }

    /** The fund's answer: registered or refused; a declaration the fund answered does not change again. */
    public void settle(boolean registered) {
        if (state == State.PENDING) {
            state = registered ? State.REGISTERED : State.REFUSED;
        }
    }

    public Long getId() {
        return id;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    public String getDemarcheNumber() {
        return demarcheNumber;
    }

    public State getState() {
        return state;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getOtherParentNir() {
        return otherParentNir;
    }

    public String getCertificateName() {
        return certificateName;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public long getCertificateSize() {
        return certificateSize;
    }

    public String getCertificateSha256() {
        return certificateSha256;
    }

    public byte[] getCertificate() {
        return certificate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
