package org.compteassure.persistence.account;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.IbanConverter;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.domain.NirConverter;

/**
 * A person the fund insures, as the claims system knows them (the register). Exists before, and independently of,
 * any online {@link Account}: identity checks at account creation compare what a person types with this record.
 */
@Entity
@Table(name = "insured_person")
@NamedQuery(name = "InsuredPerson.findByNir", query = "SELECT p FROM InsuredPerson p WHERE p.nir = :nir")
@NamedQuery(name = "InsuredPerson.findByBirth",
        query = "SELECT p FROM InsuredPerson p WHERE p.birthDate = :birthDate AND p.sex = :sex")
@NamedQuery(name = "InsuredPerson.findByNameAndBirthDate", query = "SELECT p FROM InsuredPerson p "
        + "WHERE UPPER(p.familyName) = :familyName AND p.birthDate = :birthDate ORDER BY p.givenNames, p.id")
public class InsuredPerson {

    public enum Sex { MALE, FEMALE }

    @Id
    @SequenceGenerator(name = "insured_person_seq", sequenceName = "insured_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insured_person_seq")
    private Long id;

    @Version
    private long version;

    @Convert(converter = NirConverter.class)
    @Column(name = "nir", nullable = false, unique = true, length = 13)
    private Nir nir;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_names", nullable = false, length = 100)
    private String givenNames;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 6)
    private Sex sex;

    @Embedded
    private PostalAddress address;

    @Convert(converter = IbanConverter.class)
    @Column(name = "iban", length = 34)
    private Iban iban;

    @Column(name = "vitale_serial", length = 20)
    private String vitaleSerial;

    @Column(name = "email", length = 254)
    private String email;

    /** E.164 ({@code +33612345678}), or null. */
    @Column(name = "phone", length = 16)
    private String phone;

    /** The bank account holder's name as the person typed it when they changed their IBAN online. */
    @Column(name = "iban_holder", length = 70)
    private String ibanHolder;

    /**
     * A new IBAN given online, « en attente de validation » until the fund confirms its démarche: payments keep
     * using {@link #getIban()}, the fund's, and the register's upsert leaves this alone.
     */
    @Convert(converter = IbanConverter.class)
    @Column(name = "pending_iban", length = 34)
    private Iban pendingIban;

    @Column(name = "pending_iban_holder", length = 70)
    private String pendingIbanHolder;

    /** A new postal address given online, pending like {@link #pendingIban} until the fund takes it. */
    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "pending_address_line1", length = 38))
    @AttributeOverride(name = "line2", column = @Column(name = "pending_address_line2", length = 38))
    @AttributeOverride(name = "postalCode", column = @Column(name = "pending_postal_code", length = 10))
    @AttributeOverride(name = "city", column = @Column(name = "pending_city", length = 38))
    @AttributeOverride(name = "country", column = @Column(name = "pending_country", length = 38))
    private PostalAddress pendingAddress;

    /** Rights as the register states them; null (none on file) means no attestation de droits is offered. */
    @Embedded
    private Rights rights;

    /** Every child the register ever listed under this person, including those it no longer lists. */
    @OneToMany(mappedBy = "insuredPerson", cascade = CascadeType.ALL)
    @OrderBy("birthDate")
    private List<Beneficiary> beneficiaries = new ArrayList<>();

    protected InsuredPerson() {
    }

    public InsuredPerson(Nir nir, String familyName, String givenNames, LocalDate birthDate, Sex sex,
                         PostalAddress address) {
        this.nir = nir;
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.birthDate = birthDate;
        this.sex = sex;
        this.address = address;
    }

    /** A child as the register sends it, before it is attached to this person. */
    public record NewBeneficiary(String familyName, String givenNames, LocalDate birthDate) {
    }

    /**
     * Aligns the beneficiaries with the register's current list: children already known keep their identity (payments
     * refer to them), new ones are added, those the register no longer lists are marked so but never deleted
     * (payments, documents and card orders refer to them); a child listed again is the same child again.
     */
    public void replaceBeneficiaries(List<NewBeneficiary> children) {
        beneficiaries.forEach(known -> known.setListed(children.stream().anyMatch(known::sameAs)));
        children.stream()
                .filter(child -> beneficiaries.stream().noneMatch(known -> known.sameAs(child)))
                .forEach(child -> addBeneficiary(child.familyName(), child.givenNames(), child.birthDate()));
    }

    /** This person's own child (not one they are the second parent of) with these names and birth date, if any. */
    public Optional<Beneficiary> beneficiary(NewBeneficiary child) {
        return beneficiaries.stream().filter(known -> known.sameAs(child)).findFirst();
    }

    public Beneficiary addBeneficiary(String familyName, String givenNames, LocalDate birthDate) {
        Beneficiary child = new Beneficiary(this, familyName, givenNames, birthDate);
        beneficiaries.add(child);
        return child;
    }

    public Long getId() {
        return id;
    }

    /** The optimistic-lock version: a form remembers it, and the service refuses a save based on an older one. */
    public long getVersion() {
        return version;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIbanHolder() {
        return ibanHolder;
    }

    public void setIbanHolder(String ibanHolder) {
        this.ibanHolder = ibanHolder;
    }

    public Nir getNir() {
        return nir;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public void setAddress(PostalAddress address) {
        this.address = address;
    }

    public Iban getIban() {
        return iban;
    }

    public void setIban(Iban iban) {
        this.iban = iban;
    }

    public String getVitaleSerial() {
        return vitaleSerial;
    }

    public void setVitaleSerial(String vitaleSerial) {
        this.vitaleSerial = vitaleSerial;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The children the register lists under this person today (not those attached to them as second parent). */
    public List<Beneficiary> getBeneficiaries() {
        return beneficiaries.stream().filter(Beneficiary::isListed).toList();
    }

    /** A new IBAN the person asked for, waiting for the fund. */
    public void requestIban(Iban newIban, String holder) {
        pendingIban = newIban;
        pendingIbanHolder = holder;
    }

    /** The fund confirmed the pending IBAN: it is the one payments go to from now on. */
    public void confirmPendingIban() {
        if (pendingIban != null) {
            iban = pendingIban;
            ibanHolder = pendingIbanHolder;
        }
        dropPendingIban();
    }

    /** The fund refused the pending IBAN, or its register now has it. */
    public void dropPendingIban() {
        pendingIban = null;
        pendingIbanHolder = null;
    }

    public Iban getPendingIban() {
        return pendingIban;
    }

    public String getPendingIbanHolder() {
        return pendingIbanHolder;
    }

    /** A new postal address the person asked for, waiting for the fund. */
    public void requestAddress(PostalAddress newAddress) {
        pendingAddress = newAddress;
    }

    /** The fund confirmed the pending address: letters go there from now on. */
    public void confirmPendingAddress() {
        if (pendingAddress != null) {
            address = pendingAddress;
        }
        pendingAddress = null;
    }

    public void dropPendingAddress() {
        pendingAddress = null;
    }

    public PostalAddress getPendingAddress() {
        return pendingAddress;
    }

    /** Null when the register has sent none. */
    public Rights getRights() {
        return rights;
    }

    public void setRights(Rights rights) {
        this.rights = rights;
    }
}
