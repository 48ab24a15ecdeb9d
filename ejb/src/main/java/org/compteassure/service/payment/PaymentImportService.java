package org.compteassure.service.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Properties;
import java.util.logging.Logger;
import org.compteassure.persistence.payment.ImportRejection;
import org.compteassure.persistence.payment.PaymentImport;
import org.compteassure.persistence.payment.PaymentImportPart;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * CSV imports of payments for administrators: the file is stored in the database, then loaded by the Jakarta Batch
 * job {@value #JOB} (META-INF/batch-jobs) in chunks, each committed with its counters. A stopped, failed or
 * crashed import resumes from its last committed chunk.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PaymentImportService {

    public static final String JOB = "payment-import";
    /** Size of the stored parts of a file: small enough for any database column, big enough to be few. */
    static final int PART_SIZE = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(PaymentImportService.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private ImportLeases leases;

    @Resource
    private SessionContext context;

    /**
     * Stores an uploaded file, whole, in the database; the job is started by {@link #start} once this has committed.
     *
     * @throws ImportRefusedException if the file is empty or its first line is not a valid header
     */
    public ImportReport store(String fileName, InputStream content) {
        String uploadedBy = caller.staffLogin();
        PaymentImport file = new PaymentImport(fileName.length() > 255 ? fileName.substring(0, 255) : fileName,
                uploadedBy, clock.instant());
        em.persist(file);
        em.flush();
        long size = 0;
        long lines = 0;
        int lastByte = '\n';
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        boolean headerDone = false;
        byte[] part = new byte[PART_SIZE];
        try (content) {
            for (int partNo = 0; ; partNo++) {
                int length = content.readNBytes(part, 0, PART_SIZE);
                if (length == 0) {
                    break;
                }
                for (int i = 0; i < length; i++) {
                    if (part[i] == '\n') {
                        lines++;
                        headerDone = true;
                    } else if (!headerDone && header.size() <= CsvFormat.MAX_LINE) {
                        header.write(part[i]);
                    }
                }
                lastByte = part[length - 1];
                size += length;
                // Written and let go at once: a 200 MB file is never held in the persistence context.
                PaymentImportPart stored = new PaymentImportPart(file.getId(), partNo, Arrays.copyOf(part, length));
                em.persist(stored);
                em.flush();
                em.detach(stored);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw new ImportRefusedException(ImportRefusedException.Reason.EMPTY);
        }
        CsvFormat.header(header.toString(StandardCharsets.UTF_8).strip());
        file.contentStored(size, lastByte == '\n' ? lines : lines + 1);
        // Held by this node from the commit (no other node sees the row before), until its job takes it.
        file.leased(node(), leaseEnd());
        return ImportReport.of(file);
    }

    /** Starts the job of a stored import (outside any transaction: the job runs in its own threads). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public long start(long importId) {
        return operator().start(JOB, parameters(importId));
    }

    /**
     * Resumes an import from its last committed chunk: after a stop, a failure, or a crash of the node that ran it
     * (then its job execution was left STARTED; JBeret's default restart mode, "detect", marks it FAILED and restarts
     * it when it is not running in this JVM). After a crash, the caller first took the import over ({@link #claimExpired}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public long resume(long importId) {
        PaymentImport file = file(importId);
        if (file.getJobExecutionId() == null) {
            return start(importId);
        }
        // Shown as waiting before the restart, never after: the restarted job's own writes (running, ended) win.
        PaymentImportService self = context.getBusinessObject(PaymentImportService.class);
        boolean requeued = self.requeue(importId);
        Properties parameters = parameters(importId);
        parameters.setProperty("jberet.restart.mode", "detect");
        try {
            long execution = operator().restart(file.getJobExecutionId(), parameters);
            LOG.info(() -> "Payment import " + importId + " resumed as job execution " + execution);
            return execution;
        } catch (RuntimeException e) {
            if (requeued) {
                self.ended(importId);
            }
            throw e;
        }
    }

    /**
     * Shows a stopped import as waiting again, held by this node, until the restarted job takes it; returns whether it
     * was stopped. Called by {@link #resume}, for an administrator or for the recovery (SYSTEM).
     */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public boolean requeue(long importId) {
        return file(importId).requeue(node(), leaseEnd());
    }

    /** Asks the running job of an import to stop after its current chunk. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stop(long importId) {
        operator().stop(file(importId).getJobExecutionId());
    }

    /** The batch status of the import's latest job execution (STARTED, COMPLETED, STOPPED, FAILED…). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String jobStatus(long importId) {
        Long execution = file(importId).getJobExecutionId();
        if (execution == null) {
            return "QUEUED";
        }
        JobExecution job = operator().getJobExecution(execution);
        return job.getBatchStatus().name();
    }

    /**
     * An import's state, progress and counters.
     *
     * @throws NotFoundException if there is no such import
     */
    public ImportReport find(long importId) {
        return ImportReport.of(file(importId));
    }

    /** The latest imports, newest first. */
    public List<ImportReport> recent(int max) {
        return em.createNamedQuery("PaymentImport.recent", PaymentImport.class).setMaxResults(max).getResultStream()
                .map(ImportReport::of).toList();
    }

    /** The first {@code max} rejected lines of an import, by line number. */
    public List<RejectedLine> rejections(long importId, int max) {
        return em.createNamedQuery("ImportRejection.ofImport", ImportRejection.class)
                .setParameter("importId", importId).setMaxResults(max).getResultStream()
                .map(r -> new RejectedLine(r.getLine(), r.getReference(), r.getReason())).toList();
    }

    /** Part {@code partNo} of the stored file, or null after the last one. */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public byte[] part(long importId, int partNo) {
        return em.createNamedQuery("PaymentImportPart.data", byte[].class)
                .setParameter("importId", importId).setParameter("partNo", partNo)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * A job execution took the import on this node; returns the last line committed, after which it resumes.
     *
     * @throws org.compteassure.persistence.payment.ImportTakenOverException if another node owns the import
     */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public long running(long importId, long executionId) {
        PaymentImport file = file(importId);
        file.running(executionId, node(), leaseEnd());
        return file.getLinesDone();
    }

    /** The job's last step ran: every line was read. */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public void completed(long importId) {
        file(importId).ended(true, clock.instant());
    }

    /**
     * The job ended; if it did not complete (even if it failed before it took the import), it waits to be resumed.
     * An import another node took over meanwhile is left to it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public void ended(long importId) {
        PaymentImport file = file(importId);
        if (file.isRunning() && file.isOwnedBy(node())) {
            file.ended(false, clock.instant());
        }
    }

    /**
     * Renews this node's lease on the imports whose job runs in this JVM ({@link ImportLeases#here}): a node that
     * dies stops renewing them.
     */
    @RolesAllowed(Roles.SYSTEM)
    public int renewLeases() {
        Set<Long> here = leases.here();
        if (here.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery("PaymentImport.renew").setParameter("until", leaseEnd())
                .setParameter("ids", here).setParameter("node", node()).setParameter("open", PaymentImport.OPEN)
                .executeUpdate();
    }

    /**
     * Takes over, for this node, the waiting or running imports whose owner's lease has run out (the owner died, or
     * stopped renewing): each is a conditional update that only one node wins, and that changes the import's version,
     * so that a chunk the old owner may still be writing fails at its commit. The caller then resumes them
     * ({@link #resume}), once this has committed. None whose job runs in this JVM is taken.
     */
    @RolesAllowed(Roles.SYSTEM)
    public List<Long> claimExpired() {
        Instant now = clock.instant();
        Set<Long> here = leases.here();
        List<Long> won = new ArrayList<>();
        for (Long id : em.createNamedQuery("PaymentImport.expired", Long.class).setParameter("open", PaymentImport.OPEN)
                .setParameter("now", now).getResultList()) {
            if (!here.contains(id) && em.createNamedQuery("PaymentImport.claim").setParameter("node", node())
                    .setParameter("until", now.plus(leases.length())).setParameter("id", id)
                    .setParameter("open", PaymentImport.OPEN).setParameter("now", now).executeUpdate() == 1) {
                won.add(id);
            }
        }
        return won;
    }

    private Instant leaseEnd() {
        return clock.instant().plus(leases.length());
    }

    private PaymentImport file(long importId) {
        PaymentImport file = em.find(PaymentImport.class, importId);
        if (file == null) {
            throw new NotFoundException("Import");
        }
        return file;
    }

    static String node() {
        return System.getProperty("jboss.node.name", "default");
    }

    private static Properties parameters(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(importId));
        return parameters;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
