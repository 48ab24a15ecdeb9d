package org.compteassure.persistence.code;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.compteassure.persistence.account.Account;

/**
 * A secret that works once: an e-mailed link or a provisional code by post (to choose a definitive code), or the
 * 6-digit code of the second login step, or a link confirming a new e-mail address. Only its SHA-256 is stored; it expires, and it dies when used or replaced.
 */
@Entity
@Table(name = "one_time_code")
@NamedQuery(name = "OneTimeCode.findBySecretHash",
        query = "SELECT c FROM OneTimeCode c WHERE c.secretHash = :hash")
@NamedQuery(name = "OneTimeCode.findUsable", query = "SELECT c FROM OneTimeCode c WHERE c.account = :account "
        + "AND c.purpose = :purpose AND c.usedAt IS NULL AND c.expiresAt > :now")
@NamedQuery(name = "OneTimeCode.revokeAll", query = "UPDATE OneTimeCode c SET c.usedAt = :now "
        + "WHERE c.account = :account AND c.purpose = :purpose AND c.usedAt IS NULL")
// What a person's requests cost (mails, letters): counted over a sliding window against their budget.
@NamedQuery(name = "OneTimeCode.countIssuedSince", query = "SELECT COUNT(c) FROM OneTimeCode c WHERE c.account = :account "
        + "AND c.purpose = :purpose AND c.channel = :channel AND c.createdAt >= :since")
public class OneTimeCode {

    public enum Purpose { SET_CODE, LOGIN, EMAIL_CHANGE }

    /** Why the person may choose a definitive code. */
    public enum Reason { CREATION, FORGOTTEN, REACTIVATION }

    public enum Channel { EMAIL, POST }

    @Id
    @SequenceGenerator(name = "one_time_code_seq", sequenceName = "one_time_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_code_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 12)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 12)
    private Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 6)
    private Channel channel;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** What following an e-mail change link confirms: the new address. Null for the other purposes. */
    @Column(name = "payload", length = 254)
    private String payload;

    protected OneTimeCode() {
    }

    public OneTimeCode(Account account, Purpose purpose, Reason reason, Channel channel, String secretHash,
                       Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.reason = reason;
        this.channel = channel;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Usable now, for this purpose, by this account: what a caller naming a code by its id must prove. */
    public boolean isUsableBy(long accountId, Purpose forPurpose, Instant now) {
        return account.getId() == accountId && purpose == forPurpose && isUsable(now);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    /** Counts a wrong entry; the code dies at the last allowed one. */
    public void recordWrongAttempt(int allowed, Instant now) {
        attempts++;
        if (attempts >= allowed) {
            usedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Reason getReason() {
        return reason;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }
}
