package org.compteassure.service.export;

import java.time.Instant;
import org.compteassure.persistence.export.DataExport.Status;

/**
 * What « Mes données » shows of the person's export: where it stands, how far along (0–100), and once ready its size
 * and until when it can be downloaded. {@code id} is the export's public id, which the download form sends back.
 */
public record ExportStatus(String id, Status status, int percent, Instant requestedAt, Instant readyAt,
                           Instant expiresAt, Long sizeBytes) {

    public boolean ready() {
        return status == Status.READY;
    }

    public boolean preparing() {
        return status == Status.ASKED || status == Status.PREPARING;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
