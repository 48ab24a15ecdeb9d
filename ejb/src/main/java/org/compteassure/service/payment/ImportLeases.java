package org.compteassure.service.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long a node holds a payment import without renewing it ({@code CA_IMPORT_LEASE_SECONDS}, default 30), and the
 * imports whose job runs in this JVM, whose leases {@link PaymentImportRecovery} renews. A node that dies stops
 * renewing; once the lease has run out another node takes the import over.
 */
@ApplicationScoped
public class ImportLeases {

    static final Duration DEFAULT = Duration.ofSeconds(30);

    private final Set<Long> local = ConcurrentHashMap.newKeySet();
    private final Duration length = read(System.getenv("CA_IMPORT_LEASE_SECONDS"));

    static Duration read(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT;
        }
        long value = Long.parseLong(seconds.strip());
        if (value < 3) {
            throw new IllegalArgumentException("CA_IMPORT_LEASE_SECONDS must be at least 3, not " + value);
        }
        return Duration.ofSeconds(value);
    }

    public Duration length() {
        return length;
    }

    /** How often the recovery renews and looks for expired leases: three times a lease. */
    public Duration period() {
        return length.dividedBy(3);
    }

    void runningHere(long importId) {
        local.add(importId);
    }

    void doneHere(long importId) {
        local.remove(importId);
    }

    /** The imports whose job runs in this JVM now. */
    public Set<Long> here() {
        return Set.copyOf(local);
    }
}
