package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionShutdownResourcesAndTimeLimitsAreOutages() {
        assertTrue(DatabaseOutage.is(wrapped(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.is(wrapped(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.is(wrapped(new SQLException("canceling statement", "57014"))));
        assertTrue(DatabaseOutage.is(wrapped(new SQLException("disk full", "53100"))));
        assertTrue(DatabaseOutage.is(wrapped(new SQLTransientConnectionException("no connection"))));
        assertTrue(DatabaseOutage.is(wrapped(new SQLException("IJ000453", new ResourceException("pool")))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.is(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.is(wrapped(new SQLException("syntax", "42601"))));
        assertFalse(DatabaseOutage.is(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.is(null));
    }

    private static Exception wrapped(SQLException cause) {
        return new ServletException(new EJBException(new PersistenceException(cause)));
    }
}
