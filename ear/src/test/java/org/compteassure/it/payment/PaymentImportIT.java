package org.compteassure.it.payment;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.payment.ImportStatus;
import org.compteassure.persistence.payment.PaymentImport;
import org.compteassure.service.account.RegisterEntry;
import org.compteassure.service.account.RegisterService;
import org.compteassure.service.payment.ImportRefusedException;
import org.compteassure.service.payment.ImportRefusedException.Reason;
import org.compteassure.service.payment.ImportReport;
import org.compteassure.service.payment.PaymentImportService;
import org.compteassure.service.payment.RejectedLine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The CSV import job: its report, bad lines reported and never half-written, and a restart after a crash. */
@ExtendWith(ArquillianExtension.class)
class PaymentImportIT {

    private static final String HEADER = "reference;nir;beneficiaryGivenNames;beneficiaryBirthDate;kind;careDate;"
            + "actLabel;amountPaid;status;paymentDate;rejectionReason\n";
    /** Waiting for a background job to end, not a measure of its speed. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWith(PaymentImportIT.class, People.class, Mailbox.class);
        ear.getAsType(JavaArchive.class, "ejb.jar").addClasses(RehearsedCrash.class, CrashingCsvReader.class);
        return ear;
    }

    @EJB
    private PaymentImportService imports;

    @EJB
    private RegisterService register;

    @Inject
    private Transactions tx;

    @Inject
    private RehearsedCrash crash;

    @Inject
    private TestClock testClock;

    @Test
    void reportsEachLineAndLoadsOnlyTheGoodOnes() {
        String nir = person();
        String run = "T" + System.nanoTime();
        String day = LocalDate.now(ClockProducer.ZONE).minusDays(3).toString();
        String csv = HEADER
                + run + "-1;" + nir + ";Zoé;2016-04-02;REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING;;\n"
                + run + "-2;" + nir + ";;;REIMBURSEMENT;" + day + ";Consultation;16.50;PAID;" + day + ";\n"
                + run + "-3;1234567890123;;;REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING;;\n"
                + run + "-4;" + nir + ";;;REIMBURSEMENT;" + day + ";Pharmacie;-8.40;PENDING;;\n"
                + run + "-5;" + nir + ";Inconnu;2015-01-01;REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING;;\n"
                + run + "-6;" + nir + ";;;REIMBURSEMENT;" + LocalDate.now(ClockProducer.ZONE).plusDays(3) + ";Pharmacie;8.40;PENDING;;\n"
                + ";" + nir + ";;;REIMBURSEMENT;" + day + ";;8.40;PENDING;;\n"
                + run + "-8;" + "x".repeat(10 * 1024 * 1024) + "\n"
                + "a;b\n"
                + run + "-10;" + nir + ";;;REIMBURSEMENT;" + day + ";\"Radiologie; \"\"scanner\"\"\";40.00;REJECTED;;"
                + "Acte non remboursable\n"
                + "\n"
                + run + "-2;" + nir + ";;;REIMBURSEMENT;" + day + ";Consultation;16.50;PAID;" + day + ";\n"
                + run + "-13;" + nir + ";;;REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING;" + day + ";";
        ImportReport done = runToEnd(Callers.asAdmin("admin-test", () -> imports.store("report.csv", bytes(csv))), -1);
        assertEquals(ImportStatus.COMPLETED, done.status());
        assertEquals(13, done.rowsRead(), "lines after the header, the blank one included");
        assertEquals(3, done.imported());
        assertEquals(1, done.unchanged(), "line 13 repeats line 3, in the same chunk");
        assertEquals(0, done.updated());
        Map<Long, String> reasons = Callers.asAdmin("admin-test", () -> imports.rejections(done.id(), 100)).stream()
                .collect(Collectors.toMap(RejectedLine::line, RejectedLine::reason));
        assertEquals(8, done.rejected(), reasons.toString());
        assertReason(reasons, 4, "nir : numéro de sécurité sociale invalide");
        assertReason(reasons, 5, "amountPaid : montant négatif");
        assertReason(reasons, 6, "aucun bénéficiaire de ces prénoms");
        assertReason(reasons, 7, "careDate : date dans le futur");
        assertReason(reasons, 8, "reference : obligatoire");
        assertReason(reasons, 8, "actLabel : obligatoire");
        assertReason(reasons, 9, "ligne de plus de 8192 caractères");
        assertReason(reasons, 10, "la ligne a 2 colonnes");
        assertReason(reasons, 14, "paymentDate : un paiement en cours");
        assertEquals(3L, count(run + "-%"), "no partial row of a refused line");
        Object label = tx.call(em -> em.createNativeQuery("SELECT act_label FROM payment WHERE reference = ?")
                .setParameter(1, run + "-10").getSingleResult());
        assertEquals("Radiologie; \"scanner\"", label);
    }

    @Test
    void refusesAFileWithoutAValidHeaderAndKeepsNothing() {
        long before = tx.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM payment_import")
                .getSingleResult()).longValue());
        assertThrowsRefused("reference;nir;montant\nA;B;C\n", Reason.UNKNOWN_COLUMN, "montant");
        assertThrowsRefused("reference;nir;nir\n", Reason.DUPLICATE_COLUMN, "nir");
        assertThrowsRefused("reference;nir\n", Reason.MISSING_COLUMNS, "kind, careDate, actLabel, amountPaid, status");
        assertThrowsRefused("\"reference;nir\n", Reason.UNREADABLE_HEADER);
        assertThrowsRefused("", Reason.EMPTY);
        long after = tx.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM payment_import")
                .getSingleResult()).longValue());
        assertEquals(before, after, "a refused file leaves nothing");
    }

    @Test
    void resumesAfterACrashWithNothingLostOrDoubled() {
        String nir = person();
        String run = "C" + System.nanoTime();
        String day = LocalDate.now(ClockProducer.ZONE).minusDays(3).toString();
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 2500;
        for (int i = 1; i <= rows; i++) {
            csv.append(run).append('-').append(i).append(';').append(nir).append(";;;REIMBURSEMENT;").append(day)
                    .append(";Pharmacie;").append(i % 100).append(".10;PENDING;;\n");
        }
        ImportReport stored = Callers.asAdmin("admin-test", () -> imports.store("crash.csv", bytes(csv.toString())));
        ImportReport crashed = runToEnd(stored, 2100);
        assertEquals(ImportStatus.STOPPED, crashed.status());
        assertEquals(2000, crashed.rowsRead(), "one chunk of 2 000 lines committed before the crash at line 2100");
        assertEquals(2000, crashed.imported());
        assertEquals(2000L, count(run + "-%"), "the chunk that crashed left nothing");

        // As if a node that died (kill -9) were running it: RUNNING, held by that node until its lease runs out.
        long execution = tx.call(em -> em.find(PaymentImport.class, stored.id()).getJobExecutionId());
        assertEquals(2001, Callers.asAdmin("admin-test",
                () -> imports.running(stored.id(), execution)), "the line after which the job resumes");
        tx.run(em -> em.createNativeQuery("UPDATE payment_import SET node = 'node-gone' WHERE id = ?")
                .setParameter(1, stored.id()).executeUpdate());
        assertFalse(Callers.asSystem(() -> imports.claimExpired()).contains(stored.id()), "its lease still runs");
        Callers.asAdmin("admin-test", () -> imports.ended(stored.id()));
        assertEquals(ImportStatus.RUNNING, Callers.asAdmin("admin-test", () -> imports.find(stored.id())).status(),
                "a node that lost an import leaves it to its owner when its job ends");

        // The lease runs out: this node takes it over, once. Its recovery timer may be the one that claims it (then it
        // resumes it too); a second claim never wins.
        long version = versionOf(stored.id());
        testClock.advance(Duration.ofSeconds(31));
        try {
            if (Callers.asSystem(() -> imports.claimExpired()).contains(stored.id())) {
                // Resumed as PaymentImportRecovery does: as SYSTEM (its @RunAs), not as an administrator.
                Callers.asSystem(() -> imports.resume(stored.id()));
            }
            assertFalse(Callers.asSystem(() -> imports.claimExpired()).contains(stored.id()), "taken over once");
            assertTrue(versionOf(stored.id()) > version, "the claim changes the version: the old owner's chunk fails");
            assertFalse("node-gone".equals(tx.call(em -> em.find(PaymentImport.class, stored.id()).getNode())),
                    "owned by this node now");
        } finally {
            testClock.reset();
        }
        ImportReport done = await(stored.id());
        assertEquals(ImportStatus.COMPLETED, done.status());
        assertEquals(rows, done.imported());
        assertEquals(0, done.unchanged() + done.updated() + done.rejected());
        assertEquals((long) rows, count(run + "-%"), "every line once");
        long distinct = tx.call(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(DISTINCT reference) FROM payment WHERE reference LIKE ?").setParameter(1, run + "-%")
                .getSingleResult()).longValue());
        assertEquals(rows, distinct, "no reference twice");
    }

    private long versionOf(long importId) {
        return tx.call(em -> ((Number) em.createNativeQuery("SELECT version FROM payment_import WHERE id = ?")
                .setParameter(1, importId).getSingleResult()).longValue());
    }

    private void assertThrowsRefused(String csv, Reason reason, String... arguments) {
        try {
            Callers.asAdmin("admin-test", () -> imports.store("bad.csv", bytes(csv)));
            fail("refused: " + csv);
        } catch (ImportRefusedException e) {
            assertEquals(reason, e.reason(), e.getMessage());
            assertEquals(List.of(arguments), e.arguments());
        }
    }

    private ImportReport runToEnd(ImportReport stored, long crashAt) {
        if (crashAt >= 0) {
            crash.arm(stored.id(), crashAt);
        }
        Callers.asAdmin("admin-test", () -> imports.start(stored.id()));
        return await(stored.id());
    }

    /** Waits until the job has ended (it runs in the batch threads). */
    private ImportReport await(long id) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            ImportReport file = Callers.asAdmin("admin-test", () -> imports.find(id));
            String job = Callers.asAdmin("admin-test", () -> imports.jobStatus(id));
            if (!file.running() && !job.equals("STARTED") && !job.equals("STARTING") && !job.equals("STOPPING")) {
                return file;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("The import did not end within " + PATIENCE);
    }

    private long count(String referencePattern) {
        return tx.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM payment WHERE reference LIKE ?")
                .setParameter(1, referencePattern).getSingleResult()).longValue());
    }

    private static void assertReason(Map<Long, String> reasons, long line, String reason) {
        assertTrue(reasons.getOrDefault(line, "").contains(reason), "line " + line + ": « " + reason + " » in " + reasons);
    }

    /** A person in the register with one child, Zoé born 2016-04-02. */
    private String person() {
        People.Person p = People.fresh(false);
        Callers.asClaimsSystem(
                () -> register.upsert(Nir.parse(p.nir13(), false), new RegisterEntry("DURAND", p.givenNames(), p.birthDate(),
                Sex.FEMALE, new PostalAddress("4 RUE DES TESTS", null, "75014", "PARIS", "FRANCE"), null, null, null,
                List.of(new RegisterEntry.Child("DURAND", "Zoé", LocalDate.of(2016, 4, 2))))));
        return p.nir15();
    }

    private static ByteArrayInputStream bytes(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
