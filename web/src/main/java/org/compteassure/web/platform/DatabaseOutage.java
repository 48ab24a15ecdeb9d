package org.compteassure.web.platform;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means that the database cannot serve now (unreachable, restarting, out of room, or a statement
 * stopped by its time limit), rather than a fault of the request or of the code: such a request is answered 503
 * « Service momentanément indisponible », its transaction having been rolled back, and the person is told to try
 * again. Recognised by the JDBC SQLState classes that PostgreSQL and H2 use for these (08 connection, 53 insufficient
 * resources, 57 operator intervention: shutdown, cancel, statement timeout) and by the pool's own "no connection"
 * failure (IronJacamar's {@link ResourceException}).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database is unavailable. */
    public static boolean is(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57"));
    }
}
