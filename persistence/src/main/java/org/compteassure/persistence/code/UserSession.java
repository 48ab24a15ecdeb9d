package org.compteassure.persistence.code;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A logged-in session of an insured person or of a staff member (adviser, administrator), as its owner sees it in
 * "Sécurité": which browser, from where, since when. Kept in the database so that ending it from another session
 * works on every node. Staff sessions are shorter: 15 idle minutes, 10 hours at most.
 */
@Entity
@Table(name = "user_session")
@NamedQuery(name = "UserSession.findByPublicId", query = "SELECT s FROM UserSession s WHERE s.publicId = :publicId")
@NamedQuery(name = "UserSession.findOpen", query = "SELECT s FROM UserSession s WHERE s.accountId = :accountId "
        + "AND s.endedAt IS NULL AND s.lastSeenAt > :idleSince AND s.startedAt > :startedSince "
        + "ORDER BY s.lastSeenAt DESC")
@NamedQuery(name = "UserSession.findOpenForStaff", query = "SELECT s FROM UserSession s WHERE s.staffId = :staffId "
        + "AND s.endedAt IS NULL AND s.lastSeenAt > :idleSince AND s.startedAt > :startedSince "
        + "ORDER BY s.lastSeenAt DESC")
@NamedQuery(name = "UserSession.endAllForStaff", query = "UPDATE UserSession s SET s.endedAt = :now "
        + "WHERE s.staffId = :staffId AND s.endedAt IS NULL AND s.publicId <> :except")
@NamedQuery(name = "UserSession.endAll", query = "UPDATE UserSession s SET s.endedAt = :now "
        + "WHERE s.accountId = :accountId AND s.endedAt IS NULL AND s.publicId <> :except")
@NamedQuery(name = "UserSession.endEveryone", query = "UPDATE UserSession s SET s.endedAt = :now "
        + "WHERE s.endedAt IS NULL AND s.publicId <> :except")
public class UserSession {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);
    public static final Duration STAFF_IDLE_TIMEOUT = Duration.ofMinutes(15);
    public static final Duration STAFF_ABSOLUTE_LIMIT = Duration.ofHours(10);

    @Id
    @SequenceGenerator(name = "user_session_seq", sequenceName = "user_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_session_seq")
    private Long id;

    /** The insured person's account, or null for a staff session. */
    @Column(name = "account_id")
    private Long accountId;

    /** The staff member, or null for an insured person's session. */
    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "public_id", nullable = false, length = 64)
    private String publicId;

    @Column(name = "browser", nullable = false, length = 200)
    private String browser;

    @Column(name = "address", nullable = false, length = 64)
    private String address;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected UserSession() {
    }

    public UserSession(long accountId, String publicId, String browser, String address, Instant now) {
        this(publicId, browser, address, now);
        this.accountId = accountId;
    }

    /** A staff member's session. */
    public static UserSession forStaff(long staffId, String publicId, String browser, String address, Instant now) {
        UserSession session = new UserSession(publicId, browser, address, now);
        session.staffId = staffId;
        return session;
    }

    private UserSession(String publicId, String browser, String address, Instant now) {
        this.publicId = publicId;
        this.browser = browser;
        this.address = address;
        this.startedAt = now;
        this.lastSeenAt = now;
    }

    /** Where a session stands, so that a person sent back to the login page is told the true reason. */
    public enum State {
        OPEN,
        /** Ended on purpose: from another browser, by an adviser or administrator, or with the account's closure. */
        ENDED,
        /** No request for 30 minutes (staff: 15). */
        IDLE,
        /** Started more than 12 hours ago (staff: 10), however busy. */
        TOO_OLD
    }

    /** Open: not ended, not idle for 30 minutes (staff: 15), not older than 12 hours (staff: 10). */
    public boolean isOpen(Instant now) {
        return state(now) == State.OPEN;
    }

    /** The first reason this session is over, or {@link State#OPEN}. */
    public State state(Instant now) {
        boolean staff = staffId != null;
        if (endedAt != null) {
            return State.ENDED;
        }
        if (!now.isBefore(startedAt.plus(staff ? STAFF_ABSOLUTE_LIMIT : ABSOLUTE_LIMIT))) {
            return State.TOO_OLD;
        }
        return now.isBefore(lastSeenAt.plus(staff ? STAFF_IDLE_TIMEOUT : IDLE_TIMEOUT)) ? State.OPEN : State.IDLE;
    }

    public void seen(Instant now) {
        lastSeenAt = now;
    }

    public void end(Instant now) {
        endedAt = now;
    }

    public Long getId() {
        return id;
    }

    /** When it was ended (logout, « déconnecter »), or null: an idle or too old session ends without a date. */
    public Instant getEndedAt() {
        return endedAt;
    }

    /** The insured person's account, or null for a staff session. */
    public Long getAccountId() {
        return accountId;
    }

    /** The staff member, or null for an insured person's session. */
    public Long getStaffId() {
        return staffId;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getBrowser() {
        return browser;
    }

    public String getAddress() {
        return address;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }
}
