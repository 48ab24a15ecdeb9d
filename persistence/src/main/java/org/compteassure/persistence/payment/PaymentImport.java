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
import java.util.Set;

/**
 * One CSV file of payments uploaded by an administrator and loaded by the batch job {@code payment-import}. The file
 * itself is kept in the database (table {@code payment_import_part}) so that any node can run or resume the job.
 * <p>
 * The counters and {@link #getLinesDone()} are written in the same transaction as the payments of each chunk: they
 * are the report, and the line where a restarted job resumes, with nothing counted twice.
 * <p>
 * A waiting or running import has an owner, {@link #getNode()}, who holds it by a lease ({@link #getLeaseUntil()})
 * renewed while its job runs. Once the lease has expired (the owner died), another node takes the import over with
 * {@code PaymentImport.claim}, a conditional update that only one node wins and that changes the version, so that a
 * chunk the old owner was still writing fails at its commit; every later write of a job checks it is the owner's.
 */
@Entity
@Table(name = "payment_import")
@NamedQuery(name = "PaymentImport.recent", query = "SELECT i FROM PaymentImport i ORDER BY i.uploadedAt DESC, i.id DESC")
@NamedQuery(name = "PaymentImport.expired", query = "SELECT i.id FROM PaymentImport i WHERE i.status IN :open "
        + "AND (i.leaseUntil IS NULL OR i.leaseUntil < :now) ORDER BY i.id")
@NamedQuery(name = "PaymentImport.claim", query = "UPDATE PaymentImport i SET i.node = :node, i.leaseUntil = :until, "
        + "i.version = i.version + 1 WHERE i.id = :id AND i.status IN :open "
        + "AND (i.leaseUntil IS NULL OR i.leaseUntil < :now)")
@NamedQuery(name = "PaymentImport.renew", query = "UPDATE PaymentImport i SET i.leaseUntil = :until "
        + "WHERE i.id IN :ids AND i.node = :node AND i.status IN :open")
public class PaymentImport {

    /** The statuses of an import that is not over: waiting for its job, or run by it. */
    public static final Set<ImportStatus> OPEN = Set.of(ImportStatus.QUEUED, ImportStatus.RUNNING);

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

    /** The owner: the server node that stored, resumed or took over the import and runs its job. */
    @Column(name = "node", length = 100)
    private String node;

    /** Until when the owner holds the import; after it, any node may take it over. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

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

    /** This node holds the import until {@code until} (it was stored or is resumed here). */
    public void leased(String node, Instant until) {
        this.node = Objects.requireNonNull(node);
        this.leaseUntil = Objects.requireNonNull(until);
    }

    /**
     * A restart was asked for on that node: a stopped import waits for the job to take it again, held by that node.
     * Any other is left as it is (a job may be running it).
     *
     * @return whether it was stopped, and now waits
     */
    public boolean requeue(String node, Instant leaseUntil) {
        if (status != ImportStatus.STOPPED) {
            return false;
        }
        this.status = ImportStatus.QUEUED;
        leased(node, leaseUntil);
        return true;
    }

    /**
     * A job execution (first run or restart) took the import on that node, which must be its owner.
     *
     * @throws ImportTakenOverException if another node owns it (it took the import over from this one)
     */
    public void running(long executionId, String node, Instant leaseUntil) {
        checkOwner(node);
        this.status = ImportStatus.RUNNING;
        this.jobExecutionId = executionId;
        leased(node, leaseUntil);
    }

    /**
     * Counts one committed chunk, whose last line is {@code lastLine}, written by that node, which must still be the
     * owner; the lease is renewed with it.
     *
     * @throws ImportTakenOverException if another node took the import over meanwhile
     */
    public void chunkDone(String node, Instant leaseUntil, long lastLine, long imported, long updated, long unchanged,
                          long rejected) {
        checkOwner(node);
        if (lastLine <= linesDone) {
            throw new IllegalStateException("Lines " + lastLine + " already done");
        }
        this.leaseUntil = leaseUntil;
        this.linesDone = lastLine;
        this.imported += imported;
        this.updated += updated;
        this.unchanged += unchanged;
        this.rejected += rejected;
    }

    public void ended(boolean completed, Instant when) {
        this.status = completed ? ImportStatus.COMPLETED : ImportStatus.STOPPED;
        this.finishedAt = completed ? when : null;
        this.leaseUntil = null;
    }

    /** Whether that node owns the import (or nobody does: it was stored before imports had owners). */
    public boolean isOwnedBy(String node) {
        return this.node == null || this.node.equals(node);
    }

    /** Whether another node may take the import over: it waits or runs and its owner's lease has run out. */
    public boolean isLeaseExpired(Instant now) {
        return isRunning() && (leaseUntil == null || leaseUntil.isBefore(now));
    }

    private void checkOwner(String node) {
        if (!isOwnedBy(node)) {
            throw new ImportTakenOverException(id, this.node, node);
        }
    }

    public boolean isRunning() {
        return OPEN.contains(status);
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

    public Instant getLeaseUntil() {
        return leaseUntil;
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
