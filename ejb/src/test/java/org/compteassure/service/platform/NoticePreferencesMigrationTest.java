package org.compteassure.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.compteassure.persistence.platform.MigrationLocations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * V39 carries the old « nouveaux paiements / documents » checkboxes into the notice preferences, then drops them: a
 * person who had unticked one gets that kind by letter only, a ticked one keeps the default (no row), a choice made
 * since on the new form is kept; the sequence goes on past the rows written. On H2 always; on PostgreSQL when
 * {@code -Dmigration.pg.url=jdbc:postgresql://127.0.0.1:5432/DB} names an empty database (user postgres).
 */
class NoticePreferencesMigrationTest {

    @Test
    void onH2() throws SQLException {
        check("jdbc:h2:mem:v39-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void onPostgresql() throws SQLException {
        String url = System.getProperty("migration.pg.url");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no -Dmigration.pg.url");
        check(url, "postgres");
    }

    private static void check(String url, String user) throws SQLException {
        Flyway before = flyway(url, user, "38");
        before.clean();
        before.migrate();
        try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
            person(s, 1, true, true);
            person(s, 2, false, true);
            person(s, 3, true, false);
            person(s, 4, false, false);
            person(s, 5, false, false);
            // Person 5 chose « courriel et courrier » for payments on the new form already: that choice stands. Its
            // id is the first of the block EclipseLink took (sequence value 50: ids 1 to 50).
            long block = Long.parseLong(rows(s, "SELECT nextval('notice_preference_seq')").get(0));
            s.execute("INSERT INTO notice_preference VALUES (" + (block - 49) + ", 5, 'PAYMENT', TRUE, TRUE)");
        }
        flyway(url, user, "39").migrate();
        try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
            assertEquals(List.of("2 PAYMENT false true", "3 DOCUMENT false true", "4 DOCUMENT false true",
                    "4 PAYMENT false true", "5 DOCUMENT false true", "5 PAYMENT true true"), rows(s,
                    "SELECT insured_person_id, kind, by_email, by_letter FROM notice_preference "
                            + "ORDER BY insured_person_id, kind"));
            List<String> ids = rows(s, "SELECT id FROM notice_preference WHERE insured_person_id <> 5 OR kind <> 'PAYMENT' ORDER BY id");
            assertEquals(5, ids.stream().distinct().count(), "one id each: " + ids);
            long next = Long.parseLong(rows(s, "SELECT nextval('notice_preference_seq')").get(0));
            long highest = Long.parseLong(ids.get(ids.size() - 1));
            assertEquals(highest + 50, next, "EclipseLink's next block (" + (next - 49) + "–" + next + ") is free");
            assertEquals(List.of("0"), rows(s, "SELECT COUNT(*) FROM information_schema.columns WHERE "
                    + "LOWER(table_name) = 'insured_person' AND LOWER(column_name) LIKE 'notify%'"), "columns dropped");
        }
        flyway(url, user, null).migrate();
    }

    private static Flyway flyway(String url, String user, String target) {
        var config = Flyway.configure().dataSource(url, user, null).cleanDisabled(false)
                .locations(MigrationLocations.of(url.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2"));
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    private static void person(Statement s, long id, boolean payments, boolean documents) throws SQLException {
        s.execute("INSERT INTO insured_person (id, version, nir, family_name, given_names, birth_date, sex, "
                + "address_line1, postal_code, city, country, notify_payments, notify_documents) VALUES (" + id
                + ", 0, '28505750561" + id + "0', 'TEST', 'Personne', DATE '1985-05-12', 'FEMALE', '1 RUE', '75001', "
                + "'PARIS', 'FRANCE', " + payments + ", " + documents + ")");
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(String.valueOf(r.getObject(i)).toLowerCase());
                }
                rows.add(row.toString().replace("payment", "PAYMENT").replace("document", "DOCUMENT"));
            }
        }
        return rows;
    }
}
