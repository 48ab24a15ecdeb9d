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

/**
 * A refresh token of a connected application, stored hashed. It is used once: using it makes its successor in the
 * same family (one application on one device, since its first login). A token used a second time means a copy
 * exists, and revokes the whole family; so do « Déconnecter » in « Applications connectées », closing the account,
 * « Ce n'était pas moi » and a new code.
 */
@Entity
@Table(name = "app_token")
@NamedQuery(name = "AppToken.findByHash", query = "SELECT t FROM AppToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "AppToken.revokeFamily", query = "UPDATE AppToken t SET t.revokedAt = :now "
        + "WHERE t.family = :family AND t.revokedAt IS NULL")
@NamedQuery(name = "AppToken.revokeAccount", query = "UPDATE AppToken t SET t.revokedAt = :now "
        + "WHERE t.accountId = :accountId AND t.revokedAt IS NULL")
@NamedQuery(name = "AppToken.isFamilyActive", query = "SELECT COUNT(t) FROM AppToken t WHERE t.family = :family "
        + "AND t.revokedAt IS NULL AND t.usedAt IS NULL AND t.expiresAt > :now")
@NamedQuery(name = "AppToken.findActive", query = "SELECT t FROM AppToken t WHERE t.accountId = :accountId "
        + "AND t.revokedAt IS NULL AND t.usedAt IS NULL AND t.expiresAt > :now ORDER BY t.connectedAt DESC")
public class AppToken {

    @Id
    @SequenceGenerator(name = "app_token_seq", sequenceName = "app_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_token_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "family", nullable = false, length = 64)
    private String family;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(name = "device", nullable = false, length = 200)
    private String device;

    @Column(name = "scopes", nullable = false, length = 300)
    private String scopes;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AppToken() {
    }

    public AppToken(String tokenHash, String family, long accountId, String clientId, String device, String scopes,
                    Instant connectedAt, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.family = family;
        this.accountId = accountId;
        this.clientId = clientId;
        this.device = device;
        this.scopes = scopes;
        this.connectedAt = connectedAt;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether it may be exchanged now: never used, not revoked, not expired. */
    public boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public void used(Instant now) {
        usedAt = now;
    }

    /** The successor of this token in its family, a new secret, same application, device and scopes. */
    public AppToken successor(String newHash, Instant now, Instant expires) {
        return new AppToken(newHash, family, accountId, clientId, device, scopes, connectedAt, now, expires);
    }

    public String getFamily() {
        return family;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getClientId() {
        return clientId;
    }

    public String getDevice() {
        return device;
    }

    public String getScopes() {
        return scopes;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
