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
 * A person already told of a new payment by an import: at most one mail per person and import, however many chunks
 * (or restarts) bring them payments.
 */
@Entity
@Table(name = "payment_import_notice")
@IdClass(PaymentImportNotice.Key.class)
@NamedQuery(name = "PaymentImportNotice.peopleTold",
        query = "SELECT n.insuredPersonId FROM PaymentImportNotice n WHERE n.importId = :importId")
public class PaymentImportNotice {

    @Id
    @Column(name = "import_id", nullable = false)
    private long importId;

    @Id
    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    protected PaymentImportNotice() {
    }

    public PaymentImportNotice(long importId, long insuredPersonId) {
        this.importId = importId;
        this.insuredPersonId = insuredPersonId;
    }

    /** The primary key (import_id, insured_person_id). */
    public static class Key implements Serializable {

        private long importId;
        private long insuredPersonId;

        public Key() {
        }

        public Key(long importId, long insuredPersonId) {
            this.importId = importId;
            this.insuredPersonId = insuredPersonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && importId == k.importId && insuredPersonId == k.insuredPersonId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, insuredPersonId);
        }
    }
}
