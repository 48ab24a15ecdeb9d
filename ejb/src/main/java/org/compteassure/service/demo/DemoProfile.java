package org.compteassure.service.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.compteassure.persistence.account.ProfileChange;
import org.compteassure.service.security.Roles;

/**
 * Demo data of "Mes informations" (embedded default only): Marie DUPONT has a phone number that the register gave,
 * so her history of changes is not empty on the first visit.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RolesAllowed(Roles.SYSTEM)
public class DemoProfile extends DemoSet {

    private static final String PHONE = "+33612345678";

    /** Loaded once Marie's history of changes has a line (or if she is not in the register). */
    @Override
    boolean isLoaded() {
        return registered(MARIE).map(marie -> !em.createNamedQuery("ProfileChange.findByPerson", ProfileChange.class)
                .setParameter("personId", marie.getId()).getResultList().isEmpty()).orElse(true);
    }

    @Override
    void add() {
        registered(MARIE).ifPresent(marie -> {
            marie.setPhone(PHONE);
            em.persist(new ProfileChange(marie.getId(), ProfileChange.Field.PHONE, null, PHONE, clock.instant(),
                    ProfileChange.Channel.REGISTER));
        });
    }
}
