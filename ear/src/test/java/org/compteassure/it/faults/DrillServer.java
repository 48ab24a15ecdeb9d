package org.compteassure.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.compteassure.it.cluster.Cluster;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * A WildFly that a drill starts, kills and restarts itself (the cluster's process control, {@link Cluster#startStandalone}),
 * on a database of its own in the drills' PostgreSQL (faults.pg.port), with the test-support EAR (people, staff and
 * their authenticator arranged as in the client tests). Its port offset: faults.server.offset (the failsafe run's
 * offset + 50 by default, so that it never meets the Arquillian server of the other drills).
 */
final class DrillServer implements AutoCloseable {

    private static final String ADMIN_PASSWORD = "Admin-Drill-2026!";

    private final Cluster processes = new Cluster();
    private final Cluster.Server server = new Cluster.Server("drill",
            Integer.getInteger("faults.server.offset", Integer.getInteger("it.port.offset", 0) + 50));
    private final Path ear;

    DrillServer() throws IOException {
        ear = Path.of(System.getProperty("cluster.work"), "ear", "compte-assure.ear");
        Files.createDirectories(ear.getParent());
        Deployments.earWithTestSupport().as(ZipExporter.class).exportTo(ear.toFile(), true);
    }

    /** A server started on a new, empty {@code database} (Flyway creates the schema at the deployment). */
    static DrillServer onNewDatabase(String database) throws IOException, SQLException {
        createDatabase(database);
        DrillServer server = new DrillServer();
        server.start(database);
        return server;
    }

    /** A new visitor logged in as a new administrator (its authenticator arranged by the test support). */
    Site administrator() {
        Site site = site();
        String username = "admin-" + Long.toString(System.nanoTime(), 36);
        site.support("staff", Map.of("username", username, "password", ADMIN_PASSWORD, "role", "admin"));
        StaffLogin.over(site, username, ADMIN_PASSWORD);
        return site;
    }

    /** Starts the server on {@code database}, in a new base directory. */
    void start(String database) {
        processes.startStandalone(server, ear, Map.of("CA_DB_DRIVER", "postgresql", "CA_DB_URL", jdbcUrl(database),
                "CA_DB_USER", "postgres", "CA_DB_PASSWORD", "postgres", "CA_DEMO", "false", "CA_BASE_URL", url(),
                // The embedded broker: these drills are about the database, not the back office's link.
                "CA_JMS_URL", "", "CA_JMS_USER", "", "CA_JMS_PASSWORD", ""));
    }

    /** Starts the server again as the kill left it (its base directory, its database). */
    void restart() {
        processes.restart(server);
    }

    /** kill -9 of the server's JVM. */
    void kill() {
        processes.kill(server);
    }

    /** A graceful stop (SIGTERM). */
    @Override
    public void close() {
        processes.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.httpPort();
    }

    Site site() {
        return new Site(url());
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty("faults.pg.port") + "/" + database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    /** A new, empty database in the drills' PostgreSQL (an earlier run's dropped first). */
    static void createDatabase(String database) throws SQLException {
        try (Connection db = connect("postgres"); Statement s = db.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    /** Runs one of Debian's PostgreSQL 15 programs (pg_dump, pg_restore) against the drills' server; its seconds. */
    static double pg(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("faults.pg.bin", "/usr/lib/postgresql/15/bin")
                + "/" + program, "-h", "127.0.0.1", "-p", System.getProperty("faults.pg.port"), "-U", "postgres"));
        command.addAll(List.of(arguments));
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), program + " did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command));
        return (System.nanoTime() - began) / 1e9;
    }
}
