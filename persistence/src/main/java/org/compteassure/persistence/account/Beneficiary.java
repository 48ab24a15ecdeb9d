package org.compteassure.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person covered through an insured person's rights, typically a child: care and payments can concern them. */
@Entity
@Table(name = "beneficiary")
public class Beneficiary {

    @Id
    @SequenceGenerator(name = "beneficiary_seq", sequenceName = "beneficiary_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beneficiary_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "insured_person_id")
    private InsuredPerson insuredPerson;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_names", nullable = false, length = 100)
    private String givenNames;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    protected Beneficiary() {
    }

    Beneficiary(InsuredPerson insuredPerson, String familyName, String givenNames, LocalDate birthDate) {
        this.insuredPerson = insuredPerson;
        this.familyName = familyName;
        this.givenNames = givenNames;
        this.birthDate = birthDate;
    }

    boolean sameAs(InsuredPerson.NewBeneficiary child) {
        return familyName.equalsIgnoreCase(child.familyName()) && givenNames.equalsIgnoreCase(child.givenNames())
                && birthDate.equals(child.birthDate());
    }

    public Long getId() {
        return id;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
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
}
