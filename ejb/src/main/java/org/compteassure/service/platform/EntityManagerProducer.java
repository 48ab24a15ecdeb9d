package org.compteassure.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place that names the persistence unit: services {@code @Inject} their {@link EntityManager}. The produced
 * object is the container's transaction-scoped proxy, so one instance serves every bean and thread.
 */
@ApplicationScoped
public class EntityManagerProducer {

    @Produces
    @PersistenceContext(unitName = "compte-assure")
    private EntityManager em;
}
