package org.compteassure.bench;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV import against a raw JDBC batched insert of the same rows into the same database (docs/benchmarks.md).
 * Needs the application running on PostgreSQL with an administrator (CA_ADMIN_USER / CA_ADMIN_PASSWORD).
 * Options: -Dbench.url, -Dbench.db.url, -Dbench.db.user, -Dbench.db.password, -Dbench.admin.user,
 * -Dbench.admin.password, -Dbench.rows (100000), -Dbench.warmupRows (20000), -Dbench.people (1000), -Dbench.target (50).
 */
public final class ImportBenchmark {

    /** As the import does: JDBC batches of 500 statements (PaymentWriter), a commit per chunk of 2 000 lines. */
    private static final int BATCH = 500;
    private static final int CHUNK = 2000;

    private final String url = prop("bench.url", "http://localhost:8080/");
    private final String dbUrl = prop("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/compte_assure");
    private final String dbUser = prop("bench.db.user", "postgres");
    private final String dbPassword = prop("bench.db.password", "postgres");
    private final int people = Integer.parseInt(prop("bench.people", "1000"));
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public static void main(String[] args) throws Exception {
        new ImportBenchmark().measure();
    }

    private void measure() throws Exception {
        int rows = Integer.parseInt(prop("bench.rows", "100000"));
        int warmup = Integer.parseInt(prop("bench.warmupRows", "20000"));
        double target = Double.parseDouble(prop("bench.target", "50"));
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            List<String> nirs = ensurePeople(db);
            Map<String, Long> ids = personIds(db);
            login();
            System.out.printf("Import benchmark: %d rows (after %d of warm-up), %d people, %s, %s%n", rows, warmup,
                    nirs.size(), dbUrl, url);
            if (warmup > 0) {
                importCsv(db, "W" + run, nirs, warmup);
                rawInsert(db, "V" + run, nirs, ids, warmup);
            }
            double raw = rawInsert(db, "J" + run, nirs, ids, rows);
            double imported = importCsv(db, "C" + run, nirs, rows);
            System.out.printf("raw JDBC batched insert (%d per batch, a commit per %d):       %.0f rows/s%n", BATCH, CHUNK, raw);
            System.out.printf("CSV import (upload, store, job; chunks of %d):            %.0f rows/s%n", CHUNK, imported);
            double ratio = imported / raw * 100;
            System.out.printf("ratio: %.1f %% (target >= %.0f %%: %s)%n", ratio, target, ratio >= target ? "met" : "NOT met");
        }
    }

    /** The same payment, as a CSV line and as JDBC parameters. */
    private static String[] row(String prefix, int i, String nir) {
        LocalDate care = LocalDate.now().minusDays(10 + i % 700);
        String paid = "%d.%02d".formatted(5 + i % 60, i % 100);
        return new String[] {prefix + "-" + i, nir, "REIMBURSEMENT", care.toString(), "Consultation médecin généraliste",
                "Dr MARTIN", "30.00", "30.00", "70", paid, "2.00", "0.50", "PAID", care.plusDays(5).toString()};
    }

    private double importCsv(Connection db, String prefix, List<String> nirs, int rows) throws Exception {
        StringBuilder csv = new StringBuilder("reference;nir;kind;careDate;actLabel;practitioner;amountSpent;"
                + "reimbursementBase;rate;amountPaid;participationForfaitaire;franchise;status;paymentDate\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.join(";", row(prefix, i, nirs.get(i % nirs.size())))).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url + "admin/imports")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = HttpConnection.VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("No upload form at /admin/imports: is the administrator logged in?");
        }
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "upload", null, "upload".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "upload:file", prefix + ".csv", file);
        part(body, boundary, "upload:submit", null, "x".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "jakarta.faces.ViewState", null, state.group(1).getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("import=([0-9]+)").matcher(sent.uri().toString());
        if (!id.find()) {
            throw new IllegalStateException("Upload refused (" + sent.statusCode() + ") " + sent.uri());
        }
        try (PreparedStatement status = db.prepareStatement(
                "SELECT status, imported, rejected FROM payment_import WHERE id = ?")) {
            status.setLong(1, Long.parseLong(id.group(1)));
            while (true) {
                try (ResultSet r = status.executeQuery()) {
                    r.next();
                    if (r.getString(1).equals("STOPPED")) {
                        throw new IllegalStateException("The import stopped; see the server log");
                    }
                    if (r.getString(1).equals("COMPLETED")) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        if (r.getLong(2) != rows) {
                            throw new IllegalStateException("Imported " + r.getLong(2) + " of " + rows + ", rejected " + r.getLong(3));
                        }
                        System.out.printf("  import %s: %d rows in %.2f s%n", prefix, rows, seconds);
                        return rows / seconds;
                    }
                }
                Thread.sleep(50);
            }
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content)
            throws Exception {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** The same rows, inserted with plain JDBC batches: the fastest the database takes them from one client. */
    private double rawInsert(Connection db, String prefix, List<String> nirs, Map<String, Long> ids, int rows)
            throws Exception {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        long firstId;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM payment")) {
            r.next();
            firstId = Math.max(r.getLong(1), 3_000_000_000L) + 1;
        }
        long start = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO payment (id, version, reference, "
                + "insured_person_id, kind, care_date, act_label, practitioner, amount_spent, reimbursement_base, rate, "
                + "amount_paid, participation_forfaitaire, franchise, status, payment_date, received_at) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                String[] v = row(prefix, i, nirs.get(i % nirs.size()));
                insert.setLong(1, firstId + i);
                insert.setString(2, v[0]);
                insert.setLong(3, ids.get(v[1]));
                insert.setString(4, v[2]);
                insert.setDate(5, Date.valueOf(v[3]));
                insert.setString(6, v[4]);
                insert.setString(7, v[5]);
                insert.setBigDecimal(8, new java.math.BigDecimal(v[6]));
                insert.setBigDecimal(9, new java.math.BigDecimal(v[7]));
                insert.setInt(10, Integer.parseInt(v[8]));
                insert.setBigDecimal(11, new java.math.BigDecimal(v[9]));
                insert.setBigDecimal(12, new java.math.BigDecimal(v[10]));
                insert.setBigDecimal(13, new java.math.BigDecimal(v[11]));
                insert.setString(14, v[12]);
                insert.setDate(15, Date.valueOf(v[13]));
                insert.setTimestamp(16, Timestamp.from(Instant.now()));
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == rows - 1) {
                    insert.executeBatch();
                }
                if ((i + 1) % CHUNK == 0 || i == rows - 1) {
                    db.commit();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        db.setAutoCommit(auto);
        System.out.printf("  raw JDBC %s: %d rows in %.2f s%n", prefix, rows, seconds);
        return rows / seconds;
    }

    /** People of the register the rows refer to (men born in Paris, 1980, sex stored by name), added once. */
    private List<String> ensurePeople(Connection db) throws Exception {
        List<String> nirs = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO insured_person (id, version, nir, family_name, "
                + "given_names, birth_date, sex, address_line1, postal_code, city, country) VALUES (?, 1, ?, 'BENCH', "
                + "'Marc', DATE '1980-01-15', 'MALE', '1 RUE DU BANC', '75001', 'PARIS', 'FRANCE') ON CONFLICT DO NOTHING")) {
            for (int i = 0; i < people; i++) {
                String nir = "18001751%02d%03d".formatted(10 + i / 999, 1 + i % 999);
                nirs.add(nir);
                insert.setLong(1, 2_000_000_000L + i);
                insert.setString(2, nir);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return nirs;
    }

    private static Map<String, Long> personIds(Connection db) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT nir, id FROM insured_person")) {
            while (r.next()) {
                ids.put(r.getString(1), r.getLong(2));
            }
        }
        return ids;
    }

    private void login() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url + "conseiller")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = HttpConnection.VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("No staff login form at " + url + "conseiller");
        }
        String form = HttpConnection.form("staff", "staff", "staff:username", prop("bench.admin.user", "admin"),
                "staff:password", prop("bench.admin.password", ""), "staff:submit", "x",
                "jakarta.faces.ViewState", state.group(1));
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (!in.uri().getPath().startsWith("/admin")) {
            throw new IllegalStateException("Administrator login failed: landed on " + in.uri());
        }
    }

    private static String prop(String name, String fallback) {
        return System.getProperty(name, fallback);
    }
}
