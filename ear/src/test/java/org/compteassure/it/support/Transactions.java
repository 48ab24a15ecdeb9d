package org.compteassure.it.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;

/** In-container tests: run a piece of work in its own transaction, the way a service would. */
@Stateless
public class Transactions {

    @Inject
    private EntityManager em;

    public <T> T call(Function<EntityManager, T> work) {
        return work.apply(em);
    }

    public void run(Consumer<EntityManager> work) {
        work.accept(em);
    }
}
