package org.compteassure.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One CSV file of payments uploaded by an administrator and loaded by the batch job {@code payment-import}. The file
 * itself is kept in the database (table {@code payment_import_part}) so that any node can run or resume the job.
 * <p>
 * The counters and {@link #getLinesDone()} are written in the same transaction as the payments of each chunk: they
 * are the report, and the line where a restarted job resumes, with nothing counted twice.
 */
@Entity
@Table(name = "payment_import")
@NamedQuery(name = "PaymentImport.recent", query = "SELECT i FROM PaymentImport i ORDER BY i.uploadedAt DESC, i.id DESC")
@NamedQuery(name = "PaymentImport.runningOn",
        query = "SELECT i FROM PaymentImport i WHERE i.status = :status AND i.node = :node")
public class PaymentImport {

    @Id
    @SequenceGenerator(name = "payment_import_seq", sequenceName = "payment_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_import_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    /** Lines of the file, header included: the progress bar's maximum. */
    @Column(name = "total_lines", nullable = false)
    private long totalLines;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ImportStatus status = ImportStatus.QUEUED;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    /** The server node that runs the job: after a crash, that node resumes it when it starts again. */
    @Column(name = "node", length = 100)
    private String node;

    @Column(name = "lines_done", nullable = false)
    private long linesDone;

    @Column(name = "imported", nullable = false)
    private long imported;

    @Column(name = "updated", nullable = false)
    private long updated;

    @Column(name = "unchanged", nullable = false)
    private long unchanged;

    @Column(name = "rejected", nullable = false)
    private long rejected;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected PaymentImport() {
    }

    public PaymentImport(String fileName, String uploadedBy, Instant uploadedAt) {
        this.fileName = Objects.requireNonNull(fileName);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /** The whole file is stored: its size and lines, for the report and the progress bar. */
    public void contentStored(long fileSize, long totalLines) {
        this.fileSize = fileSize;
        this.totalLines = totalLines;
    }

    /**
     * A restart was asked for: a stopped import waits for the job to take it again. Any other is left as it is (a job
     * may be running it).
     *
     * @return whether it was stopped, and now waits
     */
    public boolean requeue() {
        if (status != ImportStatus.STOPPED) {
            return false;
        }
        this.status = ImportStatus.QUEUED;
        return true;
    }

    /** A job execution (first run or restart) took the import on that node. */
    public void running(long executionId, String node) {
        this.status = ImportStatus.RUNNING;
        this.jobExecutionId = executionId;
        this.node = node;
    }

    /** Counts one committed chunk, whose last line is {@code lastLine}. */
    public void chunkDone(long lastLine, long imported, long updated, long unchanged, long rejected) {
        if (lastLine <= linesDone) {
            throw new IllegalStateException("Lines " + lastLine + " already done");
        }
        this.linesDone = lastLine;
        this.imported += imported;
        this.updated += updated;
        this.unchanged += unchanged;
        this.rejected += rejected;
    }

    public void ended(boolean completed, Instant when) {
        this.status = completed ? ImportStatus.COMPLETED : ImportStatus.STOPPED;
        this.finishedAt = completed ? when : null;
    }

    public boolean isRunning() {
        return status == ImportStatus.QUEUED || status == ImportStatus.RUNNING;
    }

    /** Rows of payments read so far (the header is not one). */
    public long getRowsRead() {
        return Math.max(0, linesDone - 1);
    }

    public long getTotalRows() {
        return Math.max(0, totalLines - 1);
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public long getFileSize() {
        return fileSize;
    }

    public long getTotalLines() {
        return totalLines;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getNode() {
        return node;
    }

    public long getLinesDone() {
        return linesDone;
    }

    public long getImported() {
        return imported;
    }

    public long getUpdated() {
        return updated;
    }

    public long getUnchanged() {
        return unchanged;
    }

    public long getRejected() {
        return rejected;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
