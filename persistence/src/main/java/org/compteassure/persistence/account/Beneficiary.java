package org.compteassure.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/**
 * A person covered through an insured person's rights, typically a child: care and payments can concern them.
 * <p>
 * The register lists the child under one parent ({@link #getInsuredPerson()}); the other parent, if insured here
 * too, may be attached as {@link #getSecondParent()} (a child has at most two parents, so one nullable column keeps
 * every existing query on the first parent unchanged). A child the register stops listing is kept, marked
 * {@code listed = false}: payments and issued documents refer to it.
 */
@Entity
@Table(name = "beneficiary")
@NamedQuery(name = "Beneficiary.findListedForParent", query = "SELECT b FROM Beneficiary b WHERE b.listed = TRUE "
        + "AND (b.insuredPerson = :person OR b.secondParent = :person) ORDER BY b.birthDate, b.id")
@NamedQuery(name = "Beneficiary.ofParents", query = "SELECT b FROM Beneficiary b "
        + "WHERE b.insuredPerson IN :people OR b.secondParent IN :people")
@NamedQuery(name = "Beneficiary.findListedFor", query = "SELECT b FROM Beneficiary b WHERE b.listed = TRUE "
        + "AND b.insuredPerson = :parent AND b.birthDate = :birthDate")
public class Beneficiary {

    @Id
    @SequenceGenerator(name = "beneficiary_seq", sequenceName = "beneficiary_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beneficiary_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "insured_person_id")
    private InsuredPerson insuredPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "second_parent_id")
    private InsuredPerson secondParent;

    @Column(name = "listed", nullable = false)
    private boolean listed = true;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_names", nullable = false, length = 100)
    private String givenNames;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    /** Rights as the register states them; null (none on file) means no attestation de droits is offered. */
    @Embedded
    private Rights rights;

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

    void setListed(boolean listed) {
        this.listed = listed;
    }

    /** Whether the register lists this child today; a child no longer listed is kept for history only. */
    public boolean isListed() {
        return listed;
    }

    /** Whether this child is covered through that person, as first or second parent. */
    public boolean hasParent(InsuredPerson person) {
        return listed && (insuredPerson.getId().equals(person.getId())
                || secondParent != null && secondParent.getId().equals(person.getId()));
    }

    /**
     * Attaches the other parent.
     *
     * @throws IllegalStateException if the child already has two parents or that person is its first parent
     */
    public void attachSecondParent(InsuredPerson parent) {
        if (secondParent != null || insuredPerson.getId().equals(parent.getId())) {
            throw new IllegalStateException("This child already has that parent or two parents");
        }
        this.secondParent = parent;
    }

    public InsuredPerson getSecondParent() {
        return secondParent;
    }

    /** Its parents' ids: the first, and the second if it has one (both see the child and its payments). */
    public List<Long> parentIds() {
        return secondParent == null ? List.of(insuredPerson.getId()) : List.of(insuredPerson.getId(), secondParent.getId());
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

    /** Null when the register has sent none. */
    public Rights getRights() {
        return rights;
    }

    public void setRights(Rights rights) {
        this.rights = rights;
    }
}
