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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A passkey (WebAuthn credential) of an insured person or a staff member: the credential's id and COSE public key
 * (base64url), the user handle the authenticator keeps with it, and its signature counter, which must grow at each use
 * (when the authenticator counts at all: synced passkeys always say 0). Named by its owner.
 */
@Entity
@Table(name = "passkey")
@NamedQuery(name = "Passkey.findByAccount", query = "SELECT p FROM Passkey p WHERE p.owner.accountId = :id ORDER BY p.id")
@NamedQuery(name = "Passkey.findByStaff", query = "SELECT p FROM Passkey p WHERE p.owner.staffMemberId = :id ORDER BY p.id")
@NamedQuery(name = "Passkey.findByCredentialId", query = "SELECT p FROM Passkey p WHERE p.credentialId = :credentialId")
public class Passkey {

    public static final int NAME_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "passkey_seq", sequenceName = "passkey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passkey_seq")
    private Long id;

    @Version
    private long version;

    @Embedded
    private FactorOwner owner;

    @Column(name = "credential_id", nullable = false, length = 400)
    private String credentialId;

    @Column(name = "public_key_cose", nullable = false, length = 2000)
    private String publicKeyCose;

    @Column(name = "user_handle", nullable = false, length = 64)
    private String userHandle;

    @Column(name = "sign_count", nullable = false)
    private long signCount;

    @Column(name = "transports", length = 200)
    private String transports;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected Passkey() {
    }

    public Passkey(FactorOwner owner, String credentialId, String publicKeyCose, String userHandle, long signCount,
                   String transports, String name, Instant createdAt) {
        this.owner = owner;
        this.credentialId = credentialId;
        this.publicKeyCose = publicKeyCose;
        this.userHandle = userHandle;
        this.signCount = signCount;
        this.transports = transports;
        this.name = name;
        this.createdAt = createdAt;
    }

    /** An accepted assertion: its counter becomes the one to beat. */
    public void used(long newSignCount, Instant now) {
        signCount = newSignCount;
        lastUsedAt = now;
    }

    public void rename(String newName) {
        name = newName;
    }

    public Long getId() {
        return id;
    }

    public FactorOwner getOwner() {
        return owner;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public String getPublicKeyCose() {
        return publicKeyCose;
    }

    public String getUserHandle() {
        return userHandle;
    }

    public long getSignCount() {
        return signCount;
    }

    public String getTransports() {
        return transports;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
