package org.compteassure.persistence.payment;

/** Where a {@link PaymentImport} stands; stored by name. */
public enum ImportStatus {
    /** Stored, the job not started yet (or asked to resume and not taken yet). */
    QUEUED,
    RUNNING,
    COMPLETED,
    /** Stopped by an operator or failed: resumable from the last committed chunk. */
    STOPPED
}
