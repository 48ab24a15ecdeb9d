package org.compteassure.service.export;

import java.time.Instant;

/** What « Télécharger mes données » tells the rest of the portal, inside the transaction where it happens. */
public final class DataExportEvents {

    private DataExportEvents() {
    }

    /** A person asked for their data: once committed, a node starts preparing it at once. */
    public record Requested(long exportId) {
    }

    /** The ZIP is complete and downloadable until {@code expiresAt}: the person is told. */
    public record Ready(long personId, Instant expiresAt) {
    }
}
