package org.compteassure.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.TestPayments;
import org.compteassure.it.support.TestSupport;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.appointment.AppointmentSlot.Kind;
import org.compteassure.persistence.code.UserSession;
import org.compteassure.persistence.document.DocumentType;
import org.compteassure.persistence.document.IssuedDocument;
import org.compteassure.persistence.export.DataExport;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.persistence.notification.OutboundMail;
import org.compteassure.persistence.security.AccountActivity;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.ContactDetails;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.appointment.AppointmentService;
import org.compteassure.service.appointment.FreeSlot;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.demo.AppointmentDemoData;
import org.compteassure.service.export.DataExportService;
import org.compteassure.service.export.DataExportStore;
import org.compteassure.service.export.DataExportWorker;
import org.compteassure.service.export.ExportSection;
import org.compteassure.service.mandate.MandateRequest;
import org.compteassure.service.mandate.MandateService;
import org.compteassure.persistence.mandate.MandateScope;
import org.compteassure.service.export.ExportStatus;
import org.compteassure.service.export.LeaseLostException;
import org.compteassure.service.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * « Télécharger mes données » in the container, with the movable clock: a person with data of every kind (and another
 * person with data of their own) asks for their export; it is prepared in the background, the mail says it is ready,
 * the download is refused with a wrong code and served with the right one; the ZIP is unpacked and each JSON file
 * compared with the person's rows (counts, values, the attachment's bytes and checksum), and holds nothing of the
 * other person nor any adviser's note. Then: another person's id, forged ids → not found; the claim held by one
 * "node" at a time, its progress, a lease taken over; the 7 days, after which it is gone. Over HTTP: the page's form
 * answers the ZIP, a wrong code's message, and 404 for a forged id. And the demo adviser's slots.
 */
@ExtendWith(ArquillianExtension.class)
class DataExportIT {

    private static final String CODE = "Export-Lavande-Ocre-42";
    private static final String OTHER_CODE = "Export-Autre-Tulipe-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(DataExportIT.class, People.class, Mailbox.class, TestAccounts.class, TestPayments.class,
                TestSupport.class, Site.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private TestClock clock;

    @Inject
    private SecretHasher hasher;

    @EJB
    private MandateService mandates;

    @EJB
    private DataExportService exports;

    @EJB
    private DataExportWorker worker;

    @EJB
    private DataExportStore store;

    @EJB
    private ProfileService profiles;

    @EJB
    private AppointmentService appointments;

    @EJB
    private AppointmentDemoData demoSlots;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A person with an account whose code is {@code code}. */
    private long account(People.Person who, String code) {
        long account = TestAccounts.create(tx, who);
        String hash = hasher.hash(code.toCharArray());
        tx.run(em -> em.find(Account.class, account).setDefinitiveCode(hash, Instant.now()));
        return account;
    }

    private long personOf(long account) {
        return tx.call(em -> em.find(Account.class, account).getInsuredPerson().getId());
    }

    /** What a person has: payments, a document, a conversation with an attachment, a reply and a note, ... */
    private record Data(List<String> payments, String message, String note, byte[] attachment, String sha256) {
    }

    private Data fill(People.Person who, long account, String tag) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String reference = "EXP-" + tag + "-" + i + "-" + System.nanoTime();
            references.add(reference);
            tx.run(em -> TestPayments.persist(em, Map.of("nir", who.nir13(), "reference", reference, "careDate",
                    LocalDate.now(ClockProducer.ZONE).minusDays(10).toString(), "amount", "21.00", "status", "PAID")::get));
        }
        byte[] attachment = ("%PDF-1.4 ordonnance de " + tag + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String sha = sha256(attachment);
        String message = "Bonjour, voici mon ordonnance (" + tag + ") 😀 <b>merci</b>";
        String note = "Note interne du conseiller sur " + tag + " " + System.nanoTime();
        long personId = personOf(account);
        Instant now = Instant.now();
        tx.run(em -> {
            InsuredPerson person = em.find(InsuredPerson.class, personId);
            MessageThread thread = new MessageThread(person, Subject.REIMBURSEMENTS, now);
            Message asked = thread.add(Message.Kind.FROM_INSURED, null, message, now);
            asked.attach("ordonnance été.pdf", "application/pdf", attachment, sha);
            thread.add(Message.Kind.REPLY, "conseil-export", "Bien reçu " + tag, now);
            Message inner = thread.add(Message.Kind.NOTE, "conseil-export", note, now);
            inner.attach("interne.pdf", "application/pdf", note.getBytes(StandardCharsets.UTF_8),
                    sha256(note.getBytes(StandardCharsets.UTF_8)));
            em.persist(thread);
            em.persist(new IssuedDocument(DocumentType.RIGHTS, "export-" + tag + System.nanoTime(), person, null,
                    LocalDate.now(ClockProducer.ZONE).minusMonths(1), LocalDate.now(ClockProducer.ZONE), now));
            em.persist(new UserSession(account, "exp-" + tag + System.nanoTime(), "Firefox sur Linux", "192.0.2.1", now));
            em.persist(new AccountActivity(account, AccountActivity.Kind.SIGN_IN, now, null));
            em.persist(new AccessLog(personId, "conseil-export", AccessLog.Action.FILE_OPENED, now));
        });
        long version = tx.call(em -> em.find(InsuredPerson.class, personId).getVersion());
        Callers.asInsured(account, () -> profiles.changeContact(version, new ContactDetails("9 QUAI DU PORT", null,
                "13002", "Marseille", "FRANCE", null)));
        return new Data(references, message, note, attachment, sha);
    }

    private ExportStatus awaitReady(long account) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            ExportStatus status = Callers.asInsured(account, () -> exports.current()).orElseThrow();
            if (status.ready()) {
                return status;
            }
            assertFalse(status.failed(), "the preparation failed: see the server log");
            Thread.sleep(200);
        }
        throw new AssertionError("not ready in 60 s");
    }

    /** The download as the person, with that code; fails if anything is opened while refused. */
    private byte[] download(long account, String id, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Callers.asInsured(account, () -> exports.download(id, code.toCharArray(), (name, size) -> {
            assertTrue(name.matches("mes-donnees-\\d{4}-\\d{2}-\\d{2}\\.zip"), name);
            return out;
        }));
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonValue json(Map<String, byte[]> zip, String name) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(zip.get(name), StandardCharsets.UTF_8)))) {
            return reader.readValue();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theExportHoldsThePersonsDataAndNobodyElsesAfterTheCodeIsAskedAgain() throws Exception {
        People.Person who = People.fresh(true);
        long account = account(who, CODE);
        long personId = personOf(account);
        Data mine = fill(who, account, "A" + System.nanoTime() % 10_000);
        People.Person other = People.fresh(true);
        long otherAccount = account(other, OTHER_CODE);
        Data theirs = fill(other, otherAccount, "B" + System.nanoTime() % 10_000);
        String adviser = "export-rdv-" + System.nanoTime();
        assertTrue(Callers.asAdviser(adviser, () -> appointments.publish(null, Kind.PHONE,
                LocalDate.now(ClockProducer.ZONE).plusDays(3), java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(10, 0), 30)) == 2);
        long slot = Callers.asAdviser(adviser, () -> appointments.freeSlots(Kind.PHONE)).stream()
                .filter(s -> tx.call(em -> em.createQuery("SELECT s.adviserUsername FROM AppointmentSlot s WHERE "
                        + "s.id = :id", String.class).setParameter("id", s.id()).getSingleResult()).equals(adviser))
                .findFirst().map(FreeSlot::id).orElseThrow();
        Callers.asInsured(account, () -> appointments.book(slot, Subject.REIMBURSEMENTS, "Pour mon export"));
        People.Person helper = People.fresh(true);
        account(helper, OTHER_CODE);
        long mandate = Callers.asInsured(account, () -> mandates.give(new MandateRequest(helper.nir15(), "Testeur",
                Set.of(MandateScope.PAYMENTS, MandateScope.DEMARCHES), LocalDate.now(ClockProducer.ZONE).plusMonths(6)),
                CODE.toCharArray(), null));

        ExportStatus asked = Callers.asInsured(account, () -> exports.request());
        assertTrue(asked.preparing(), asked.toString());
        assertEquals(asked.id(), Callers.asInsured(account, () -> exports.request()).id(),
                "asked again while it is prepared: the same one");
        ExportStatus ready = awaitReady(account);
        assertEquals(100, ready.percent());
        assertEquals(asked.id(), ready.id());
        assertEquals(ready.readyAt().plus(Duration.ofDays(7)), ready.expiresAt());
        assertEquals(List.of("Vos données sont prêtes à télécharger"), tx.call(em -> em.createQuery(
                "SELECT m.subject FROM OutboundMail m WHERE m.recipient = :r AND m.subject LIKE 'Vos données%'",
                String.class).setParameter("r", who.email()).getResultList()), "one mail says it is ready");
        assertTrue(Callers.asInsured(otherAccount, () -> exports.current()).isEmpty(), "the other has none");

        AtomicBoolean opened = new AtomicBoolean();
        assertThrows(StepUpRefusedException.class, () -> Callers.asInsured(account, () -> exports.download(ready.id(),
                "Pas-Le-Bon-Code-42".toCharArray(), (name, size) -> {
                    opened.set(true);
                    return new ByteArrayOutputStream();
                })));
        assertFalse(opened.get(), "a wrong code: nothing served");

        byte[] zip = download(account, ready.id(), CODE);
        assertEquals(ready.sizeBytes().longValue(), zip.length);
        assertEquals(tx.call(em -> em.createQuery("SELECT e.sha256 FROM DataExport e WHERE e.publicId = :p",
                String.class).setParameter("p", ready.id()).getSingleResult()), sha256(zip));
        Map<String, byte[]> files = unzip(zip);

        JsonObject identity = json(files, "identite.json").asJsonObject();
        assertEquals(who.nir15(), identity.getString("nir"));
        assertEquals(who.givenNames(), identity.getString("prenoms"));
        assertEquals(who.email(), identity.getString("courriel"));
        assertEquals(who.birthDate().toString(), identity.getString("dateNaissance"));

        JsonArray payments = json(files, "paiements.json").asJsonArray();
        assertEquals(Set.copyOf(mine.payments()), Set.copyOf(payments.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("reference")).toList()));
        assertEquals(21.0, payments.getJsonObject(0).getJsonNumber("montantRembourse").doubleValue());

        JsonArray messages = json(files, "messages.json").asJsonArray();
        assertEquals(List.of("FROM_INSURED", "REPLY"), messages.getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("sens")).toList(), "the advisers' note is not the person's");
        assertEquals(mine.message(), messages.getJsonObject(0).getString("texte"));
        JsonObject piece = messages.getJsonObject(0).getJsonArray("piecesJointes").getJsonObject(0);
        assertEquals("ordonnance été.pdf", piece.getString("nom"));
        assertEquals(mine.sha256(), piece.getString("sha256"));
        assertEquals(mine.attachment().length, piece.getJsonNumber("taille").longValue());
        String path = piece.getString("fichier");
        assertTrue(path.startsWith("pieces-jointes/") && path.endsWith("-ordonnance_été.pdf"), path);
        assertEquals(mine.sha256(), sha256(files.get(path)), "the file's bytes are the attachment's");
        assertEquals(1, files.keySet().stream().filter(n -> n.startsWith("pieces-jointes/")).count());

        assertEquals(1, json(files, "documents.json").asJsonArray().size());
        JsonArray demarches = json(files, "demarches.json").asJsonArray();
        assertEquals(1, demarches.size());
        assertEquals("ADDRESS_CHANGE", demarches.getJsonObject(0).getString("type"));
        assertEquals(tx.call(em -> em.createQuery("SELECT d.number FROM Demarche d WHERE d.insuredPersonId = :p",
                String.class).setParameter("p", personId).getSingleResult()),
                demarches.getJsonObject(0).getString("numero"));
        assertEquals("ADDRESS", json(files, "historique-informations.json").asJsonArray().getJsonObject(0)
                .getString("champ"));
        JsonArray appointmentsFile = json(files, "rendez-vous.json").asJsonArray();
        assertEquals(1, appointmentsFile.size());
        assertEquals("Pour mon export", appointmentsFile.getJsonObject(0).getString("note"));
        assertEquals(1, json(files, "sessions.json").asJsonArray().size());
        assertEquals("Firefox sur Linux", json(files, "sessions.json").asJsonArray().getJsonObject(0)
                .getString("navigateur"));
        assertEquals(2, json(files, "activite.json").asJsonArray().size(), "the session and the mandate given");
        JsonArray mandatesFile = json(files, "mandats.json").asJsonArray();
        assertEquals(1, mandatesFile.size());
        assertEquals(mandate, mandatesFile.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("DONNE", mandatesFile.getJsonObject(0).getString("sens"));
        assertEquals(helper.givenNames() + " TESTEUR", mandatesFile.getJsonObject(0).getString("autrePersonne"));
        assertEquals(List.of("PAYMENTS", "DEMARCHES"), mandatesFile.getJsonObject(0).getJsonArray("parties")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonArray consultations = json(files, "consultations.json").asJsonArray();
        assertEquals(1, consultations.size());
        assertEquals("FILE_OPENED", consultations.getJsonObject(0).getString("action"));
        assertEquals(0, json(files, "appareils.json").asJsonArray().size());
        assertEquals(1, json(files, "compte.json").asJsonObject().getJsonArray("comptes").size());

        String html = new String(files.get("resume.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"fr\">") && html.contains("Vos données personnelles")
                && html.contains(who.givenNames() + " TESTEUR"), html);
        assertTrue(html.contains("<td><code>paiements.json</code></td><td>3</td>"), html);

        List<String> expected = new ArrayList<>();
        for (ExportSection section : ExportSection.values()) {
            if (section != ExportSection.ATTACHMENTS) {
                expected.add(section.file());
            }
        }
        expected.add(ExportSection.SUMMARY);
        assertEquals(expected, files.keySet().stream().filter(n -> !n.startsWith("pieces-jointes/")).toList());

        String everything = files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
                .reduce("", String::concat);
        for (String foreign : List.of(other.nir13(), other.email(), theirs.message(), theirs.sha256(), mine.note(),
                theirs.payments().get(0), "interne.pdf", "not-a-real-hash")) {
            assertFalse(everything.contains(foreign), "the ZIP holds " + foreign);
        }
    }

    @Test
    void anotherPersonsOrAForgedIdIsNotFoundAndAWrongCodeServesNothing() throws Exception {
        People.Person who = People.fresh(false);
        long account = account(who, CODE);
        People.Person other = People.fresh(false);
        long otherAccount = account(other, OTHER_CODE);
        Callers.asInsured(account, () -> exports.request());
        ExportStatus ready = awaitReady(account);

        for (String forged : java.util.Arrays.asList(null, "", "x".repeat(33), "../../etc/passwd", "' OR 1=1 --",
                ready.id().substring(1) + "A", "😀")) {
            assertThrows(NotFoundException.class, () -> download(account, forged, CODE), String.valueOf(forged));
        }
        assertThrows(NotFoundException.class, () -> download(otherAccount, ready.id(), OTHER_CODE),
                "another person's export, with their own right code");
        assertThrows(NotFoundException.class, () -> download(otherAccount, ready.id(), CODE),
                "another person's export, with its owner's code");
        assertThrows(StepUpRefusedException.class, () -> download(account, ready.id(), ""));
        assertTrue(download(account, ready.id(), CODE).length > 0, "still served to its owner");

        String base = System.getenv("CA_BASE_URL") + "/";
        Site site = new Site(base);
        assertTrue(site.submit("/", "login", Map.of("nir", who.nir13(), "code", CODE)).uri().getPath()
                .endsWith("/espace/accueil"));
        Site.FilledForm wrong = site.fill("/espace/mes-donnees", "download", Map.of("secret", "Pas-Le-Bon-Code-42"));
        wrong.data().put("export", ready.id());
        HttpResponse<String> refused = site.post(wrong.uri(), wrong.data());
        assertEquals(200, refused.statusCode());
        assertTrue(Site.text(refused).contains("Ce code secret n'est pas le bon"), Site.text(refused));
        Site.FilledForm forged = site.fill("/espace/mes-donnees", "download", Map.of("secret", CODE));
        forged.data().put("export", "AAAAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(404, site.post(forged.uri(), forged.data()).statusCode(), "a forged id: 404, never 500");
        Site.FilledForm right = site.fill("/espace/mes-donnees", "download", Map.of("secret", CODE));
        right.data().put("export", ready.id());
        HttpResponse<byte[]> file = site.postBytes(right.uri(), right.data());
        assertEquals(200, file.statusCode());
        assertEquals("application/zip", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("mes-donnees-"));
        assertEquals(tx.call(em -> em.createQuery("SELECT e.sha256 FROM DataExport e WHERE e.publicId = :p",
                String.class).setParameter("p", ready.id()).getSingleResult()), sha256(file.body()));

        Site otherSite = new Site(base);
        otherSite.submit("/", "login", Map.of("nir", other.nir13(), "code", OTHER_CODE));
        Site.FilledForm theirs = otherSite.fill("/espace/mes-donnees", "request", Map.of());
        assertFalse(theirs.data().isEmpty());
        HttpResponse<String> page = otherSite.get("/espace/mes-donnees");
        assertFalse(page.body().contains(ready.id()), "the other's page never shows the id");
    }

    @Test
    void oneNodeHoldsTheClaimRecordsProgressAndLosesItWhenTheLeaseIsTakenOver() throws Exception {
        People.Person who = People.fresh(false);
        long account = account(who, CODE);
        long personId = personOf(account);
        long exportId = tx.call(em -> {
            DataExport export = new DataExport("claim-" + System.nanoTime(), personId, ExportSection.steps(),
                    Instant.now(), Instant.now().plus(Duration.ofDays(7)));
            em.persist(export);
            em.flush();
            return export.getId();
        });
        DataExportStore.Claim first = system(() -> store.claim(exportId)).orElseThrow();
        assertTrue(system(() -> store.claim(exportId)).isEmpty(), "a second node cannot take it while leased");
        assertFalse(system(() -> worker.prepare(exportId)), "nor prepare it");
        system(() -> {
            store.progress(first, 7);
            return null;
        });
        ExportStatus status = Callers.asInsured(account, () -> exports.current()).orElseThrow();
        assertEquals(100 * 7 / ExportSection.steps(), status.percent(), "the page's progress");
        assertTrue(status.preparing());

        clock.advance(Duration.ofMinutes(6));
        DataExportStore.Claim second = system(() -> store.claim(exportId)).orElseThrow();
        assertNotEquals(first.token(), second.token());
        assertThrows(LeaseLostException.class, () -> system(() -> {
            store.progress(first, 8);
            return null;
        }), "the first node finds its lease taken and stops");
        assertEquals(0, Callers.asInsured(account, () -> exports.current()).orElseThrow().percent(),
                "the second starts over");
        clock.advance(Duration.ofMinutes(6));
        assertTrue(system(() -> worker.prepare(exportId)), "after the second's lease, a third prepares it");
        assertTrue(Callers.asInsured(account, () -> exports.current()).orElseThrow().ready());
    }

    @Test
    void anExportIsDeletedAfterSevenDaysAndAskingAgainReplacesIt() throws Exception {
        People.Person who = People.fresh(false);
        long account = account(who, CODE);
        ExportStatus first = Callers.asInsured(account, () -> exports.request());
        awaitReady(account);
        ExportStatus second = Callers.asInsured(account, () -> exports.request());
        assertNotEquals(first.id(), second.id(), "asked again once ready: a new one");
        assertEquals(0L, count("SELECT COUNT(e) FROM DataExport e WHERE e.publicId = '" + first.id() + "'"));
        ExportStatus ready = awaitReady(account);
        long exportId = tx.call(em -> em.createQuery("SELECT e.id FROM DataExport e WHERE e.publicId = :p", Long.class)
                .setParameter("p", ready.id()).getSingleResult());
        assertTrue(count("SELECT COUNT(p) FROM DataExportPart p WHERE p.exportId = " + exportId) > 0);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertTrue(download(account, ready.id(), CODE).length > 0, "still there on the 7th day");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(Callers.asInsured(account, () -> exports.current()).isEmpty(), "past 7 days: gone from the page");
        assertThrows(NotFoundException.class, () -> download(account, ready.id(), CODE), "and never served");
        assertTrue(system(() -> worker.purgeExpired()) >= 1);
        assertEquals(0L, count("SELECT COUNT(e) FROM DataExport e WHERE e.id = " + exportId));
        assertEquals(0L, count("SELECT COUNT(p) FROM DataExportPart p WHERE p.exportId = " + exportId),
                "its parts are deleted");
    }

    @Test
    void theDemoAdvisersSlotsFillTheWorkingDaysOfTheBookingWindow() {
        String adviser = "demo-slots-" + System.nanoTime();
        try {
            int published = system(() -> demoSlots.publishComingWeeks(adviser));
            LocalDate today = LocalDate.now(ClockProducer.ZONE);
            LocalDate last = Instant.now().plus(AppointmentService.WINDOW).atZone(ClockProducer.ZONE).toLocalDate();
            long workingDays = today.plusDays(1).datesUntil(last.plusDays(1))
                    .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
            assertEquals(workingDays * 10, published, "6 phone and 4 counter slots each working day");
            assertEquals(0, (int) system(() -> demoSlots.publishComingWeeks(adviser)), "a day with slots is left alone");
            assertTrue(Callers.asInsured(account(People.fresh(false), CODE), () -> appointments.freeSlots(Kind.PHONE))
                    .size() > 0, "a person is offered free slots");
        } finally {
            tx.run(em -> em.createQuery("DELETE FROM AppointmentSlot s WHERE s.adviserUsername = :a AND s.taken = FALSE")
                    .setParameter("a", adviser).executeUpdate());
        }
    }

    private long count(String jpql) {
        return tx.call(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private static <T> T system(Callers.Work<T> work) {
        return Callers.asSystem(work);
    }
}
