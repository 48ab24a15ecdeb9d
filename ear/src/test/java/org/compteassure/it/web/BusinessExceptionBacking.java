package org.compteassure.it.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * Writes a staff member, then runs a statement that the database stops at its one-second time limit (SQLState
     * 57014 on PostgreSQL and H2): a real failure of the database, not a thrown stand-in.
     */
    public void statementTimeout() {
        String endless = "postgresql".equals(System.getenv("CA_DB_DRIVER"))
                ? "SELECT pg_sleep(30)"
                : "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000000) a, SYSTEM_RANGE(1, 1000000000) b";
        tx.run(em -> {
            em.persist(new StaffMember(username, "Test", "not a hash", Set.of(StaffMember.ADVISER)));
            em.flush();
            try (Statement statement = em.unwrap(Connection.class).createStatement()) {
                statement.setQueryTimeout(1);
                statement.executeQuery(endless);
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        });
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
