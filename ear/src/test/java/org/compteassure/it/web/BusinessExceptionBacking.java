package org.compteassure.it.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.BusinessException;
import org.compteassure.service.messaging.ThreadClosedException;

/**
 * Test deployments only (with the view {@link BusinessExceptionIT#VIEW}): actions that write a row, then throw a
 * business exception that no page catches, inside one transaction, as a service would.
 */
@Named
@RequestScoped
public class BusinessExceptionBacking {

    /** A business exception that has no message of its own in the bundles. */
    public static class UnmappedException extends BusinessException {
        public UnmappedException() {
            super("internal detail that no person must read");
        }
    }

    @Inject
    private Transactions tx;

    private String username;

    /** Writes a staff member, then throws an exception without a key of its own. */
    public void unmapped() {
        writeThenThrow(new UnmappedException());
    }

    /** Writes a staff member, then throws an exception that has its key (error.ThreadClosedException). */
    public void mapped() {
        writeThenThrow(new ThreadClosedException());
    }

    private void writeThenThrow(BusinessException exception) {
        tx.run(em -> {
            em.persist(new StaffMember(username, "Test", "not a hash", Set.of(StaffMember.ADVISER)));
            em.flush();
            throw exception;
        });
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
