package org.compteassure.persistence.mandate;

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
import java.util.EnumSet;
import java.util.Set;

/**
 * « Un proche m'aide »: the mandator lets the helper (another insured person, logged in as themselves) use some parts
 * of their space ({@link MandateScope}) from its signature until {@link #getEndsAt()}, or until either of them ends
 * it. Kept once ended, so that both can see what was given, when and how it ended.
 */
@Entity
@Table(name = "mandate")
@NamedQuery(name = "Mandate.findGiven", query = "SELECT m FROM Mandate m WHERE m.mandatorAccountId = :accountId "
        + "AND (m.endedAt IS NULL OR m.endedAt >= :since) ORDER BY m.signedAt DESC, m.id DESC")
@NamedQuery(name = "Mandate.findReceived", query = "SELECT m FROM Mandate m WHERE m.helperAccountId = :accountId "
        + "AND (m.endedAt IS NULL OR m.endedAt >= :since) ORDER BY m.signedAt DESC, m.id DESC")
@NamedQuery(name = "Mandate.countInForce", query = "SELECT COUNT(m) FROM Mandate m "
        + "WHERE m.mandatorAccountId = :accountId AND m.endedAt IS NULL AND m.endsAt > :now")
@NamedQuery(name = "Mandate.countInForceTo", query = "SELECT COUNT(m) FROM Mandate m "
        + "WHERE m.mandatorAccountId = :accountId AND m.helperAccountId = :helperId AND m.endedAt IS NULL "
        + "AND m.endsAt > :now")
@NamedQuery(name = "Mandate.findDue", query = "SELECT m.id FROM Mandate m WHERE m.endedAt IS NULL "
        + "AND m.endsAt <= :now ORDER BY m.endsAt")
@NamedQuery(name = "Mandate.claimExpiry", query = "UPDATE Mandate m SET m.endedAt = m.endsAt, "
        + "m.endReason = :reason, m.version = m.version + 1 "
        + "WHERE m.id = :id AND m.endedAt IS NULL AND m.endsAt <= :now")
public class Mandate {

    /** Who ended it, or that its end date came. */
    public enum EndReason { MANDATOR, HELPER, EXPIRED }

    @Id
    @SequenceGenerator(name = "mandate_seq", sequenceName = "mandate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mandate_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "mandator_account_id", nullable = false)
    private long mandatorAccountId;

    @Column(name = "helper_account_id", nullable = false)
    private long helperAccountId;

    @Column(name = "payments", nullable = false)
    private boolean payments;

    @Column(name = "documents", nullable = false)
    private boolean documents;

    @Column(name = "messaging", nullable = false)
    private boolean messaging;

    @Column(name = "demarches", nullable = false)
    private boolean demarches;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 10)
    private EndReason endReason;

    protected Mandate() {
    }

    public Mandate(long mandatorAccountId, long helperAccountId, Set<MandateScope> scopes, Instant signedAt,
                   Instant endsAt) {
        if (mandatorAccountId == helperAccountId) {
            throw new IllegalArgumentException("a mandate to oneself");
        }
        if (scopes.isEmpty() || !endsAt.isAfter(signedAt)) {
            throw new IllegalArgumentException("a mandate needs a scope and an end after its signature");
        }
        this.mandatorAccountId = mandatorAccountId;
        this.helperAccountId = helperAccountId;
        this.payments = scopes.contains(MandateScope.PAYMENTS);
        this.documents = scopes.contains(MandateScope.DOCUMENTS);
        this.messaging = scopes.contains(MandateScope.MESSAGING);
        this.demarches = scopes.contains(MandateScope.DEMARCHES);
        this.signedAt = signedAt;
        this.endsAt = endsAt;
    }

    /** Whether the helper may act with it now: not ended by either side, its end date not reached. */
    public boolean isInForce(Instant now) {
        return endedAt == null && now.isBefore(endsAt);
    }

    public boolean covers(MandateScope scope) {
        return switch (scope) {
            case PAYMENTS -> payments;
            case DOCUMENTS -> documents;
            case MESSAGING -> messaging;
            case DEMARCHES -> demarches;
        };
    }

    public Set<MandateScope> getScopes() {
        EnumSet<MandateScope> scopes = EnumSet.noneOf(MandateScope.class);
        for (MandateScope scope : MandateScope.values()) {
            if (covers(scope)) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    /** Ends it now, by one side; false if it had already ended (or expired). */
    public boolean end(EndReason reason, Instant now) {
        if (!isInForce(now)) {
            return false;
        }
        endedAt = now;
        endReason = reason;
        return true;
    }

    public Long getId() {
        return id;
    }

    public long getMandatorAccountId() {
        return mandatorAccountId;
    }

    public long getHelperAccountId() {
        return helperAccountId;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndReason getEndReason() {
        return endReason;
    }
}
