package org.compteassure.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.platform.MigrationLocations;
import org.flywaydb.core.Flyway;

/**
 * The schema a generator writes into: the application's own Flyway migrations (the persistence module's
 * {@code db/migration}, configured as the server's {@code SchemaMigration} does), then a check that each table a
 * generator fills has exactly the columns it writes, so that a migration adding, renaming or dropping a column stops
 * the generator before it writes a row instead of leaving rows the application cannot read.
 */
final class Schema {

    private Schema() {
    }

    /** Brings the database to the application's latest migration; returns the version reached. */
    static String migrate(String url, String user, String password) throws SQLException {
        String[] locations;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            locations = MigrationLocations.of(db.getMetaData().getDatabaseProductName());
        }
        Flyway flyway = Flyway.configure(InsuredPerson.class.getClassLoader())
                .dataSource(url, user, password)
                .locations(locations)
                .failOnMissingLocations(true)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        flyway.migrate();
        return flyway.info().current().getVersion().getVersion();
    }

    /**
     * Fails if a table's columns are not exactly those the generator writes.
     *
     * @param written each table with the columns the generator gives a value (or leaves NULL on purpose)
     */
    static void requireColumns(Connection db, Map<String, List<String>> written) throws SQLException {
        StringBuilder drift = new StringBuilder();
        for (Map.Entry<String, List<String>> table : written.entrySet()) {
            Set<String> actual = new TreeSet<>();
            try (PreparedStatement columns = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = ?")) {
                columns.setString(1, table.getKey());
                try (ResultSet rows = columns.executeQuery()) {
                    while (rows.next()) {
                        actual.add(rows.getString(1));
                    }
                }
            }
            Set<String> missing = new LinkedHashSet<>(table.getValue());
            missing.removeAll(actual);
            Set<String> unknown = new TreeSet<>(actual);
            table.getValue().forEach(unknown::remove);
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                drift.append(String.format("%n  %s: written but not in the schema %s, in the schema but not written %s",
                        table.getKey(), missing, unknown));
            }
        }
        if (!drift.isEmpty()) {
            throw new IllegalStateException("The schema drifted from the generator: update it to the migrations" + drift);
        }
    }
}
