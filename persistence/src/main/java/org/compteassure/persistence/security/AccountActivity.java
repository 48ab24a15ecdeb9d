package org.compteassure.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of "Activité de mon compte": a sign-in (with its browser, network and the hash of the browser's mark, by
 * which a browser never seen is told apart) or a change of the code, a factor, the e-mail or the bank details. Kept
 * so that the owner can spot what they did not do.
 */
@Entity
@Table(name = "account_activity")
@NamedQuery(name = "AccountActivity.findRecent", query = "SELECT a FROM AccountActivity a "
        + "WHERE a.accountId = :accountId AND a.occurredAt >= :since ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = "AccountActivity.countOfKind", query = "SELECT COUNT(a) FROM AccountActivity a "
        + "WHERE a.accountId = :accountId AND a.kind = :kind")
@NamedQuery(name = "AccountActivity.countFromDevice", query = "SELECT COUNT(a) FROM AccountActivity a "
        + "WHERE a.accountId = :accountId AND a.deviceHash = :deviceHash")
@NamedQuery(name = "AccountActivity.countActSince", query = "SELECT COUNT(a) FROM AccountActivity a "
        + "WHERE a.accountId = :accountId AND a.kind = :kind AND a.detail = :detail AND a.onBehalf = :onBehalf "
        + "AND a.occurredAt >= :since")
@NamedQuery(name = "AccountActivity.forgetDevices", query = "UPDATE AccountActivity a SET a.deviceHash = NULL "
        + "WHERE a.accountId = :accountId AND a.deviceHash IS NOT NULL")
public class AccountActivity {

    /**
     * What happened; {@code REPORTED} is the owner's own "Ce n'était pas moi". The mandate kinds name the other
     * person in {@link #getOnBehalf()}; {@code HELPER_ACTION} is what a helper did in the owner's space (the act in
     * the detail).
     */
    public enum Kind { SIGN_IN, CODE_CHOSEN, CODE_CHANGED, FACTOR_ADDED, FACTOR_REMOVED, EMAIL_CHANGED,
        BANK_DETAILS_CHANGED, REPORTED, MANDATE_GIVEN, MANDATE_RECEIVED, MANDATE_ENDED, HELPER_ACTION }

    @Id
    @SequenceGenerator(name = "account_activity_seq", sequenceName = "account_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_activity_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** What the kind needs besides: why a code was chosen, which factor. */
    @Column(name = "detail", length = 200)
    private String detail;

    @Column(name = "browser", length = 200)
    private String browser;

    /** The client's network (an IPv4 /24 or IPv6 /48), never the full address. */
    @Column(name = "network", length = 64)
    private String network;

    /** SHA-256 of the account and the browser's mark (a random cookie); forgotten after "Ce n'était pas moi". */
    @Column(name = "device_hash", length = 64)
    private String deviceHash;

    /** For the mandate kinds: « Paul AIDANT pour Marie DUPONT », the names as they were then. */
    @Column(name = "on_behalf", length = 300)
    private String onBehalf;

    protected AccountActivity() {
    }

    public AccountActivity(long accountId, Kind kind, Instant occurredAt, String detail) {
        this.accountId = accountId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.detail = detail;
    }

    /** A sign-in from this browser and network. */
    public static AccountActivity signIn(long accountId, Instant occurredAt, String browser, String network,
                                         String deviceHash) {
        AccountActivity signIn = new AccountActivity(accountId, Kind.SIGN_IN, occurredAt, null);
        signIn.browser = browser;
        signIn.network = network;
        signIn.deviceHash = deviceHash;
        return signIn;
    }

    /** A line about a mandate or a helper's act, naming who acted for whom. */
    public static AccountActivity onBehalf(long accountId, Kind kind, Instant occurredAt, String detail,
                                           String onBehalf) {
        AccountActivity line = new AccountActivity(accountId, kind, occurredAt, detail);
        line.onBehalf = onBehalf.length() > 300 ? onBehalf.substring(0, 300) : onBehalf;
        return line;
    }

    public String getOnBehalf() {
        return onBehalf;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }

    public String getBrowser() {
        return browser;
    }

    public String getNetwork() {
        return network;
    }
}
