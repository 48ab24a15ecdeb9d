package org.compteassure.it.payment;

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
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.payment.ImportRejection;
import org.compteassure.persistence.payment.PaymentImport;
import org.compteassure.service.account.RegisterEntry;
import org.compteassure.service.account.RegisterService;
import org.compteassure.service.payment.ImportRefusedException;
import org.compteassure.service.payment.PaymentImportService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
        return Deployments.earWith(PaymentImportIT.class, People.class, Mailbox.class);
    }

    @EJB
    private PaymentImportService imports;

    @EJB
    private RegisterService register;

    @Inject
    private Transactions tx;

    @Test
    void reportsEachLineAndLoadsOnlyTheGoodOnes() {
        String nir = person();
        String run = "T" + System.nanoTime();
        String day = LocalDate.now().minusDays(3).toString();
        String csv = HEADER
                + run + "-1;" + nir + ";Zoé;2016-04-02;REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING;;\n"
                + run + "-2;" + nir + ";;;REIMBURSEMENT;" + day + ";Consultation;16.50;PAID;" + day + ";\n"
                + run + "-3;1234567890123;;;REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING;;\n"
                + run + "-4;" + nir + ";;;REIMBURSEMENT;" + day + ";Pharmacie;-8.40;PENDING;;\n"
                + run + "-5;" + nir + ";Inconnu;2015-01-01;REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING;;\n"
                + run + "-6;" + nir + ";;;REIMBURSEMENT;" + LocalDate.now().plusDays(3) + ";Pharmacie;8.40;PENDING;;\n"
                + ";" + nir + ";;;REIMBURSEMENT;" + day + ";;8.40;PENDING;;\n"
                + run + "-8;" + "x".repeat(10 * 1024 * 1024) + "\n"
                + "a;b\n"
                + run + "-10;" + nir + ";;;REIMBURSEMENT;" + day + ";\"Radiologie; \"\"scanner\"\"\";40.00;REJECTED;;"
                + "Acte non remboursable\n"
                + "\n"
                + run + "-2;" + nir + ";;;REIMBURSEMENT;" + day + ";Consultation;16.50;PAID;" + day + ";\n"
                + run + "-13;" + nir + ";;;REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING;" + day + ";";
        PaymentImport done = runToEnd(imports.store("report.csv", bytes(csv), "admin-test"), -1);
        assertEquals(PaymentImport.Status.COMPLETED, done.getStatus());
        assertEquals(13, done.getRowsRead(), "lines after the header, the blank one included");
        assertEquals(3, done.getImported());
        assertEquals(1, done.getUnchanged(), "line 13 repeats line 3, in the same chunk");
        assertEquals(0, done.getUpdated());
        Map<Long, String> reasons = imports.rejections(done.getId(), 100).stream()
                .collect(Collectors.toMap(ImportRejection::getLine, ImportRejection::getReason));
        assertEquals(8, done.getRejected(), reasons.toString());
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
        assertThrowsRefused("reference;nir;montant\nA;B;C\n", "Colonne inconnue");
        assertThrowsRefused("reference;nir\n", "Colonnes obligatoires absentes");
        assertThrowsRefused("", "vide");
        long after = tx.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM payment_import")
                .getSingleResult()).longValue());
        assertEquals(before, after, "a refused file leaves nothing");
    }

    @Test
    void resumesAfterACrashWithNothingLostOrDoubled() {
        String nir = person();
        String run = "C" + System.nanoTime();
        String day = LocalDate.now().minusDays(3).toString();
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 2500;
        for (int i = 1; i <= rows; i++) {
            csv.append(run).append('-').append(i).append(';').append(nir).append(";;;REIMBURSEMENT;").append(day)
                    .append(";Pharmacie;").append(i % 100).append(".10;PENDING;;\n");
        }
        PaymentImport stored = imports.store("crash.csv", bytes(csv.toString()), "admin-test");
        PaymentImport crashed = runToEnd(stored, 2100);
        assertEquals(PaymentImport.Status.STOPPED, crashed.getStatus());
        assertEquals(2001, crashed.getLinesDone(), "one chunk of 2 000 lines committed before the crash at line 2100");
        assertEquals(2000, crashed.getImported());
        assertEquals(2000L, count(run + "-%"), "the chunk that crashed left nothing");

        // Recovery at deployment resumes only what a dead JVM was running, never an execution of this one.
        imports.running(stored.getId(), crashed.getJobExecutionId());
        assertFalse(imports.interruptedHere().contains(stored.getId()));
        imports.ended(stored.getId());

        imports.resume(stored.getId());
        PaymentImport done = await(stored.getId());
        assertEquals(PaymentImport.Status.COMPLETED, done.getStatus());
        assertEquals(rows, done.getImported());
        assertEquals(0, done.getUnchanged() + done.getUpdated() + done.getRejected());
        assertEquals((long) rows, count(run + "-%"), "every line once");
        long distinct = tx.call(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(DISTINCT reference) FROM payment WHERE reference LIKE ?").setParameter(1, run + "-%")
                .getSingleResult()).longValue());
        assertEquals(rows, distinct, "no reference twice");
    }

    private void assertThrowsRefused(String csv, String reason) {
        try {
            imports.store("bad.csv", bytes(csv), "admin-test");
            fail("refused: " + csv);
        } catch (ImportRefusedException e) {
            assertTrue(e.getMessage().contains(reason), e.getMessage());
        }
    }

    private PaymentImport runToEnd(PaymentImport stored, long crashAt) {
        if (crashAt < 0) {
            imports.start(stored.getId());
        } else {
            imports.startWithCrashAt(stored.getId(), crashAt);
        }
        return await(stored.getId());
    }

    /** Waits until the job has ended (it runs in the batch threads). */
    private PaymentImport await(long id) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            PaymentImport file = imports.find(id);
            String job = imports.jobStatus(id);
            if (!file.isRunning() && !job.equals("STARTED") && !job.equals("STARTING") && !job.equals("STOPPING")) {
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
        register.upsert(Nir.parse(p.nir13(), false), new RegisterEntry("DURAND", p.givenNames(), p.birthDate(),
                Sex.FEMALE, new PostalAddress("4 RUE DES TESTS", null, "75014", "PARIS", "FRANCE"), null, null, null,
                List.of(new RegisterEntry.Child("DURAND", "Zoé", LocalDate.of(2016, 4, 2)))));
        return p.nir15();
    }

    private static ByteArrayInputStream bytes(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
