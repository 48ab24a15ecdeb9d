package org.compteassure.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Refuses to deploy the application when a setting it cannot do without is missing (CA_BASE_URL), or is wrong (CA_FUND_ADDRESS): the log says which
 * and how to set it, and no other start-up bean (schema, demo data) runs. Also says whether demo data are on.
 */
@Singleton
@Startup
// No business method: it only checks the settings when the application starts.
@PermitAll
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @Inject
    private Installation installation;

    @PostConstruct
    void check() {
        try {
            String base = installation.baseUrl();
            // An address too long for the top of a letter fails here, not at the first print run.
            installation.letterhead();
            LOG.info(() -> "Public address " + base + (installation.isDemo()
                    ? "; CA_DEMO=true: demo data, demo logins and the dev mailbox (loopback only) are on"
                    : "; no demo data (CA_DEMO is not true)"));
        } catch (IllegalStateException e) {
            LOG.severe(() -> "Compte Assuré does not start: " + e.getMessage());
            throw e;
        }
    }
}
