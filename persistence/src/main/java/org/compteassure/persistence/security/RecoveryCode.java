package org.compteassure.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of the ten recovery codes of a person who enrolled a strong factor: shown once, stored as a salted hash,
 * accepted once in place of that factor.
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = "RecoveryCode.findUnusedByAccount", query = "SELECT r FROM RecoveryCode r "
        + "WHERE r.owner.accountId = :id AND r.usedAt IS NULL ORDER BY r.id")
@NamedQuery(name = "RecoveryCode.findUnusedByStaff", query = "SELECT r FROM RecoveryCode r "
        + "WHERE r.owner.staffMemberId = :id AND r.usedAt IS NULL ORDER BY r.id")
@NamedQuery(name = "RecoveryCode.deleteAllByAccount", query = "DELETE FROM RecoveryCode r WHERE r.owner.accountId = :id")
@NamedQuery(name = "RecoveryCode.deleteAllByStaff", query = "DELETE FROM RecoveryCode r WHERE r.owner.staffMemberId = :id")
public class RecoveryCode {

    @Id
    @SequenceGenerator(name = "recovery_code_seq", sequenceName = "recovery_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
    private Long id;

    @Embedded
    private FactorOwner owner;

    @Column(name = "salt", nullable = false, length = 64)
    private String salt;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(FactorOwner owner, String salt, String codeHash, Instant createdAt) {
        this.owner = owner;
        this.salt = salt;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public String getSalt() {
        return salt;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
