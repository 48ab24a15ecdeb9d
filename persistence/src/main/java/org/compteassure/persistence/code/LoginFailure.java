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
 * One wrong code for an account, or for a number without account ({@link UnknownNumber}, by the number's SHA-256),
 * or one wrong password for a staff member, kept to count the failures of the last 12 hours.
 */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = "LoginFailure.countSince", query = "SELECT COUNT(f) FROM LoginFailure f "
        + "WHERE f.accountId = :accountId AND f.failedAt > :since")
@NamedQuery(name = "LoginFailure.countForNumberSince", query = "SELECT COUNT(f) FROM LoginFailure f "
        + "WHERE f.nirHash = :nirHash AND f.failedAt > :since")
@NamedQuery(name = "LoginFailure.purgeForNumbers", query = "DELETE FROM LoginFailure f "
        + "WHERE f.nirHash IS NOT NULL AND f.failedAt < :before")
@NamedQuery(name = "LoginFailure.countSinceForStaff", query = "SELECT COUNT(f) FROM LoginFailure f "
        + "WHERE f.staffId = :staffId AND f.failedAt > :since")
public class LoginFailure {

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    /** The insured person's account; null for a number without account or a staff member. */
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "nir_hash", length = 64)
    private String nirHash;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(long accountId, Instant failedAt) {
        this.accountId = accountId;
        this.failedAt = failedAt;
    }

    /** A failure for a number that has no account. */
    public static LoginFailure ofUnknownNumber(String nirHash, Instant failedAt) {
        LoginFailure failure = new LoginFailure();
        failure.nirHash = nirHash;
        failure.failedAt = failedAt;
        return failure;
    }

    /** A staff member's wrong password. */
    public static LoginFailure ofStaff(long staffId, Instant failedAt) {
        LoginFailure failure = new LoginFailure();
        failure.staffId = staffId;
        failure.failedAt = failedAt;
        return failure;
    }
}
