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
import java.time.Duration;
import java.time.Instant;

/**
 * The online access of one insured person: separate from the register so that closing an account keeps the
 * person, their payments and documents, and reactivation finds them again.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByNir", query = "SELECT a FROM Account a WHERE a.insuredPerson.nir = :nir")
@NamedQuery(name = "Account.findByPerson", query = "SELECT a FROM Account a WHERE a.insuredPerson = :person")
@NamedQuery(name = "Account.findByFranceConnect", query = "SELECT a FROM Account a WHERE a.franceConnectSub = :sub")
public class Account {

    public enum Status { PENDING, ACTIVE, CLOSED }

    /** Failures allowed before the first lock; the lock lasts 1 minute, then doubles with each failure. */
    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Failures within {@link #BLOCK_WINDOW} that block the account until its owner gets a new code. */
    public static final int FAILURES_BEFORE_BLOCK = 20;
    public static final Duration BLOCK_WINDOW = Duration.ofHours(12);

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

    @Column(name = "code_changed_at")
    private Instant codeChangedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Failed logins since the last success: from the 5th on, each one locks the account for a while. */
    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** 20 failures within 12 hours: locked until the owner gets a new code. */
    @Column(name = "blocked", nullable = false)
    private boolean blocked;

    /** The FranceConnect subject identifier linked to this account, or null. */
    @Column(name = "franceconnect_sub", length = 255, unique = true)
    private String franceConnectSub;

    protected Account() {
    }

    public Account(InsuredPerson insuredPerson, String email, Instant createdAt) {
        this.insuredPerson = insuredPerson;
        this.email = email;
        this.createdAt = createdAt;
    }

    /** Whether a code may be checked at all now: not blocked, not in a lock period. */
    public boolean acceptsLogin(Instant now) {
        return !blocked && !isLocked(now);
    }

    /** Only an active account logs in with its definitive code; a closed one needs a provisional code or a link. */
    public boolean acceptsDefinitiveCode() {
        return status == Status.ACTIVE && codeHash != null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong code. From the 5th consecutive failure the account is locked for 1 minute, doubling with each
     * further failure up to 15 minutes; at 20 failures within 12 hours it is blocked.
     *
     * @param failuresInWindow failures within the last 12 hours, this one included
     * @return true if this failure started the first lock of the series (the owner is then told)
     */
    public boolean recordFailure(Instant now, long failuresInWindow) {
        consecutiveFailures++;
        if (failuresInWindow >= FAILURES_BEFORE_BLOCK) {
            blocked = true;
        }
        if (consecutiveFailures < FAILURES_BEFORE_LOCK) {
            return false;
        }
        int doublings = Math.min(consecutiveFailures - FAILURES_BEFORE_LOCK, 4);
        Duration lock = Duration.ofMinutes(1L << doublings);
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        return consecutiveFailures == FAILURES_BEFORE_LOCK;
    }

    public void recordSuccess() {
        consecutiveFailures = 0;
        lockedUntil = null;
    }

    /**
     * The owner reported activity that was not theirs ("Ce n'était pas moi"): blocked as after 20 failures, until
     * a new code is chosen.
     */
    public void block() {
        blocked = true;
    }

    /** A new code or link was issued to the owner: whatever locked the account no longer applies. */
    public void clearLockout() {
        consecutiveFailures = 0;
        lockedUntil = null;
        blocked = false;
    }

    /** The owner chose a definitive code: the account is active (again). */
    public void setDefinitiveCode(String hash, Instant now) {
        codeHash = hash;
        codeChangedAt = now;
        status = Status.ACTIVE;
        closedAt = null;
        clearLockout();
    }

    public void close(Instant now) {
        status = Status.CLOSED;
        closedAt = now;
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


    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCodeChangedAt() {
        return codeChangedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public String getFranceConnectSub() {
        return franceConnectSub;
    }

    public void setFranceConnectSub(String franceConnectSub) {
        this.franceConnectSub = franceConnectSub;
    }
}
