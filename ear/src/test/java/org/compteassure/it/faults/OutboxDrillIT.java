package org.compteassure.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compteassure.it.cluster.Cluster;
import org.compteassure.it.messaging.MultipartForm;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Management;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.service.notification.DevMailbox;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The outbox drills (mvn -Pfaults verify; docs/operations.md, "Faults"), against a WildFly of the EAR that the drill
 * starts and kills itself (the cluster's process control, {@link Cluster#startStandalone}) on a database of its own
 * on the drills' PostgreSQL, with a mail server of its own that it stops and starts ({@link MailServer}).
 * <ol>
 * <li>The mail server stopped (connections refused) while people create accounts, ask for login codes and get
 * advisers' replies; started again: every mail delivered exactly once (count and Message-ID per recipient) within
 * the back-off's promise; every person saw the page they would have seen anyway.</li>
 * <li>The same with a relay that accepts connections and never answers (CA_SMTP_TIMEOUT_MS).</li>
 * <li>WildFly killed (kill -9) while mails, back-office messages and letters are in flight; restarted: each mail
 * delivered with one Message-ID (how many twice is counted: the design gives at least once), each back-office
 * message once on the broker, no letter lost.</li>
 * <li>The database stopped: the metrics still answer, the gauges read -1, readiness is red; back after it.</li>
 * </ol>
 * The outage lasts {@code faults.smtp.outage.seconds} (60 by default; 600 in the faults profile).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxDrillIT {

    static final String CODE = "Relais-Courriel-Lavande-42";
    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("faults.smtp.outage.seconds", 60));
    /** The server's SMTP connect, read and write timeout (CA_SMTP_TIMEOUT_MS, its default). */
    static final Duration SMTP_TIMEOUT = Duration.ofMillis(10_000);
    /** The back-off's first step and the dispatcher's period (OutboxDelivery, OutboxDispatcher). */
    static final Duration FIRST_STEP = Duration.ofMinutes(1);
    static final Duration PERIOD = Duration.ofSeconds(30);
    static final int PEOPLE = 3;
    static final int KILL_MAILS = Integer.getInteger("faults.kill.mails", 200);
    static final int KILL_MESSAGES = Integer.getInteger("faults.kill.messages", 100);
    /** Mails (from the drill's first on) and messages claimed by a sender and not marked yet: in flight. */
    static final String HELD = "SELECT (SELECT COUNT(*) FROM outbound_mail WHERE id >= ? AND status = 'PENDING' "
            + "AND lease_until > CURRENT_TIMESTAMP) + (SELECT COUNT(*) FROM outbound_message WHERE status = 'PENDING' "
            + "AND lease_until > CURRENT_TIMESTAMP)";
    static final Pattern THREAD = Pattern.compile("/espace/conversation\\?id=(\\d+)");

    static Cluster servers;
    static Cluster.Server server;
    static MailServer mail;
    static String base;
    static final List<Insured> insured = new ArrayList<>();

    /** A person with an account opened by e-mail, logged in on their site, with a message thread. */
    record Insured(People.Person person, Site site, String thread) {
    }

    /** What a person saw: which action, its status, whether it was the expected page, how long it took. */
    record Answer(String action, int status, boolean expected, long millis) {
    }

    /** An outbox row, as the drill checks it. */
    record Row(long id, String recipient, Instant createdAt, Instant sentAt, int attempts, String status) {
    }

    @BeforeAll
    static void start() throws Exception {
        long began = System.nanoTime();
        recreateDatabase();
        Path work = Path.of(System.getProperty("cluster.work"));
        Files.createDirectories(work);
        mail = new MailServer(Integer.getInteger("sink.smtp.port", 2525) + 1,
                Integer.getInteger("sink.imap.port", 2143) + 1, Integer.getInteger("sink.api.port", 2580) + 1,
                Path.of(System.getProperty("compteassure.ear")).resolveSibling("greenmail-standalone.jar"),
                work.resolve("mail-server.log"));
        mail.start();
        Path ear = work.resolve("compte-assure.ear");
        Deployments.earWithTestSupport().as(ZipExporter.class).exportTo(ear.toFile(), true);
        servers = new Cluster();
        server = new Cluster.Server("outbox-drill", Integer.getInteger("faults.server.offset", 50));
        base = "http://127.0.0.1:" + server.httpPort();
        servers.startStandalone(server, ear, Map.of(
                "CA_SMTP_PORT", Integer.toString(mail.smtpPort()),
                "CA_DEV_MAILBOX_URL", mail.apiUrl(),
                "CA_BASE_URL", "http://localhost:" + server.httpPort(),
                "CA_SMTP_TIMEOUT_MS", Long.toString(SMTP_TIMEOUT.toMillis()),
                // The embedded broker: its queue is read through the management interface after the kill.
                "CA_JMS_URL", "", "CA_JMS_USER", "", "CA_JMS_PASSWORD", ""));
        System.out.printf("Outbox drill: server up in %.0f s (outage %d s)%n", (System.nanoTime() - began) / 1e9,
                OUTAGE.toSeconds());
        for (int i = 0; i < PEOPLE; i++) {
            People.Person person = People.fresh(true);
            Site site = new Site(base);
            site.register(person);
            HttpResponse<String> sent = Accounts.create(site, person, person.email());
            assertTrue(sent.uri().toString().endsWith("envoye=email"), Site.text(sent));
            Accounts.chooseCode(site, linkTo(person.email()), CODE);
            HttpResponse<String> written = new MultipartForm(site).submit("/espace/nouveau-message", "write",
                    Map.of("subject", "OTHER", "text", "Où en est mon remboursement ?"), Map.of());
            Matcher thread = THREAD.matcher(written.uri().toString());
            assertTrue(thread.find(), written.uri().toString());
            insured.add(new Insured(person, site, thread.group(1)));
        }
    }

    @AfterAll
    static void stop() {
        if (servers != null) {
            servers.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    @Order(1)
    void aStoppedMailServerDelaysEveryMailAndLosesNone() throws Exception {
        outage("refused", () -> {
            mail.stop();
            assertFalse(mail.accepts(), "the stopped server refuses connections");
        }, () -> {
            mail.start();
            return 0;
        }, Duration.ZERO);
    }

    @Test
    @Order(2)
    void aSilentRelayTimesOutAndLosesNothing() throws Exception {
        outage("silent", () -> {
            mail.stop();
            mail.silence();
            assertTrue(mail.accepts(), "the silent relay accepts connections");
        }, () -> {
            int held = mail.unsilence();
            mail.start();
            return held;
        }, SMTP_TIMEOUT);
    }

    @Test
    @Order(3)
    void aKilledServerSendsEachMailAndMessageAgainAfterItsRestart() throws Exception {
        awaitNoPendingMail(Duration.ofMinutes(3));
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            People.Person person = People.fresh(false);
            Site site = new Site(base);
            Accounts.openWithoutEmail(site, person, CODE);
            assertTrue(Accounts.login(site, person.nir13(), CODE).uri().getPath().endsWith("/espace/accueil"));
            sites.add(site);
        }
        long first;
        try (Connection db = database()) {
            first = queueMails(db, run);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (count("SELECT COUNT(*) FROM outbound_mail WHERE id >= ? AND status = 'SENT'", first) == 0) {
            assertTrue(System.nanoTime() < deadline, "the dispatcher did not start on the queued mails");
            Cluster.pause(20);
        }
        // The mails are being sent: the back-office messages join them, and people change their bank details (a
        // démarche, its message to the back office, a letter).
        try (Connection db = database()) {
            queueMessages(db, run, first);
        }
        int changes = 0;
        for (Site site : sites) {
            HttpResponse<String> changed = site.submit("/espace/informations", "bank", Map.of("iban",
                    "FR76 3000 6000 0112 3456 7890 189", "holder", "Camille Testeur", "code", CODE));
            assertTrue(Site.text(changed).contains("Vos coordonnées bancaires sont enregistrées"), Site.text(changed));
            changes++;
        }
        // The kill comes while the back-office dispatcher is under way, at a moment a mail or a message is claimed
        // (being sent) if the poll sees one.
        deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        long messagesSent;
        long claimed;
        do {
            assertTrue(System.nanoTime() < deadline, "the back-office dispatcher did not start on the messages");
            Cluster.pause(10);
            messagesSent = count("SELECT COUNT(*) FROM outbound_message WHERE id >= ? AND status = 'SENT'", first);
            claimed = count(HELD, first);
        } while (messagesSent < KILL_MESSAGES / 4 || claimed == 0 && messagesSent < KILL_MESSAGES * 3 / 4);
        long killedAt = System.nanoTime();
        servers.kill(server);
        double killSeconds = (System.nanoTime() - killedAt) / 1e9;
        long sentMails = count("SELECT COUNT(*) FROM outbound_mail WHERE id >= ? AND status = 'SENT'", first);
        long held = count(HELD, first);
        long sentMessages = count("SELECT COUNT(*) FROM outbound_message WHERE status = 'SENT' AND id > ?", -1);
        long pendingMessages = count("SELECT COUNT(*) FROM outbound_message WHERE status = 'PENDING' AND id > ?", -1);
        long letters = count("SELECT COUNT(*) FROM postal_letter WHERE id > ?", -1);
        long demarches = count("SELECT COUNT(*) FROM demarche WHERE id > ?", -1);
        long restartedAt = System.nanoTime();
        servers.restart(server);
        double restartSeconds = (System.nanoTime() - restartedAt) / 1e9;
        long pending;
        deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        do {
            Cluster.pause(1_000);
            pending = count("SELECT COUNT(*) FROM outbound_mail WHERE id >= ? AND status <> 'SENT'", first)
                    + count("SELECT COUNT(*) FROM outbound_message WHERE status <> 'SENT' AND id > ?", -1);
        } while (pending > 0 && System.nanoTime() < deadline);
        double drainedSeconds = (System.nanoTime() - restartedAt) / 1e9;
        assertEquals(0, pending, "every mail and message sent after the restart");

        int twice = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows("SELECT id, recipient, created_at, sent_at, attempts, status FROM outbound_mail "
                + "WHERE id >= ? ORDER BY id", first)) {
            List<MailServer.Received> received = mail.to(row.recipient());
            if (received.isEmpty() || received.stream().anyMatch(r -> r.outboxId() != row.id())
                    || received.stream().map(MailServer.Received::messageId).distinct().count() != 1
                    || !received.get(0).messageId().startsWith("<compte-assure.mail." + row.id() + ".")) {
                wrong.add(row.recipient() + " " + received);
            }
            twice += Math.max(0, received.size() - 1);
        }
        Map<String, Integer> onQueue = queued();
        List<String> keys = new ArrayList<>();
        try (Connection db = database(); Statement query = db.createStatement();
             ResultSet found = query.executeQuery("SELECT message_key FROM outbound_message")) {
            while (found.next()) {
                keys.add(found.getString(1));
            }
        }
        List<String> notOnce = keys.stream().filter(key -> onQueue.getOrDefault(key, 0) != 1)
                .map(key -> key + "×" + onQueue.getOrDefault(key, 0)).toList();
        System.out.printf("Kill drill: %d mails and %d messages queued, %d bank changes; killed after %d mails sent "
                        + "and %d messages sent (%d pending; %d mail or message held by a claim), in %.1f s; restarted in %.0f s; all "
                        + "sent %.0f s after the restart; mails received twice: %d (same Message-ID); messages on the "
                        + "queue: %d for %d rows, not once: %s; letters %d → %d, démarches %d → %d%n",
                KILL_MAILS, KILL_MESSAGES, changes, sentMails, sentMessages, pendingMessages, held, killSeconds,
                restartSeconds, drainedSeconds, twice, onQueue.values().stream().mapToInt(Integer::intValue).sum(),
                keys.size(), notOnce, letters, count("SELECT COUNT(*) FROM postal_letter WHERE id > ?", -1),
                demarches, count("SELECT COUNT(*) FROM demarche WHERE id > ?", -1));
        assertEquals(List.of(), wrong, "each mail received, every copy with its row's one Message-ID");
        assertEquals(List.of(), notOnce, "each back-office message on the broker exactly once");
        assertEquals(letters, count("SELECT COUNT(*) FROM postal_letter WHERE id > ?", -1), "no letter lost or added");
        assertEquals(demarches, count("SELECT COUNT(*) FROM demarche WHERE id > ?", -1), "no démarche lost or added");
    }

    @Test
    @Order(4)
    void withTheDatabaseDownTheGaugesReadMinusOneAndReadinessIsRed() throws Exception {
        if (!servers.isRunning(server)) {
            servers.restart(server); // the kill drill failed before its restart
        }
        int port = server.managementPort();
        double before = Management.metric(port, "compte_assure_outbox_mails_pending");
        assertTrue(before >= 0, "a real reading with the database up: " + before);
        DatabaseRestartDrillIT.postgresql("stop");
        long stoppedAt = System.nanoTime();
        Map<String, Double> down = new TreeMap<>();
        int readiness;
        try {
            Cluster.pause(6_000); // past the gauges' 5-second cache
            for (String gauge : GAUGES) {
                down.put(gauge, Management.metric(port, gauge));
            }
            readiness = Management.get(port, "/health/ready").statusCode();
        } finally {
            DatabaseRestartDrillIT.postgresql("start");
        }
        long startedAt = System.nanoTime();
        double back;
        do {
            Cluster.pause(500);
            back = Management.metric(port, "compte_assure_outbox_mails_pending");
        } while (back < 0 && System.nanoTime() - startedAt < Duration.ofSeconds(30).toNanos());
        System.out.printf("Metrics drill: database down %.1f s: gauges %s, /health/ready %d; gauges read again %.1f s "
                        + "after the start (%s pending)%n", (startedAt - stoppedAt) / 1e9, down, readiness,
                (System.nanoTime() - startedAt) / 1e9, back);
        assertTrue(down.values().stream().allMatch(v -> v == -1), "every gauge -1 with the database down: " + down);
        assertEquals(503, readiness, "readiness red with the database down");
        assertTrue(back >= 0, "the gauges read again once the database is back");
    }

    static final List<String> GAUGES = List.of("compte_assure_outbox_mails_pending",
            "compte_assure_outbox_mails_oldest_age_seconds", "compte_assure_letters_waiting",
            "compte_assure_imports_lines_remaining", "compte_assure_followups_due",
            "compte_assure_backoffice_messages_pending");

    /**
     * One outage: the mail server {@code down}, people act for {@link #OUTAGE}, {@code up} again; then every mail
     * queued meanwhile is delivered exactly once, within the promise: after the relay is back a mail waits at most as
     * long as it had already waited, plus the back-off's first step and the dispatcher's period, plus what the failed
     * attempts cost (each up to {@code perAttempt} with a silent relay; they are tried one after another).
     */
    void outage(String name, Runnable down, Supplier<Integer> up, Duration perAttempt) throws Exception {
        awaitNoPendingMail(Duration.ofMinutes(3));
        long watermark = count("SELECT COALESCE(MAX(id), 0) FROM outbound_mail WHERE id > ?", -1);
        down.run();
        Instant downAt = Instant.now();
        List<Answer> answers = new ArrayList<>();
        int rounds = (int) Math.max(3, Math.min(10, OUTAGE.toSeconds() / 15));
        double maxPending = 0;
        double maxOldest = 0;
        for (int round = 0; round < rounds; round++) {
            act(round, answers);
            maxPending = Math.max(maxPending, Management.metric(server.managementPort(),
                    "compte_assure_outbox_mails_pending"));
            maxOldest = Math.max(maxOldest, Management.metric(server.managementPort(),
                    "compte_assure_outbox_mails_oldest_age_seconds"));
            Instant next = downAt.plus(OUTAGE.multipliedBy(round + 1).dividedBy(rounds));
            Cluster.pause(Math.max(0, Duration.between(Instant.now(), next).toMillis()));
        }
        int held = up.get();
        Instant upAt = Instant.now();
        List<Row> rows = List.of();
        long deadline = System.nanoTime() + OUTAGE.plus(FIRST_STEP).plus(PERIOD).plus(Duration.ofMinutes(2))
                .plus(perAttempt.multipliedBy(4L * rounds)).toNanos();
        while (System.nanoTime() < deadline) {
            rows = rows("SELECT id, recipient, created_at, sent_at, attempts, status FROM outbound_mail WHERE id > ? "
                    + "ORDER BY id", watermark);
            if (rows.stream().allMatch(r -> "SENT".equals(r.status()))) {
                break;
            }
            Cluster.pause(1_000);
        }
        assertTrue(!rows.isEmpty(), "mails were queued during the outage");
        assertEquals(List.of(), rows.stream().filter(r -> !"SENT".equals(r.status())).toList(), "every mail sent");

        Duration slack = Duration.ofSeconds(15).plus(perAttempt.multipliedBy(rows.size()));
        List<Row> late = new ArrayList<>();
        long maxAfterUp = 0;
        long maxWaited = 0;
        for (Row row : rows) {
            Duration waited = Duration.between(row.createdAt(), upAt);
            Instant promised = upAt.plus(waited).plus(FIRST_STEP).plus(PERIOD).plus(slack);
            if (row.sentAt().isAfter(promised)) {
                late.add(row);
            }
            maxAfterUp = Math.max(maxAfterUp, Duration.between(upAt, row.sentAt()).toMillis());
            maxWaited = Math.max(maxWaited, Duration.between(row.createdAt(), row.sentAt()).toMillis());
        }
        Map<String, List<Row>> byRecipient = rows.stream().collect(Collectors.groupingBy(Row::recipient));
        List<String> notOnce = new ArrayList<>();
        Set<String> messageIds = new HashSet<>();
        for (Map.Entry<String, List<Row>> recipient : byRecipient.entrySet()) {
            List<MailServer.Received> received = mail.to(recipient.getKey());
            Set<Long> expected = recipient.getValue().stream().map(Row::id).collect(Collectors.toSet());
            Set<Long> got = received.stream().map(MailServer.Received::outboxId).collect(Collectors.toSet());
            boolean idsRight = received.stream().allMatch(r -> r.messageId() != null
                    && r.messageId().startsWith("<compte-assure.mail." + r.outboxId() + ".") && messageIds.add(r.messageId()));
            if (received.size() != expected.size() || !got.equals(expected) || !idsRight) {
                notOnce.add(recipient.getKey() + ": rows " + expected + ", received " + received);
            }
        }
        // GreenMail also lists the SMTP login (CA_SMTP_USER) as a user, with an empty inbox.
        Set<String> strangers = mail.addresses().stream()
                .filter(address -> !byRecipient.containsKey(address) && !mail.to(address).isEmpty())
                .collect(Collectors.toSet());
        Map<String, Integer> attempts = new TreeMap<>();
        rows.forEach(r -> attempts.merge(String.valueOf(r.attempts()), 1, Integer::sum));
        Map<String, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(a -> a.action() + " " + a.status(), TreeMap::new, Collectors.counting()));
        System.out.printf("SMTP %s drill: down %d s; %d answers %s, slowest %d ms; %d mails to %d recipients "
                        + "(attempts: %s), outbox gauges at most %.0f pending, oldest %.0f s; %d connections held "
                        + "by the silent relay; after the return every mail sent within %.1f s (waited at most "
                        + "%.1f s in all); %d late, %d not exactly once%n", name,
                Duration.between(downAt, upAt).toSeconds(), answers.size(), statuses,
                answers.stream().mapToLong(Answer::millis).max().orElse(0), rows.size(), byRecipient.size(), attempts,
                maxPending, maxOldest, held, maxAfterUp / 1e3, maxWaited / 1e3, late.size(), notOnce.size());
        assertEquals(List.of(), answers.stream().filter(a -> a.status() != 200 || !a.expected()).toList(),
                "every person saw the page they would have seen with the relay up");
        assertEquals(List.of(), notOnce, "every mail delivered exactly once, with its own Message-ID");
        assertEquals(Set.of(), strangers, "no mail to anybody else");
        assertEquals(List.of(), late, "every mail within the back-off's promise");
        assertTrue(maxPending > 0, "the backlog gauge saw the waiting mails");
    }

    /** One round of what people do: an account created, a login code asked for, an adviser's reply. */
    private void act(int round, List<Answer> answers) {
        People.Person newcomer = People.fresh(true);
        Site site = new Site(base);
        site.register(newcomer);
        long began = System.nanoTime();
        HttpResponse<String> created = Accounts.create(site, newcomer, newcomer.email());
        answers.add(answer("create", created, created.uri().toString().endsWith("envoye=email"), began));

        Insured someone = insured.get(round % insured.size());
        began = System.nanoTime();
        HttpResponse<String> login = Accounts.login(new Site(base), someone.person().nir13(), CODE);
        answers.add(answer("code", login, login.uri().getPath().endsWith("/verification"), began));

        String reply = "Votre remboursement est parti (" + round + ")";
        began = System.nanoTime();
        someone.site().support("reply", Map.of("thread", someone.thread(), "text", reply));
        HttpResponse<String> seen = someone.site().get("/espace/conversation?id=" + someone.thread());
        answers.add(answer("reply", seen, seen.body().contains(reply), began));
    }

    private static Answer answer(String action, HttpResponse<String> page, boolean expected, long began) {
        return new Answer(action, page.statusCode(), expected, (System.nanoTime() - began) / 1_000_000);
    }

    /** The code-choice link of the first mail to an address (the mail server up). */
    private static String linkTo(String address) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<DevMailbox.ReceivedMail> received = new DevMailbox(mail.apiUrl()).to(address);
            if (!received.isEmpty()) {
                return Accounts.linkIn(received.get(0));
            }
            Cluster.pause(200);
        }
        throw new AssertionError("no mail to " + address);
    }

    /** Inserts the kill drill's mails, due at once; returns the first one's id. */
    private static long queueMails(Connection db, String run) throws SQLException {
        long first = 8_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000;
        try (PreparedStatement mails = db.prepareStatement("INSERT INTO outbound_mail (id, recipient, subject, "
                + "text_body, status, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, 'PENDING', 0, "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < KILL_MAILS; i++) {
                mails.setLong(1, first + i);
                mails.setString(2, "coupure-" + run + "-" + i + "@exemple.fr");
                mails.setString(3, "Exercice d'arrêt brutal " + i);
                mails.setString(4, "Courriel " + i + " de l'exercice " + run);
                mails.addBatch();
            }
            mails.executeBatch();
        }
        return first;
    }

    /** Inserts the kill drill's back-office messages, due at once, from id {@code first} on. */
    private static void queueMessages(Connection db, String run, long first) throws SQLException {
        try (PreparedStatement messages = db.prepareStatement("INSERT INTO outbound_message (id, destination, "
                + "message_key, payload, status, attempts, created_at, next_attempt_at) VALUES (?, "
                + "'compte-assure.demarches', ?, ?, 'PENDING', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < KILL_MESSAGES; i++) {
                messages.setLong(1, first + i);
                messages.setString(2, "EXERCICE-" + run + "-" + i);
                messages.setString(3, "{\"exercice\":\"" + run + "\",\"numero\":" + i + "}");
                messages.addBatch();
            }
            messages.executeBatch();
        }
    }

    /** The messages on the embedded broker's démarche queue, by correlation id (the outbox row's key). */
    private static Map<String, Integer> queued() throws Exception {
        try (ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getByName("127.0.0.1"),
                server.managementPort())) {
            ModelNode address = Operations.createAddress("subsystem", "messaging-activemq", "server", "default",
                    "jms-queue", "compte-assure.demarches");
            ModelNode result = client.execute(Operations.createOperation("list-messages", address));
            assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
            Map<String, Integer> keys = new HashMap<>();
            for (ModelNode message : Operations.readResult(result).asList()) {
                keys.merge(message.get("JMSCorrelationID").asString(), 1, Integer::sum);
            }
            return keys;
        }
    }

    private static void awaitNoPendingMail(Duration patience) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (count("SELECT COUNT(*) FROM outbound_mail WHERE status = 'PENDING' AND id > ?", -1) > 0) {
            assertTrue(System.nanoTime() < deadline, "mails still pending before the drill");
            Cluster.pause(1_000);
        }
    }

    private static List<Row> rows(String sql, long parameter) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    Timestamp sent = found.getTimestamp(4);
                    rows.add(new Row(found.getLong(1), found.getString(2), found.getTimestamp(3).toInstant(),
                            sent == null ? null : sent.toInstant(), found.getInt(5), found.getString(6)));
                }
            }
        }
        return rows;
    }

    private static long count(String sql, long parameter) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("cluster.db.url"), System.getProperty("cluster.db.user"),
                System.getProperty("cluster.db.password"));
    }

    /** The drill's own database on the drills' PostgreSQL, empty: Flyway fills it when the server deploys. */
    private static void recreateDatabase() throws SQLException {
        String url = System.getProperty("cluster.db.url");
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                System.getProperty("cluster.db.user"), System.getProperty("cluster.db.password"));
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }
}
