package org.compteassure.persistence.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import java.util.Collections;
import java.util.List;
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

    @OneToMany(mappedBy = "insuredPerson", cascade = CascadeType.ALL, orphanRemoval = true)
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
     * refer to them), new ones are added, those the register no longer lists are removed.
     */
    public void replaceBeneficiaries(List<NewBeneficiary> children) {
        beneficiaries.removeIf(known -> children.stream().noneMatch(child -> known.sameAs(child)));
        children.stream()
                .filter(child -> beneficiaries.stream().noneMatch(known -> known.sameAs(child)))
                .forEach(child -> addBeneficiary(child.familyName(), child.givenNames(), child.birthDate()));
    }

    public Beneficiary addBeneficiary(String familyName, String givenNames, LocalDate birthDate) {
        Beneficiary child = new Beneficiary(this, familyName, givenNames, birthDate);
        beneficiaries.add(child);
        return child;
    }

    public Long getId() {
        return id;
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

    public List<Beneficiary> getBeneficiaries() {
        return Collections.unmodifiableList(beneficiaries);
    }
}
