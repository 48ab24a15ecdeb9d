package org.compteassure.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drill (mvn -Pfaults verify): a WildFly of the drill's own ({@link DrillServer}) is killed with {@code kill -9}
 * while it imports a CSV file of 200 000 payments, at a moment the import page shows between 20 % and 80 %; started
 * again, it resumes the import by itself (PaymentImportRecovery) and ends it with every line of the file in the
 * table once: the counts, the set of references and the sum of the amounts equal the file's. The figures it prints
 * are in docs/operations.md, "Faults".
 */
class ImportKillDrillIT {

    static final String DATABASE = "ca_import_drill";
    static final int LINES = Integer.getInteger("drill.import.lines", 200_000);
    static final int PEOPLE = 500;
    static final Pattern PROGRESS = Pattern.compile("<progress id=\"progress\" max=\"100\" value=\"([0-9]+)\"");

    private DrillServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anImportKilledMidwayResumesAfterTheRestartWithNoLineLostOrDoubled() throws Exception {
        server = DrillServer.onNewDatabase(DATABASE);
        Site site = server.administrator();
        List<String> nirs = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            People.Person person = People.fresh(false);
            site.register(person);
            nirs.add(person.nir13());
        }

        PaymentFile file = PaymentFile.of("KD" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(), nirs,
                LINES);
        long importId = file.upload(site);
        long uploadedAt = System.nanoTime();

        int shown = -1;
        while (shown < 20) {
            Matcher progress = PROGRESS.matcher(site.get("/admin/imports?import=" + importId).body());
            assertTrue(progress.find(), "the import still running (its progress bar)");
            shown = Integer.parseInt(progress.group(1));
            if (shown < 20) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        server.kill();
        long killedAt = System.nanoTime();
        assertTrue(shown <= 80, "killed mid-import: the page showed " + shown + " %");

        try (Connection db = DrillServer.connect(DATABASE)) {
            long[] atKill = state(db, importId);
            assertEquals(LINES + 1, atKill[1], "the file's lines, its header included");
            long rowsAtKill = DrillServer.count(db, "SELECT COUNT(*) FROM payment WHERE " + file.rows());
            System.out.printf("Import kill drill: %d lines; killed %.1f s after the upload, the page showing %d %%; "
                    + "%d lines done and %d rows committed at the kill%n", LINES, seconds(uploadedAt, killedAt), shown,
                    atKill[0], rowsAtKill);
            assertTrue(atKill[0] < atKill[1], "not finished at the kill");

            long restartedAt = System.nanoTime();
            server.restart();
            long readyAt = System.nanoTime();
            long resumedAt = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            String status;
            while (!(status = status(db, importId)).equals("COMPLETED")) {
                assertTrue(System.nanoTime() < deadline, "the import completed within 10 minutes of the restart: " + status);
                if (resumedAt == 0 && state(db, importId)[0] > atKill[0]) {
                    resumedAt = System.nanoTime();
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            long completedAt = System.nanoTime();
            if (resumedAt == 0) {
                resumedAt = completedAt;
            }

            List<String> stored = DrillServer.strings(db, "SELECT reference FROM payment WHERE " + file.rows());
            Set<String> storedSet = new HashSet<>(stored);
            Set<String> missing = new HashSet<>(file.references());
            missing.removeAll(storedSet);
            Set<String> extra = new HashSet<>(storedSet);
            extra.removeAll(file.references());
            long duplicates = stored.size() - storedSet.size();
            BigDecimal storedTotal = new BigDecimal(DrillServer.strings(db, "SELECT SUM(amount_paid) FROM payment WHERE "
                    + file.rows()).get(0));
            long[] end = counters(db, importId);
            System.out.printf("Import kill drill: restarted in %.1f s (ready), the import resumed %.1f s after the kill "
                            + "(%.1f s after the server was ready), completed %.1f s after the kill; imported %d, "
                            + "updated %d, unchanged %d, rejected %d; %d rows, %d distinct references, %d duplicates, "
                            + "%d missing, %d not in the file; amounts %s (file %s)%n",
                    seconds(restartedAt, readyAt), seconds(killedAt, resumedAt), seconds(readyAt, resumedAt),
                    seconds(killedAt, completedAt), end[0], end[1], end[2], end[3], stored.size(), storedSet.size(),
                    duplicates, missing.size(), extra.size(), storedTotal, file.total());

            assertEquals(0, duplicates, "no line loaded twice");
            assertEquals(Set.of(), missing, "no line lost");
            assertEquals(Set.of(), extra, "nothing but the file's lines");
            assertEquals(LINES, stored.size(), "the file's count");
            assertEquals(0, file.total().compareTo(storedTotal), "the file's amounts: " + storedTotal + " for "
                    + file.total());
            assertEquals(List.of((long) LINES, 0L, 0L, 0L), List.of(end[0], end[1], end[2], end[3]),
                    "the import's report: every line imported, none updated, unchanged or rejected");
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** lines_done and total_lines of the import. */
    private static long[] state(Connection db, long id) throws Exception {
        return row(db, "SELECT lines_done, total_lines FROM payment_import WHERE id = ?", id, 2);
    }

    private static long[] counters(Connection db, long id) throws Exception {
        return row(db, "SELECT imported, updated, unchanged, rejected FROM payment_import WHERE id = ?", id, 4);
    }

    private static String status(Connection db, long id) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT status FROM payment_import WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static long[] row(Connection db, String sql, long id, int columns) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long[] values = new long[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = r.getLong(i + 1);
                }
                return values;
            }
        }
    }
}
