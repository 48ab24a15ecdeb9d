package org.compteassure.service.payment;

import java.io.Serializable;
import java.time.Instant;
import org.compteassure.persistence.payment.ImportStatus;
import org.compteassure.persistence.payment.PaymentImport;

/**
 * An import as the imports page shows it: its state, progress and counters (the header line is not a row).
 *
 * @param percent lines done out of the file's lines, for the progress bar
 * @param running waiting for its job or being loaded: the page keeps refreshing
 */
public record ImportReport(long id, String fileName, Instant uploadedAt, ImportStatus status, boolean running,
                           long rowsRead, long totalRows, int percent, long imported, long updated, long unchanged,
                           long rejected) implements Serializable {

    static ImportReport of(PaymentImport file) {
        int percent = file.getTotalLines() == 0 ? 100
                : (int) Math.min(100, file.getLinesDone() * 100 / file.getTotalLines());
        return new ImportReport(file.getId(), file.getFileName(), file.getUploadedAt(), file.getStatus(),
                file.isRunning(), file.getRowsRead(), file.getTotalRows(), percent, file.getImported(), file.getUpdated(),
                file.getUnchanged(), file.getRejected());
    }
}
