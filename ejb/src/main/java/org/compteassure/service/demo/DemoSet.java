package org.compteassure.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.platform.Installation;

/**
 * What every set of demo data shares: it is added once, at start, only when the installation asks for demo data
 * (CA_DEMO=true, {@link Installation#isDemo()}), and an earlier start that already added it is left alone. Each set is a
 * {@code @Singleton @Startup} bean of its own, so that it adds its rows in a transaction of its own.
 */
abstract class DemoSet {

    /** Marie DUPONT, the demo's first login (README, "Demo logins"). */
    static final String MARIE = "2850575056123";

    /** Jean MARTIN, the second login. */
    static final String JEAN = "178112A004045";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    private Installation installation;

    @PostConstruct
    void load() {
        if (installation.isDemo() && !isLoaded()) {
            add();
        }
    }

    /** Whether an earlier start added this set already. */
    abstract boolean isLoaded();

    abstract void add();

    /** A person of the register by their number (the 13 characters), if {@link DemoData} created them. */
    Optional<InsuredPerson> registered(String nir) {
        return AccountQueries.person(em, Nir.parse(nir, false));
    }
}
