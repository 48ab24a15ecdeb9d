package org.compteassure.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The person's explicit consent that e-mail replaces paper (or its withdrawal), dated and never edited: the latest
 * row holds. Without a consent in force, a notice the person wants « par courriel » only still goes by letter too.
 */
@Entity
@Table(name = "paperless_consent")
@NamedQuery(name = "PaperlessConsent.findByPerson", query = "SELECT c FROM PaperlessConsent c "
        + "WHERE c.insuredPersonId = :personId ORDER BY c.recordedAt DESC, c.id DESC")
public class PaperlessConsent {

    @Id
    @SequenceGenerator(name = "paperless_consent_seq", sequenceName = "paperless_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paperless_consent_seq")
    private Long id;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Column(name = "consented", nullable = false)
    private boolean consented;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PaperlessConsent() {
    }

    public PaperlessConsent(long insuredPersonId, boolean consented, Instant recordedAt) {
        this.insuredPersonId = insuredPersonId;
        this.consented = consented;
        this.recordedAt = recordedAt;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    public boolean isConsented() {
        return consented;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
