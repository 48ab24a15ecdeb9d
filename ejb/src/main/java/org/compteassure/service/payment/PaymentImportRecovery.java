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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.service.security.Roles;

/**
 * After a crash (a kill -9, a power cut), resumes the imports this node was running: their job execution was left
 * STARTED in the JDBC job repository and nothing else would ever finish them. Each node resumes only its own, so
 * that a node never takes over an import another live node is running. Done a few seconds after deployment, once
 * the batch runtime is ready.
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

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(5_000, new TimerConfig(null, false));
    }

    @Timeout
    void resumeInterrupted() {
        for (long id : imports.interruptedHere()) {
            try {
                imports.resume(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Payment import " + id + " could not be resumed; resume it from /admin/imports", e);
            }
        }
    }
}
