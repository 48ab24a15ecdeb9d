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

/** One wrong code for an account, kept to count the failures of the last 12 hours. */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = "LoginFailure.countSince", query = "SELECT COUNT(f) FROM LoginFailure f "
        + "WHERE f.accountId = :accountId AND f.failedAt > :since")
public class LoginFailure {

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(long accountId, Instant failedAt) {
        this.accountId = accountId;
        this.failedAt = failedAt;
    }
}
