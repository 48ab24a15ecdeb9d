package org.compteassure.service.export;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.security.Roles;

/**
 * Prepares the exports people ask for, in the background: at once on the node where the request committed, and every
 * minute on every node for whatever is due (an export whose node stopped, one that failed and is tried again). Each
 * export is claimed by one node only ({@link DataExportStore#claim}); expired exports are deleted by the same run.
 * The work holds no transaction of its own: each page read and each part written has its own.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataExportWorker {

    private static final Logger LOG = Logger.getLogger(DataExportWorker.class.getName());
    private static final int BATCH = 20;

    @EJB
    private DataExportStore store;

    @EJB
    private DataExportReader reader;

    @Inject
    private Clock clock;

    @Asynchronous
    // Hears the request of an insured caller's transaction; the work runs as SYSTEM.
    @PermitAll
    public void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataExportEvents.Requested event) {
        prepare(event.exportId());
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void runDue() {
        purgeExpired();
        store.due(BATCH).forEach(this::prepare);
    }

    /** Deletes every export past its 7 days; returns how many. */
    public int purgeExpired() {
        int deleted = 0;
        for (long id : store.expired(100)) {
            store.delete(id);
            deleted++;
        }
        return deleted;
    }

    /**
     * Prepares the export if this node wins its claim; returns whether this call made it ready. A failure leaves it
     * for the next run (or gives it up after a few attempts); a lost claim leaves it to the node that took it.
     */
    public boolean prepare(long exportId) {
        Optional<DataExportStore.Claim> claimed = store.claim(exportId);
        if (claimed.isEmpty()) {
            return false;
        }
        DataExportStore.Claim claim = claimed.get();
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true))) {
            ExportZip zip = new ExportZip(reader, store, claim, jsonb);
            PartOutputStream parts = new PartOutputStream(store, claim, zip::done);
            zip.write(parts, clock.instant(), ClockProducer.ZONE);
            store.ready(claim, parts.parts(), parts.size(), parts.sha256());
            return true;
        } catch (LeaseLostException e) {
            LOG.log(Level.INFO, "Export {0} was taken over or deleted while this node wrote it", exportId);
            return false;
        } catch (Exception e) {
            // Never the person's data in the log: the export's id and what failed.
            LOG.log(Level.WARNING, "Export {0} failed, tried again later: {1}", new Object[] {exportId, e.toString()});
            store.failed(claim);
            return false;
        }
    }
}
