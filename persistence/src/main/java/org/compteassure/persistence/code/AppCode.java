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
 * An OAuth authorization code handed to a native application's redirect URI once its owner logged in: single use,
 * a minute long, bound to the client, the exact redirect URI and the PKCE challenge (S256). Stored hashed. Once
 * exchanged it names the family of tokens it started, so that a second exchange revokes them (RFC 6749 § 4.1.2).
 */
@Entity
@Table(name = "app_code")
@NamedQuery(name = "AppCode.findByHash", query = "SELECT c FROM AppCode c WHERE c.codeHash = :hash")
public class AppCode {

    @Id
    @SequenceGenerator(name = "app_code_seq", sequenceName = "app_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_code_seq")
    private Long id;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(name = "redirect_uri", nullable = false, length = 300)
    private String redirectUri;

    @Column(name = "code_challenge", nullable = false, length = 64)
    private String codeChallenge;

    @Column(name = "scopes", nullable = false, length = 300)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "family", length = 64)
    private String family;

    protected AppCode() {
    }

    public AppCode(String codeHash, long accountId, String clientId, String redirectUri, String codeChallenge,
                   String scopes, Instant createdAt, Instant expiresAt) {
        this.codeHash = codeHash;
        this.accountId = accountId;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.codeChallenge = codeChallenge;
        this.scopes = scopes;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Exchanged now for the tokens of that family. */
    public void exchanged(Instant now, String family) {
        this.usedAt = now;
        this.family = family;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getClientId() {
        return clientId;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public String getCodeChallenge() {
        return codeChallenge;
    }

    public String getScopes() {
        return scopes;
    }

    public String getFamily() {
        return family;
    }
}
