package org.compteassure.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The online access of one insured person: separate from the register so that closing an account keeps the
 * person, their payments and documents, and reactivation finds them again.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByNir", query = "SELECT a FROM Account a WHERE a.insuredPerson.nir = :nir")
public class Account {

    public enum Status { PENDING, ACTIVE, CLOSED }

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "insured_person_id", unique = true)
    private InsuredPerson insuredPerson;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "email", length = 254)
    private String email;

    /** The definitive secret code, as a Pbkdf2PasswordHash string; null until the person has chosen it. */
    @Column(name = "code_hash", length = 255)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(InsuredPerson insuredPerson, String email, Instant createdAt) {
        this.insuredPerson = insuredPerson;
        this.email = email;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public void setCodeHash(String codeHash) {
        this.codeHash = codeHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
