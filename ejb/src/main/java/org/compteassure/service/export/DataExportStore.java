package org.compteassure.service.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.compteassure.persistence.export.DataExport;
import org.compteassure.persistence.export.DataExportPart;
import org.compteassure.service.security.Roles;

/**
 * The database side of preparing an export, each step in a transaction of its own so that the page sees the progress
 * and a crash loses at most one part: the claim (a conditional update only one node wins, with a random token), each
 * part written under the claim (the same update renews the lease and checks the token, so a node that lost its
 * claim stops), the end, the failure, and the deletion of what expired.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DataExportStore {

    /** Longer than any page read or part written: past it, another node takes over an export whose node died. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** How long a ready export is kept, and a request that never became ready. */
    public static final Duration KEPT = Duration.ofDays(7);

    /** Attempts before an export is given up (FAILED; the person may ask again). */
    static final int MAX_ATTEMPTS = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A node's hold on one export: the person it is for, and the token its writes are checked against. */
    public record Claim(long exportId, long personId, String token) {
    }

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<DataExportEvents.Ready> ready;

    public List<Long> due(int max) {
        return em.createNamedQuery("DataExport.findDue", Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** Takes the export for this node if nobody holds it, and forgets any part a former holder wrote. */
    public Optional<Claim> claim(long exportId) {
        Instant now = clock.instant();
        String token = HexFormat.of().formatHex(random());
        int won = em.createNamedQuery("DataExport.claim")
                .setParameter("id", exportId)
                .setParameter("now", now)
                .setParameter("until", now.plus(LEASE))
                .setParameter("token", token)
                .executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        em.createNamedQuery("DataExportPart.deleteOf").setParameter("exportId", exportId).executeUpdate();
        return Optional.of(new Claim(exportId, em.find(DataExport.class, exportId).getInsuredPersonId(), token));
    }

    /** Writes one part of the ZIP, if the claim still holds (renewing it). */
    public void part(Claim claim, int number, int stepsDone, byte[] content) {
        renew(claim, stepsDone);
        em.persist(new DataExportPart(claim.exportId(), number, content));
    }

    /** Records the progress, if the claim still holds (renewing it). */
    public void progress(Claim claim, int stepsDone) {
        renew(claim, stepsDone);
    }

    /** The ZIP is complete: kept {@link #KEPT} from now, and the person told (in this transaction). */
    public void ready(Claim claim, int parts, long size, String sha256) {
        renew(claim, ExportSection.steps());
        Instant now = clock.instant();
        DataExport export = em.find(DataExport.class, claim.exportId());
        export.ready(parts, size, sha256, now, now.plus(KEPT));
        ready.fire(new DataExportEvents.Ready(claim.personId(), export.getExpiresAt()));
    }

    /** The preparation failed: tried again at the next run, or given up after {@link #MAX_ATTEMPTS}. */
    public void failed(Claim claim) {
        DataExport export = em.find(DataExport.class, claim.exportId());
        if (export != null && claim.token().equals(export.getLeaseToken())) {
            export.failed(clock.instant(), MAX_ATTEMPTS);
        }
    }

    public List<Long> expired(int max) {
        return em.createNamedQuery("DataExport.findExpired", Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** Deletes the export and its parts (a node that was still writing it finds its claim gone and stops). */
    public void delete(long exportId) {
        em.createNamedQuery("DataExportPart.deleteOf").setParameter("exportId", exportId).executeUpdate();
        DataExport export = em.find(DataExport.class, exportId);
        if (export != null) {
            em.remove(export);
        }
    }

    private void renew(Claim claim, int stepsDone) {
        int held = em.createNamedQuery("DataExport.renew")
                .setParameter("id", claim.exportId())
                .setParameter("token", claim.token())
                .setParameter("until", clock.instant().plus(LEASE))
                .setParameter("done", stepsDone)
                .executeUpdate();
        if (held == 0) {
            throw new LeaseLostException(claim.exportId());
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
