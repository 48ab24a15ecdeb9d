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
import java.time.Duration;
import java.time.Instant;

/**
 * An authenticator application (TOTP, RFC 6238) of an insured person or a staff member. The seed is kept only
 * encrypted ({@code secretCipher}); {@code lastUsedStep} is the time step of the last accepted code, so that a code
 * is accepted once. Unconfirmed until the owner typed a first code from the application.
 */
@Entity
@Table(name = "totp_factor")
@NamedQuery(name = "TotpFactor.findByAccount", query = "SELECT t FROM TotpFactor t WHERE t.owner.accountId = :id")
@NamedQuery(name = "TotpFactor.findByStaff", query = "SELECT t FROM TotpFactor t WHERE t.owner.staffMemberId = :id")
public class TotpFactor {

    /** Wrong codes in a row that suspend the factor (staff members, who have no account lockout). */
    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "totp_factor_seq", sequenceName = "totp_factor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "totp_factor_seq")
    private Long id;

    @Version
    private long version;

    @Embedded
    private FactorOwner owner;

    @Column(name = "secret_cipher", nullable = false, length = 200)
    private String secretCipher;

    @Column(name = "confirmed", nullable = false)
    private boolean confirmed;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TotpFactor() {
    }

    public TotpFactor(FactorOwner owner, String secretCipher, Instant createdAt) {
        this.owner = owner;
        this.secretCipher = secretCipher;
        this.createdAt = createdAt;
    }

    /** A code of this time step was accepted: it and every earlier step are refused from now on. */
    public void accept(long step) {
        lastUsedStep = step;
        consecutiveFailures = 0;
        lockedUntil = null;
    }

    public void confirm(long step) {
        confirmed = true;
        accept(step);
    }

    /** A wrong code; the fifth in a row suspends the factor for {@link #LOCK}. */
    public void recordFailure(Instant now) {
        consecutiveFailures++;
        if (consecutiveFailures >= FAILURES_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK);
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Long getId() {
        return id;
    }

    public FactorOwner getOwner() {
        return owner;
    }

    public String getSecretCipher() {
        return secretCipher;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
