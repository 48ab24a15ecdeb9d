package org.compteassure.persistence.code;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The failed logins (or document checks) of one client address in one minute, a row so that every node counts the
 * same; the budget sums the minutes of the last hour. The minute is an {@link OffsetDateTime} in UTC, not an
 * {@code Instant}: it is part of the key, and attribute converters do not apply to key attributes.
 */
@Entity
@Table(name = "client_failures")
@IdClass(ClientFailures.Key.class)
@NamedQuery(name = "ClientFailures.since", query = "SELECT SUM(f.failures) FROM ClientFailures f "
        + "WHERE f.address = :address AND f.minuteStart >= :since")
// One statement, so that concurrent failures of the same minute all count (the database serialises the row's update).
@NamedQuery(name = "ClientFailures.increment", query = "UPDATE ClientFailures f SET f.failures = f.failures + 1 "
        + "WHERE f.address = :address AND f.minuteStart = :minute")
@NamedQuery(name = "ClientFailures.purge", query = "DELETE FROM ClientFailures f "
        + "WHERE f.address = :address AND f.minuteStart < :before")
public class ClientFailures {

    @Id
    @Column(name = "address", nullable = false, length = 64)
    private String address;

    @Id
    @Column(name = "minute_start", nullable = false)
    private OffsetDateTime minuteStart;

    @Column(name = "failures", nullable = false)
    private int failures;

    protected ClientFailures() {
    }

    /** The first failure of this address in this minute. */
    public ClientFailures(String address, OffsetDateTime minuteStart) {
        this.address = Objects.requireNonNull(address);
        this.minuteStart = Objects.requireNonNull(minuteStart);
        this.failures = 1;
    }

    /** The primary key (address, minute_start). */
    public static class Key implements Serializable {

        private String address;
        private OffsetDateTime minuteStart;

        public Key() {
        }

        public Key(String address, OffsetDateTime minuteStart) {
            this.address = address;
            this.minuteStart = minuteStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(address, k.address) && Objects.equals(minuteStart, k.minuteStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(address, minuteStart);
        }
    }
}
