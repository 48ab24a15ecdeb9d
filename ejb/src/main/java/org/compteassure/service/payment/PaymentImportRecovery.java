package org.compteassure.service.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.service.security.Roles;

/**
 * Keeps the payment imports running on this node held, and takes over those whose node died: every third of a lease
 * ({@link ImportLeases}), it renews this node's lease on the imports whose job runs in this JVM, then claims the
 * waiting or running imports whose lease has run out (a kill -9, a power cut: their job execution was left STARTED in
 * the JDBC job repository and nothing else would ever finish them) and resumes each from its last committed chunk.
 * Every node runs it; the claim is a conditional update that only one node wins, so each import is resumed once, by
 * a surviving node or by its own when it starts again, whichever comes first.
 */
@Singleton
@Startup
@RolesAllowed(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
public class PaymentImportRecovery {

    private static final Logger LOG = Logger.getLogger(PaymentImportRecovery.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private PaymentImportService imports;

    @Inject
    private ImportLeases leases;

    /** The first run a few seconds after deployment, once the batch runtime is ready. */
    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(5_000, leases.period().toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    void renewAndTakeOver() {
        try {
            imports.renewLeases();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Leases of the payment imports running here not renewed", e);
        }
        List<Long> claimed;
        try {
            claimed = imports.claimExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Payment imports left by a stopped node not looked for", e);
            return;
        }
        for (long id : claimed) {
            LOG.info(() -> "Payment import " + id + " taken over by " + PaymentImportService.node()
                    + ": its node's lease ran out");
            try {
                imports.resume(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Payment import " + id + " could not be resumed; resume it from /admin/imports", e);
            }
        }
    }
}
