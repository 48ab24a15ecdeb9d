package org.compteassure.service.payment;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Reads the stored CSV file of an import, one {@link FeedEntry} per data line. Its checkpoint is the line number;
 * it resumes after the import's {@code linesDone}, which commits with the payments of each chunk, so a restart
 * neither reads a line twice nor skips one.
 */
@Named
@Dependent
public class PaymentCsvReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String importId;

    @EJB
    private PaymentImportService imports;

    @Inject
    private ImportLeases leases;

    private BoundedLines lines;
    private CsvFormat.Header header;
    private long line;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long id = Long.parseLong(importId);
        long linesDone = imports.running(id, job.getExecutionId());
        // From now on this node renews its lease on the import (PaymentImportRecovery) until the step ends.
        leases.runningHere(id);
        lines = new BoundedLines(new StoredFileStream(n -> imports.part(id, n)), CsvFormat.MAX_LINE);
        header = CsvFormat.header(lines.next().text());
        line = 1;
        while (line < linesDone && lines.next() != null) {
            line++;
        }
    }

    @Override
    public Object readItem() throws IOException {
        BoundedLines.Line next;
        do {
            next = lines.next();
            if (next == null) {
                return null;
            }
            line++;
        } while (!next.tooLong() && next.text().isBlank());
        if (next.tooLong()) {
            return FeedEntry.unreadable(line, "ligne de plus de " + CsvFormat.MAX_LINE + " caractères : ignorée");
        }
        return CsvFormat.entry(line, next.text(), header);
    }

    @Override
    public Serializable checkpointInfo() {
        return line;
    }

    @Override
    public void close() throws IOException {
        leases.doneHere(Long.parseLong(importId));
        if (lines != null) {
            lines.close();
        }
    }
}
