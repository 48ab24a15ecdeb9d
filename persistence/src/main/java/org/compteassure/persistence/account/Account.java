package org.compteassure.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Locale;
import java.util.Objects;
import org.compteassure.persistence.code.Lockout;

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

    /** Kept for the callers that name them here; the rules are {@link Lockout}'s. */
    public static final int FAILURES_BEFORE_LOCK = Lockout.FAILURES_BEFORE_LOCK;
    public static final Duration BLOCK_WINDOW = Lockout.BLOCK_WINDOW;

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

    /** The language the person chose with the switch ("en"); null for French. Their e-mails are written in it. */
    @Column(name = "mail_language", length = 2)
    private String language;

    /** The definitive secret code, as a Pbkdf2PasswordHash string; null until the person has chosen it. */
    @Column(name = "code_hash", length = 255)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "code_changed_at")
    private Instant codeChangedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /**
     * The code before the current one, as a Pbkdf2PasswordHash string, so that a new code can be neither (ASVS
     * 6.2.2's "never the current or previous code"); null until the code has changed once.
     */
    @Column(name = "previous_code_hash", length = 255)
    private String previousCodeHash;

    @Embedded
    private Lockout lockout = new Lockout();

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
        return lockout.acceptsLogin(now);
    }

    /** Only an active account logs in with its definitive code; a closed one needs a provisional code or a link. */
    public boolean acceptsDefinitiveCode() {
        return status == Status.ACTIVE && codeHash != null;
    }

    public boolean isLocked(Instant now) {
        return lockout.isLocked(now);
    }

    /** Counts a wrong code ({@link Lockout#recordFailure}); true if the owner must be told of the first lock. */
    public boolean recordFailure(Instant now, long failuresInWindow) {
        return lockout.recordFailure(now, failuresInWindow);
    }

    public void recordSuccess() {
        lockout.recordSuccess();
    }

    /**
     * The owner reported activity that was not theirs ("Ce n'était pas moi"): blocked as after 20 failures, until
     * a new code is chosen.
     */
    public void block() {
        lockout.block();
    }

    /** An adviser who checked the owner's identity lifts the lock; otherwise only a new code does. */
    public void clearLockout() {
        lockout.clear();
    }

    /**
     * The owner chose a definitive code: the account is active (again), the lockout is lifted, and the code it
     * replaces is kept (hashed) as the previous one.
     */
    public void setDefinitiveCode(String hash, Instant now) {
        if (codeHash != null) {
            previousCodeHash = codeHash;
        }
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

    /** The language of the person's e-mails: French unless they chose English. */
    public Locale getLanguage() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** Keeps the language chosen (French or English; any other is French); true if it changed. */
    public boolean chooseLanguage(Locale chosen) {
        String code = Locale.ENGLISH.getLanguage().equals(chosen.getLanguage()) ? "en" : null;
        boolean changed = !Objects.equals(code, language);
        language = code;
        return changed;
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

    public String getPreviousCodeHash() {
        return previousCodeHash;
    }

    public int getConsecutiveFailures() {
        return lockout.getConsecutiveFailures();
    }

    public Instant getLockedUntil() {
        return lockout.getLockedUntil();
    }

    public boolean isBlocked() {
        return lockout.isBlocked();
    }

    public String getFranceConnectSub() {
        return franceConnectSub;
    }

    public void setFranceConnectSub(String franceConnectSub) {
        this.franceConnectSub = franceConnectSub;
    }
}
