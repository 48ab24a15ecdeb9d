package org.compteassure.it.cluster;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.compteassure.it.support.Browser;
import org.compteassure.service.notification.DevMailbox;
import org.compteassure.service.security.Totp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The failover drill (profile cluster-drill; docs/operations.md, "Cluster"): two nodes behind WildFly's balancer on
 * one PostgreSQL. A person's journey survives a kill -9 of the node holding their session; a bounded load of
 * logged-in sessions loses only the requests in flight when a node dies; with both nodes draining the outbox, N
 * queued mails make exactly N deliveries. Not an Arquillian test: it starts and kills whole servers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterDrill {

    /** Sophie LEROY (demo data): no e-mail address, so the code alone signs her in. */
    private static final String NIR = "290029935001288";
    private static final String PERSON_NIR = "2900299350012";
    private static final String CODE = "Printemps-Lavande-42";
    private static final int LOAD_SESSIONS = Integer.getInteger("drill.sessions", 4);
    /** The person's messages to the back office: one per démarche, keyed by its number. */
    private static final String MESSAGES = "SELECT COUNT(*) FROM outbound_message m JOIN demarche d "
            + "ON m.message_key LIKE d.demarche_number || '%' JOIN insured_person p ON p.id = d.insured_person_id "
            + "WHERE p.nir = ?";
    private static final int MAILS = Integer.getInteger("drill.mails", 20);
    private static final int IMPORT_LINES = Integer.getInteger("drill.import.lines", 50_000);

    private static Cluster cluster;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        long began = System.nanoTime();
        cluster = new Cluster();
        cluster.startAll();
        awaitBalanced();
        System.out.printf("Cluster up in %.0f s%n", (System.nanoTime() - began) / 1e9);
        driver = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aJourneyFinishesOnTheOtherNodeWhenItsNodeIsKilled() throws Exception {
        signIn();
        driver.get(cluster.url() + "/espace/informations");
        Cluster.Server holding = cluster.holding(driver.manage().getCookieNamed("JSESSIONID").getValue());
        long demarches = count("SELECT COUNT(*) FROM demarche d JOIN insured_person p ON p.id = d.insured_person_id "
                + "WHERE p.nir = ? AND d.demarche_type = 'IBAN_CHANGE'");
        long messages = count(MESSAGES);

        Browser.type(driver, "bank:iban", "FR76 3000 6000 0112 3456 7890 189");
        Browser.type(driver, "bank:holder", "Sophie Leroy");
        Browser.type(driver, "bank:code", CODE);
        cluster.kill(holding);
        // A request sent on the balancer's connection to the dying node before the balancer has seen it gone fails
        // (503), and a POST is never replayed (it may have been executed). The drill waits for the balancer to send
        // this session's requests elsewhere, with GET /ping carrying the session's cookie, then sends the form.
        long killedAt = System.nanoTime();
        int lost = awaitFailover(driver.manage().getCookieNamed("JSESSIONID").getValue());
        Browser.clickAndWait(driver, By.id("bank:submit"));
        System.out.printf("Journey: %s killed; the session's requests go to the other node %.1f s later (%d probe(s) "
                + "failed meanwhile)%n", holding.name(), (System.nanoTime() - killedAt) / 1e9, lost);

        String page = Browser.mainText(driver);
        assertTrue(page.contains("Vos coordonnées bancaires sont enregistrées"), page);
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertEquals(cluster.other(holding), cluster.holding(after.getValue()), after.getValue());
        assertEquals(demarches + 1, count("SELECT COUNT(*) FROM demarche d JOIN insured_person p "
                + "ON p.id = d.insured_person_id WHERE p.nir = ? AND d.demarche_type = 'IBAN_CHANGE'"), "one démarche");
        assertEquals(messages + 1, count(MESSAGES), "one message to the back office");

        long began = System.nanoTime();
        restart(holding);
        System.out.printf("%s restarted and back in the cluster view in %.0f s%n", holding.name(),
                (System.nanoTime() - began) / 1e9);
    }

    @Test
    @Order(2)
    void underLoadOnlyTheRequestsInFlightFailWhenANodeDies() throws Exception {
        restartKilled();
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < LOAD_SESSIONS; i++) {
            driver.manage().deleteAllCookies();
            signIn();
            CookieManager cookies = new CookieManager();
            HttpCookie session = new HttpCookie("JSESSIONID", driver.manage().getCookieNamed("JSESSIONID").getValue());
            session.setPath("/");
            session.setVersion(0);
            cookies.getCookieStore().add(URI.create(cluster.url()), session);
            sessions.add(HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build());
        }
        Cluster.Server victim = cluster.holding(driver.manage().getCookieNamed("JSESSIONID").getValue());
        List<long[]> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (HttpClient client : sessions) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long at = System.nanoTime();
                    int ok;
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                URI.create(cluster.url() + "/espace/accueil")).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        ok = response.statusCode() == 200 && response.body().contains("Sophie") ? 1 : 0;
                    } catch (Exception e) {
                        ok = 0;
                    }
                    outcomes.add(new long[] {at, System.nanoTime(), ok});
                    Cluster.pause(200);
                }
            });
            thread.start();
            threads.add(thread);
        }
        Cluster.pause(10_000);
        long killedAt = System.nanoTime();
        cluster.kill(victim);
        Cluster.pause(30_000);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }

        List<long[]> before = outcomes.stream().filter(o -> o[0] < killedAt).toList();
        List<long[]> afterKill = outcomes.stream().filter(o -> o[0] >= killedAt).toList();
        long lastFailure = afterKill.stream().filter(o -> o[2] == 0).mapToLong(o -> o[1]).max().orElse(killedAt);
        long failed = afterKill.stream().filter(o -> o[2] == 0).count();
        double recovery = (lastFailure - killedAt) / 1e9;
        double slowestBefore = before.stream().mapToLong(o -> o[1] - o[0]).max().orElse(0) / 1e9;
        double slowestAfter = afterKill.stream().mapToLong(o -> o[1] - o[0]).max().orElse(0) / 1e9;
        System.out.printf("Load: %d sessions; before the kill %d requests, %d failed, slowest %.2f s; in the 30 s "
                + "after it %d requests, %d failed (%.1f %%), slowest %.2f s; all succeed again %.1f s after the "
                + "kill%n", LOAD_SESSIONS, before.size(), before.stream().filter(o -> o[2] == 0).count(),
                slowestBefore, afterKill.size(), failed, 100.0 * failed / afterKill.size(), slowestAfter, recovery);
        assertTrue(before.stream().allMatch(o -> o[2] == 1), "every request succeeds before the kill");
        assertTrue(afterKill.stream().filter(o -> o[0] > lastFailure).count() >= LOAD_SESSIONS,
                "requests succeed again after the failover");
        assertTrue(recovery < 20, "recovered within 20 s, took " + recovery);

        restart(victim);
    }

    @Test
    @Order(3)
    void withBothNodesNQueuedMailsAreDeliveredExactlyOnce() throws Exception {
        restartKilled();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("INSERT INTO outbound_mail "
                + "(id, recipient, subject, text_body, status, attempts, created_at, next_attempt_at) "
                + "VALUES (?, ?, ?, ?, 'PENDING', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            long base = 9_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000;
            for (int i = 0; i < MAILS; i++) {
                String address = "grappe-" + run + "-" + i + "@exemple.fr";
                addresses.add(address);
                insert.setLong(1, base + i);
                insert.setString(2, address);
                insert.setString(3, "Exercice de grappe " + i);
                insert.setString(4, "Courriel " + i + " de l'exercice " + run);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        long pending;
        do {
            Cluster.pause(1_000);
            pending = count("SELECT COUNT(*) FROM outbound_mail WHERE recipient LIKE 'grappe-' || ? || '-%' "
                    + "AND status <> 'SENT'", run);
        } while (pending > 0 && System.nanoTime() < deadline);
        assertEquals(0, pending, "every queued mail sent");
        DevMailbox sink = new DevMailbox("http://127.0.0.1:" + System.getProperty("sink.api.port"));
        for (String address : addresses) {
            assertEquals(1, sink.to(address).size(), address);
        }
    }

    /**
     * An administrator uploads a payment file through the balancer; the node that runs the import is killed when a
     * part of it is committed; the other node's recovery takes it over once its lease has run out and finishes it,
     * every line once. Last: the killed node is not restarted (the cluster stops after it).
     */
    @Test
    @Order(4)
    void anImportCutByItsNodesDeathIsFinishedByTheOtherNode() throws Exception {
        restartKilled();
        String run = "G" + UUID.randomUUID().toString().substring(0, 8);
        String day = java.time.LocalDate.now(ClockProducer.ZONE).minusDays(3).toString();
        StringBuilder csv = new StringBuilder("reference;nir;beneficiaryGivenNames;beneficiaryBirthDate;kind;careDate;"
                + "actLabel;amountPaid;status;paymentDate;rejectionReason\n");
        for (int i = 1; i <= IMPORT_LINES; i++) {
            csv.append(run).append('-').append(i).append(';').append(NIR).append(";;;REIMBURSEMENT;").append(day)
                    .append(";Pharmacie;").append(i % 100).append(".10;PENDING;;\n");
        }
        Path file = Files.createTempFile("grappe-", ".csv");
        Files.writeString(file, csv);

        driver.manage().deleteAllCookies();
        adminSignIn();
        driver.get(cluster.url() + "/admin/imports");
        driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        Browser.clickAndWait(driver, By.id("upload:submit"));
        Files.delete(file);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("import=([0-9]+)").matcher(driver.getCurrentUrl());
        assertTrue(id.find(), driver.getCurrentUrl());
        long importId = Long.parseLong(id.group(1));

        // Killed once a tenth of the file is committed, well before the end.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Object[] state = importState(importId);
        while ((long) state[1] < IMPORT_LINES / 10 && System.nanoTime() < deadline) {
            Cluster.pause(100);
            state = importState(importId);
        }
        assertEquals("RUNNING", state[0], "still running when its node is killed");
        Cluster.Server owner = cluster.node((String) state[2]);
        cluster.kill(owner);
        long killedAt = System.nanoTime();
        long linesAtKill = (long) importState(importId)[1];

        long takenOver = 0;
        deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        do {
            Cluster.pause(200);
            state = importState(importId);
            if (takenOver == 0 && !owner.name().equals(state[2])) {
                takenOver = System.nanoTime();
            }
        } while (!"COMPLETED".equals(state[0]) && System.nanoTime() < deadline);
        double takeover = (takenOver - killedAt) / 1e9;
        double finished = (System.nanoTime() - killedAt) / 1e9;
        long payments = count("SELECT COUNT(*) FROM payment WHERE reference LIKE ? || '-%'", run);
        long distinct = count("SELECT COUNT(DISTINCT reference) FROM payment WHERE reference LIKE ? || '-%'", run);
        System.out.printf("Import: %d lines uploaded through the balancer, run by %s, killed at line %d; taken over by "
                + "%s %.1f s after the kill (lease %s s), completed %.1f s after it; %d payments, %d distinct, "
                + "counters imported %d, unchanged %d, updated %d, rejected %d%n", IMPORT_LINES, owner.name(),
                linesAtKill, state[2], takeover, System.getProperty("cluster.import.lease.seconds"), finished, payments,
                distinct, state[3], state[4], state[5], state[6]);
        assertEquals("COMPLETED", state[0], "finished by the surviving node");
        assertEquals(cluster.other(owner).name(), state[2]);
        assertEquals(IMPORT_LINES, payments, "no line missing");
        assertEquals(payments, distinct, "no line twice");
        assertEquals((long) IMPORT_LINES, state[3], "every line counted once as imported");
        assertEquals(0L, (long) state[4] + (long) state[5] + (long) state[6], "nothing read twice or refused");
        long lease = Long.parseLong(System.getProperty("cluster.import.lease.seconds", "30"));
        assertTrue(takenOver > 0 && takeover < lease + lease / 3.0 + 15,
                "taken over within the lease, a recovery period and 15 s; took " + takeover);
    }

    private static void adminSignIn() {
        driver.get(cluster.url() + "/conseiller");
        Browser.type(driver, "staff:username", "admin");
        Browser.type(driver, "staff:password", "Admin-Demo-42");
        Browser.clickAndWait(driver, By.id("staff:submit"));
        if (driver.getCurrentUrl().endsWith("/conseiller-enrolement")) {
            // First login of the demo administrator: the authenticator it is given, then its first code.
            String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
            Browser.type(driver, "enrol:code", Totp.code(secret, Totp.step(java.time.Instant.now())));
            Browser.clickAndWait(driver, By.id("enrol:submit"));
            assertTrue(Browser.mainText(driver).contains("Vos codes de secours"), Browser.mainText(driver));
        } else {
            fail("the demo administrator is enrolled already: " + driver.getCurrentUrl());
        }
    }

    /** Status, lines done, owner, imported, unchanged, updated, rejected of an import. */
    private static Object[] importState(long importId) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement("SELECT status, lines_done, node, "
                + "imported, unchanged, updated, rejected FROM payment_import WHERE id = ?")) {
            query.setLong(1, importId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Object[] {row.getString(1), row.getLong(2), row.getString(3), row.getLong(4), row.getLong(5),
                    row.getLong(6), row.getLong(7)};
            }
        }
    }

    private static void signIn() {
        driver.get(cluster.url() + "/");
        Browser.type(driver, "login:nir", NIR);
        Browser.type(driver, "login:code", CODE);
        Browser.clickAndWait(driver, By.id("login:submit"));
        assertTrue(driver.getCurrentUrl().contains("/espace/"), driver.getCurrentUrl());
    }

    /**
     * Until the balancer forwards to a live node (mod_cluster's MCMP registration follows the deployment); returns the
     * seconds waited.
     */
    private static double awaitBalanced() {
        long began = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(cluster.url() + "/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - began) / 1e9;
                }
            } catch (Exception notYet) {
                // balancer not forwarding yet
            }
            Cluster.pause(500);
        }
        throw new IllegalStateException("the balancer forwards no request");
    }

    /** Until a request with this session's cookie is answered; returns how many failed before. */
    private static int awaitFailover(String sessionId) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(cluster.url() + "/ping"))
                .header("Cookie", "JSESSIONID=" + sessionId).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int failed = 0;
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return failed;
                }
            } catch (Exception e) {
                // counted below
            }
            failed++;
            Cluster.pause(100);
        }
        throw new IllegalStateException("the balancer kept sending the session to the dead node");
    }

    /** A node an earlier test left dead (it failed before restarting it) is started again first. */
    private static void restartKilled() throws Exception {
        for (Cluster.Server node : List.of(cluster.node1, cluster.node2)) {
            if (!cluster.isRunning(node)) {
                restart(node);
            }
        }
    }

    /**
     * Starts a killed node again and waits until what it logged since shows it joined a JGroups view of two members
     * (WFLYCLJG0033) and the balancer forwards again.
     */
    private static void restart(Cluster.Server node) throws Exception {
        Path log = Path.of(System.getProperty("cluster.work"), node.name(), "log", "server.log");
        long from = Files.exists(log) ? Files.size(log) : 0;
        cluster.startNode(node);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            if (text.substring((int) Math.min(from, text.length())).lines()
                    .anyMatch(l -> l.contains("WFLYCLJG0033") && l.contains("(2)"))) {
                awaitBalanced();
                return;
            }
            Cluster.pause(500);
        }
        throw new IllegalStateException(node.name() + " did not join a view of two");
    }

    private static long count(String sql) throws SQLException {
        return count(sql, PERSON_NIR);
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("cluster.db.url"), System.getProperty("cluster.db.user"),
                System.getProperty("cluster.db.password"));
    }
}
