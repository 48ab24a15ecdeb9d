package org.compteassure.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A part of an uploaded import file (at most 256 KiB): the file lives in the database, so that any node can run or
 * resume its job and none keeps the only copy.
 */
@Entity
@Table(name = "payment_import_part")
@IdClass(PaymentImportPart.Key.class)
// The bytes only: a part read back is never managed (the job reads a whole file one part at a time).
@NamedQuery(name = "PaymentImportPart.data", query = "SELECT p.data FROM PaymentImportPart p "
        + "WHERE p.importId = :importId AND p.partNo = :partNo")
public class PaymentImportPart {

    @Id
    @Column(name = "import_id", nullable = false)
    private long importId;

    @Id
    @Column(name = "part_no", nullable = false)
    private int partNo;

    @Column(name = "data", nullable = false)
    private byte[] data;

    protected PaymentImportPart() {
    }

    public PaymentImportPart(long importId, int partNo, byte[] data) {
        this.importId = importId;
        this.partNo = partNo;
        this.data = Objects.requireNonNull(data);
    }

    /** The primary key (import_id, part_no). */
    public static class Key implements Serializable {

        private long importId;
        private int partNo;

        public Key() {
        }

        public Key(long importId, int partNo) {
            this.importId = importId;
            this.partNo = partNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && importId == k.importId && partNo == k.partNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, partNo);
        }
    }
}
