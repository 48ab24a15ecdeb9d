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
 * A logged-in session of an insured person, as its owner sees it in "Sécurité": which browser, from where, since
 * when. Kept in the database so that ending it from another session works on every node.
 */
@Entity
@Table(name = "user_session")
@NamedQuery(name = "UserSession.findByPublicId", query = "SELECT s FROM UserSession s WHERE s.publicId = :publicId")
@NamedQuery(name = "UserSession.findOpen", query = "SELECT s FROM UserSession s WHERE s.accountId = :accountId "
        + "AND s.endedAt IS NULL AND s.lastSeenAt > :idleSince AND s.startedAt > :startedSince "
        + "ORDER BY s.lastSeenAt DESC")
@NamedQuery(name = "UserSession.endAll", query = "UPDATE UserSession s SET s.endedAt = :now "
        + "WHERE s.accountId = :accountId AND s.endedAt IS NULL AND s.publicId <> :except")
public class UserSession {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

    @Id
    @SequenceGenerator(name = "user_session_seq", sequenceName = "user_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_session_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

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
        this.accountId = accountId;
        this.publicId = publicId;
        this.browser = browser;
        this.address = address;
        this.startedAt = now;
        this.lastSeenAt = now;
    }

    /** Open: not ended, not idle for 30 minutes, not older than 12 hours. */
    public boolean isOpen(Instant now) {
        return endedAt == null && now.isBefore(lastSeenAt.plus(IDLE_TIMEOUT)) && now.isBefore(startedAt.plus(ABSOLUTE_LIMIT));
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

    public long getAccountId() {
        return accountId;
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
