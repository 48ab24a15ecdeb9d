package org.compteassure.persistence.code;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A browser the owner trusts for 30 days: it skips the e-mailed second login step. Its token is stored hashed. */
@Entity
@Table(name = "trusted_device")
@NamedQuery(name = "TrustedDevice.findByTokenHash",
        query = "SELECT d FROM TrustedDevice d WHERE d.tokenHash = :hash")
@NamedQuery(name = "TrustedDevice.findActive", query = "SELECT d FROM TrustedDevice d WHERE d.accountId = :accountId "
        + "AND d.revokedAt IS NULL AND d.expiresAt > :now ORDER BY d.createdAt DESC")
public class TrustedDevice {

    @Id
    @SequenceGenerator(name = "trusted_device_seq", sequenceName = "trusted_device_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trusted_device_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected TrustedDevice() {
    }

    public TrustedDevice(long accountId, String tokenHash, String label, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isTrusted(long forAccount, Instant now) {
        return accountId == forAccount && revokedAt == null && now.isBefore(expiresAt);
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public void revoke(Instant now) {
        revokedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
