package org.compteassure.it.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.messaging.MultipartForm;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drill (mvn -Pfaults verify): a running portal ({@link DrillServer}) with people, accounts, payments (the CSV
 * import), documents (PDFs issued), messages with attachments and advisers' replies, all made through its pages, is
 * saved with {@code pg_dump} while it serves, restored with {@code pg_restore} into a fresh database, and the
 * application started on that database shows the same: the same counts and checksums by SQL (the attachments'
 * SHA-256 computed by PostgreSQL from their bytes), and, read from the restarted server's pages by each person, the
 * same payment totals, the same conversations and every attachment's bytes. The commands are those of
 * docs/operations.md, "Backup and restore"; the figures it prints are in its "Faults" section.
 */
class BackupRestoreDrillIT {

    static final String SOURCE = "ca_backup_drill";
    static final String RESTORED = "ca_restore_drill";
    static final String CODE = "Sauvegarde-Lavande-42";
    static final int PEOPLE = 4;
    static final int PAYMENTS = 2_000;
    static final Pattern THREAD = Pattern.compile("/espace/conversation\\?id=(\\d+)");
    static final Pattern ATTACHMENT = Pattern.compile("/espace/piece-jointe/(\\d+)");
    static final Pattern TOTALS = Pattern.compile("<dl id=\"totals\".*?</dl>", Pattern.DOTALL);
    /** What is compared: counts of the people, their accounts, payments, documents and messages, and checksums. */
    static final Map<String, String> CHECKS = checks();

    private DrillServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, String> checks() {
        Map<String, String> checks = new LinkedHashMap<>();
        for (String table : List.of("insured_person", "account", "payment", "payment_import", "issued_document",
                "message_thread", "message", "attachment", "outbound_mail", "staff_member", "flyway_schema_history")) {
            checks.put(table, "SELECT COUNT(*)::text FROM " + table);
        }
        checks.put("payments (md5 of reference, person, amount, status)", "SELECT md5(string_agg(reference || ':' "
                + "|| insured_person_id || ':' || amount_paid || ':' || status, ',' ORDER BY reference)) FROM payment");
        checks.put("messages (md5 of thread, text)", "SELECT md5(string_agg(id || ':' || thread_id || ':' || body, ',' "
                + "ORDER BY id)) FROM message");
        checks.put("attachments (SHA-256 of their bytes)", "SELECT string_agg(id || '=' || encode(sha256(content), "
                + "'hex'), ',' ORDER BY id) FROM attachment");
        checks.put("attachments whose stored SHA-256 is not their bytes'", "SELECT COUNT(*)::text FROM attachment "
                + "WHERE sha256 <> encode(sha256(content), 'hex')");
        return checks;
    }

    @Test
    void aDumpOfTheRunningPortalRestoredIntoAFreshDatabaseShowsTheSamePortal() throws Exception {
        server = DrillServer.onNewDatabase(SOURCE);
        Site admin = server.administrator();
        List<People.Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            People.Person person = People.fresh(false);
            Accounts.openWithoutEmail(admin, person, CODE);
            people.add(person);
        }
        PaymentFile file = PaymentFile.of("BK" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(),
                people.stream().map(People.Person::nir13).toList(), PAYMENTS);
        long importId = file.upload(admin);

        // Each person: a document, a message with two attachments, an adviser's reply; what their pages show.
        Map<String, byte[]> attachments = new TreeMap<>();
        Map<String, String> shown = new TreeMap<>();
        Random random = new Random(19);
        for (People.Person person : people) {
            Site site = server.site();
            Accounts.login(site, person.nir15(), CODE);
            HttpResponse<byte[]> document = site.getBytes("/espace/document/droits");
            assertEquals(200, document.statusCode(), "the document of rights");
            byte[] jpeg = new byte[200_000 + random.nextInt(100_000)];
            random.nextBytes(jpeg);
            jpeg[0] = (byte) 0xFF;
            jpeg[1] = (byte) 0xD8;
            jpeg[2] = (byte) 0xFF;
            byte[] pdf = ("%PDF-1.4\n% drill " + person.nir13() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
            HttpResponse<String> sent = new MultipartForm(site).submit("/espace/nouveau-message", "write",
                    Map.of("subject", "VITALE_CARD", "text", "Ma carte, pour la sauvegarde"),
                    new LinkedHashMap<>(Map.of("carte.jpg", jpeg, "attestation.pdf", pdf)));
            assertTrue(Site.text(sent).contains("Votre message est envoyé"), Site.text(sent));
            String thread = first(THREAD, sent.uri().toString());
            site.support("reply", Map.of("thread", thread, "text", "Bien reçu, merci."));
            for (String id : all(ATTACHMENT, site.get("/espace/conversation?id=" + thread).body())) {
                HttpResponse<byte[]> download = site.getBytes("/espace/piece-jointe/" + id);
                assertEquals(200, download.statusCode());
                attachments.put(person.nir13() + "/" + id, download.body());
            }
            shown.put(person.nir13(), pages(site, thread));
        }
        assertEquals(2 * PEOPLE, attachments.size(), "two attachments each");
        try (Connection db = DrillServer.connect(SOURCE)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (DrillServer.count(db, "SELECT COUNT(*) FROM payment_import WHERE status = 'COMPLETED' AND id = "
                    + importId) == 0) {
                assertTrue(System.nanoTime() < deadline, "the import completed");
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        Map<String, String> before = snapshot(SOURCE);

        // The operator's commands (docs/operations.md, "Backup and restore"), the portal running and serving.
        Path dump = Path.of(System.getProperty("cluster.work"), "compte-assure.dump");
        Files.deleteIfExists(dump);
        double dumped = DrillServer.pg("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + SOURCE);
        assertEquals(200, server.site().get("/").statusCode(), "the portal served during the dump");
        DrillServer.createDatabase(RESTORED);
        double restored = DrillServer.pg("pg_restore", "--exit-on-error", "--no-owner", "--dbname=" + RESTORED,
                dump.toString());
        Map<String, String> after = snapshot(RESTORED);
        System.out.printf("Backup drill: pg_dump %.1f s (%d kB), pg_restore %.1f s; %s%n", dumped,
                Files.size(dump) / 1024, restored, before);
        assertEquals(before, after, "the restored database: the same counts and checksums");
        assertEquals(PEOPLE, Long.parseLong(after.get("account")), "the people's accounts");
        assertEquals(PAYMENTS, Long.parseLong(after.get("payment")), "the imported payments");
        assertEquals(PEOPLE, Long.parseLong(after.get("issued_document")), "a document each");
        assertEquals("0", after.get("attachments whose stored SHA-256 is not their bytes'"));

        // The application started on the restored database (a fresh server directory) shows the same portal.
        server.close();
        long began = System.nanoTime();
        server.start(RESTORED);
        double started = (System.nanoTime() - began) / 1e9;
        int compared = 0;
        for (People.Person person : people) {
            Site site = server.site();
            HttpResponse<String> home = Accounts.login(site, person.nir15(), CODE);
            assertTrue(home.uri().getPath().endsWith("/espace/accueil"), "logged in on the restored portal");
            String thread = first(THREAD, site.get("/espace/messagerie").body());
            assertEquals(shown.get(person.nir13()), pages(site, thread), "the same payment totals and conversation");
            for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
                if (attachment.getKey().startsWith(person.nir13() + "/")) {
                    HttpResponse<byte[]> download = site.getBytes("/espace/piece-jointe/"
                            + attachment.getKey().substring(person.nir13().length() + 1));
                    assertEquals(200, download.statusCode());
                    assertEquals(sha256(attachment.getValue()), sha256(download.body()), attachment.getKey());
                    assertArrayEquals(attachment.getValue(), download.body());
                    compared++;
                }
            }
        }
        assertEquals(2 * PEOPLE, compared);
        assertEquals(before, snapshot(RESTORED), "nothing changed by the restarted server's start");
        System.out.printf("Backup drill: the server on the restored database ready in %.0f s; %d people logged in, "
                + "their payment totals and conversations the same, %d attachments downloaded with the same SHA-256%n",
                started, PEOPLE, compared);
    }

    /** What a person's pages show of their payments (the totals) and of their conversation (its text, its files). */
    private static String pages(Site site, String thread) {
        Matcher totals = TOTALS.matcher(site.get("/espace/paiements").body());
        assertTrue(totals.find(), "the payments' totals");
        return totals.group() + "\n" + Site.text(site.get("/espace/conversation?id=" + thread));
    }

    private static Map<String, String> snapshot(String database) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection db = DrillServer.connect(database)) {
            for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                values.put(check.getKey(), DrillServer.strings(db, check.getValue()).get(0));
            }
        }
        return values;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return List.copyOf(found);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
