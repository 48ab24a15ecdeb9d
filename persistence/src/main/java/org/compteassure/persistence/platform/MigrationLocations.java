package org.compteassure.persistence.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where the Flyway migrations are, for the database at hand: {@code db/migration} (valid on H2 and PostgreSQL) on
 * every database, and {@code db/postgresql} on PostgreSQL only — what H2, the embedded single-node default, cannot
 * express (V32, the payments table hash-partitioned by person). The server's schema migration and the benchmarks'
 * dataset both ask here, so that they build the same schema.
 */
public final class MigrationLocations {

    private MigrationLocations() {
    }

    /** The Flyway locations for the database this data source opens. */
    public static String[] of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the migrations are for", e);
        }
    }

    /** The Flyway locations for a database, by its JDBC product name ("PostgreSQL", "H2"). */
    public static String[] of(String databaseProductName) {
        return "PostgreSQL".equalsIgnoreCase(databaseProductName)
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
    }
}
