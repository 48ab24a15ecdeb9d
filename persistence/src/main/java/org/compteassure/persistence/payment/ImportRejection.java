package org.compteassure.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A line of a CSV import that was not loaded, and why (in French, for the administrator's report). */
@Entity
@Table(name = "payment_import_rejection")
@NamedQuery(name = "ImportRejection.ofImport",
        query = "SELECT r FROM ImportRejection r WHERE r.importId = :importId ORDER BY r.line")
public class ImportRejection {

    /** Longest reason kept; a line with many problems is cut there. */
    public static final int REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "payment_import_rejection_seq", sequenceName = "payment_import_rejection_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_import_rejection_seq")
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "line_no", nullable = false)
    private long line;

    @Column(name = "reference", length = 40)
    private String reference;

    @Column(name = "reason", nullable = false, length = REASON_LENGTH)
    private String reason;

    protected ImportRejection() {
    }

    public ImportRejection(long importId, long line, String reference, String reason) {
        this.importId = importId;
        this.line = line;
        this.reference = reference == null || reference.length() > 40 ? null : reference;
        this.reason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH - 1) + "…" : reason;
    }

    public long getLine() {
        return line;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }
}
