package org.compteassure.persistence.code;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A number that has no account but was tried at the login: it locks like an account would, so that the locked
 * page appears after the same failures whether or not the number exists. Kept by the SHA-256 of the number; gone
 * {@link #FORGOTTEN_AFTER} after its last failure.
 */
@Entity
@Table(name = "unknown_number")
@NamedQuery(name = "UnknownNumber.purge", query = "DELETE FROM UnknownNumber u WHERE u.lastFailureAt < :before")
public class UnknownNumber {

    /** Long after any lock or block of a real account would matter to a guesser who tries again. */
    public static final Duration FORGOTTEN_AFTER = Duration.ofDays(30);

    @Id
    @Column(name = "nir_hash", length = 64)
    private String nirHash;

    @Embedded
    private Lockout lockout = new Lockout();

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected UnknownNumber() {
    }

    public UnknownNumber(String nirHash, Instant now) {
        this.nirHash = nirHash;
        this.lastFailureAt = now;
    }

    public Lockout lockout() {
        return lockout;
    }

    public void failedAt(Instant now) {
        lastFailureAt = now;
    }
}
