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
 * The failed logins (or document checks) of one client address in one clock hour, a row so that every node counts
 * the same. The hour is an {@link OffsetDateTime} in UTC, not an {@code Instant}: it is part of the key, and
 * attribute converters do not apply to key attributes.
 */
@Entity
@Table(name = "client_failures")
@IdClass(ClientFailures.Key.class)
@NamedQuery(name = "ClientFailures.count",
        query = "SELECT f.failures FROM ClientFailures f WHERE f.address = :address AND f.hourStart = :hour")
// One statement, so that concurrent failures of the same hour all count (the database serialises the row's update).
@NamedQuery(name = "ClientFailures.increment", query = "UPDATE ClientFailures f SET f.failures = f.failures + 1 "
        + "WHERE f.address = :address AND f.hourStart = :hour")
public class ClientFailures {

    @Id
    @Column(name = "address", nullable = false, length = 64)
    private String address;

    @Id
    @Column(name = "hour_start", nullable = false)
    private OffsetDateTime hourStart;

    @Column(name = "failures", nullable = false)
    private int failures;

    protected ClientFailures() {
    }

    /** The first failure of this address in this hour. */
    public ClientFailures(String address, OffsetDateTime hourStart) {
        this.address = Objects.requireNonNull(address);
        this.hourStart = Objects.requireNonNull(hourStart);
        this.failures = 1;
    }

    /** The primary key (address, hour_start). */
    public static class Key implements Serializable {

        private String address;
        private OffsetDateTime hourStart;

        public Key() {
        }

        public Key(String address, OffsetDateTime hourStart) {
            this.address = address;
            this.hourStart = hourStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(address, k.address) && Objects.equals(hourStart, k.hourStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(address, hourStart);
        }
    }
}
