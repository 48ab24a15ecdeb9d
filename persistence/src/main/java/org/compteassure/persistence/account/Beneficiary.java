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
@NamedQuery(name = "Beneficiary.findPendingForSecondParent", query = "SELECT b FROM Beneficiary b WHERE b.listed = TRUE "
        + "AND b.pendingSecondParent = :person ORDER BY b.birthDate, b.id")
@NamedQuery(name = "Beneficiary.findBySecondParentDemarche",
        query = "SELECT b FROM Beneficiary b WHERE b.secondParentDemarche = :number")
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

    /** A parent who asked to be attached from their own account, until the fund confirms or refuses. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pending_second_parent_id")
    private InsuredPerson pendingSecondParent;

    /** The démarche that carries the pending request, then the confirmed one. */
    @Column(name = "second_parent_demarche", length = 16)
    private String secondParentDemarche;

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

    /**
     * A second parent asked to be attached, under that démarche: they wait for the fund ({@link #confirmSecondParent}).
     *
     * @throws IllegalStateException if the child already has two parents, that parent, or a request waiting
     */
    public void requestSecondParent(InsuredPerson parent, String demarcheNumber) {
        if (secondParent != null || pendingSecondParent != null || insuredPerson.getId().equals(parent.getId())) {
            throw new IllegalStateException("This child already has that parent, two parents or a request waiting");
        }
        this.pendingSecondParent = parent;
        this.secondParentDemarche = demarcheNumber;
    }

    /**
     * The fund confirmed the request: the waiting parent becomes the second one, unless the register gave one since.
     *
     * @return whether the waiting parent is now the child's second parent
     */
    public boolean confirmSecondParent() {
        boolean attached = secondParent == null && pendingSecondParent != null
                && !insuredPerson.getId().equals(pendingSecondParent.getId());
        if (attached) {
            secondParent = pendingSecondParent;
        }
        pendingSecondParent = null;
        return attached;
    }

    /** The fund refused the request: nobody waits any more. */
    public void dropSecondParentRequest() {
        pendingSecondParent = null;
    }

    /** The démarche of the latest second parent's request, or null. */
    public String getSecondParentDemarche() {
        return secondParentDemarche;
    }

    /** Whether a second parent's request waits for the fund. */
    public boolean hasPendingSecondParent() {
        return pendingSecondParent != null;
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
