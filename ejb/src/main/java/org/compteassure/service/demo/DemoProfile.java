package org.compteassure.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.ProfileChange;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.platform.Installation;

/**
 * Demo data of "Mes informations" (embedded default only): Marie DUPONT has a phone number that the register gave,
 * so her history of changes is not empty on the first visit.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoProfile {

    private static final String MARIE = "2850575056123";
    private static final String PHONE = "+33612345678";

    @Inject
    private EntityManager em;

    @Inject
    private Installation installation;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!installation.isEmbedded()) {
            return;
        }
        AccountQueries.person(em, Nir.parse(MARIE, false))
                .filter(marie -> em.createNamedQuery("ProfileChange.findByPerson", ProfileChange.class)
                        .setParameter("personId", marie.getId()).getResultList().isEmpty())
                .ifPresent(marie -> {
                    marie.setPhone(PHONE);
                    em.persist(new ProfileChange(marie.getId(), ProfileChange.Field.PHONE, null, PHONE, clock.instant(),
                            ProfileChange.Channel.REGISTER));
                });
    }
}
