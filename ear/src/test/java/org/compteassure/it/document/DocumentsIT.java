package org.compteassure.it.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.Rights;
import org.compteassure.persistence.card.CardOrder;
import org.compteassure.persistence.card.CardStatus;
import org.compteassure.persistence.document.DocumentType;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.payment.DailyAllowance;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.Child;
import org.compteassure.service.account.ChildNotMatchedException;
import org.compteassure.service.account.FamilyService;
import org.compteassure.service.account.PendingChild;
import org.compteassure.service.account.RegisterEntry;
import org.compteassure.service.account.RegisterService;
import org.compteassure.service.card.CardRefusedException;
import org.compteassure.service.card.CardService;
import org.compteassure.service.card.DepartureInPastException;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.document.DocumentService;
import org.compteassure.service.document.DocumentService.Pdf;
import org.compteassure.service.document.DocumentService.Verified;
import org.compteassure.service.document.NoRightsException;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents and European cards, in the server: each PDF read back with PDFBox, the public check of its code, the
 * family boundary, and the card rules (15 days, duplicates, renewal with the clock moved, status mails).
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    private static final Pattern CODE = Pattern.compile("\\b([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})\\b");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(DocumentsIT.class, Mailbox.class, People.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private TestClock testClock;

    @Inject
    private DocumentService documents;

    @Inject
    private CardService cards;

    @Inject
    private FamilyService families;

    @Inject
    private DemarcheService demarches;

    @Inject
    private RegisterService register;

    @Inject
    private Clock clock;

    /** One family arranged for a test: the account, the person, and their child. */
    private record Family(long account, long person, long child, String email, Nir nir) {
    }

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    @Test
    void theRightsAttestationSaysWhoIsCoveredAndCarriesACodeThatVerifies() throws IOException {
        Family family = family("Camille");
        Pdf own = Callers.asInsured(family.account(), () -> documents.rights(null));
        String text = text(own.bytes(), "Attestation de droits à l'assurance maladie");
        assertTrue(text.contains("TESTEUR Camille"), text);
        assertTrue(text.contains(family.nir().grouped()), text);
        assertTrue(text.contains("CPAM de Paris (751)"), "the register's fund: " + text);
        assertTrue(text.contains("Régime général"), text);
        assertTrue(text.contains("Dr Ana PIRES"), "the declared médecin traitant: " + text);
        LocalDate today = LocalDate.now(clock);
        assertTrue(text.contains(day(RIGHTS_START) + " au " + day(RIGHTS_END)), "the register's period: " + text);

        Pdf child = Callers.asInsured(family.account(), () -> documents.rights(family.child()));
        String childText = text(child.bytes(), "Attestation de droits à l'assurance maladie");
        assertTrue(childText.contains("TESTEUR Lou"), childText);
        assertTrue(childText.contains("Camille TESTEUR"), "the parent is named: " + childText);
        assertTrue(childText.contains("depuis le " + day(LocalDate.of(2015, 4, 1)) + ", sans date de fin"), childText);

        Verified verified = documents.verify(code(childText), "198.51.100." + (System.nanoTime() % 200)).orElseThrow();
        assertEquals(DocumentType.RIGHTS, verified.type());
        assertEquals("TESTEUR", verified.holderFamilyName());
        assertEquals("L", verified.holderInitial(), "only the initial of the given name");
        assertEquals(today, verified.issuedOn());
        assertEquals(LocalDate.of(2015, 4, 1), verified.from());
        assertNull(verified.to(), "open-ended rights");
        assertTrue(documents.verify(code(childText).toLowerCase().replace("-", " "), "198.51.100.1").isPresent(),
                "typed leniently");
    }

    @Test
    void aWrongCodeIsUnknownAndTooManyWrongCodesBlockEvenARealOne() {
        Family family = family("Dominique");
        String real = code(text(Callers.asInsured(family.account(), () -> documents.rights(null)).bytes(),
                "Attestation de droits à l'assurance maladie"));
        String address = "203.0.113." + (System.nanoTime() % 250);
        assertEquals(Optional.empty(), documents.verify("ABCD-EFGH-JKMN-PQRS", address));
        assertEquals(Optional.empty(), documents.verify("x".repeat(10_000), address));
        for (int i = 2; i < 100; i++) {
            documents.verify("0000-0000-0000-" + String.format("%04d", i), address);
        }
        assertThrows(TooManyAttemptsException.class, () -> documents.verify(real, address));
        assertTrue(documents.verify(real, address + "1").isPresent(), "another address is not blocked");
    }

    @Test
    void paymentDocumentsListThePaymentsWithTheirTotals() {
        Family family = family("Alex");
        LocalDate today = LocalDate.now(clock);
        LocalDate lastYear = today.minusYears(1).withMonth(6).withDayOfMonth(10);
        allowance(family, "A", lastYear, "700.00", "46.55", "653.45");
        allowance(family, "B", lastYear.plusDays(14), "700.00", "46.55", "653.45");
        LocalDate recent = today.minusDays(3);
        allowance(family, "C", recent, "350.00", "23.28", "326.72");
        care(family, "D", recent, "20.00");

        String ij = text(Callers.asInsured(family.account(),
                () -> documents.dailyAllowances(lastYear.minusDays(1), today)).bytes(),
                "Attestation de paiement d'indemnités journalières");
        assertTrue(ij.contains("1 750,00 €") || ij.contains("1 750,00 €"), "gross total: " + ij);
        assertTrue(ij.contains("1 633,62 €") || ij.contains("1 633,62 €"), "net total: " + ij);
        assertFalse(ij.contains("Consultation"), "care is not an allowance");

        String tax = text(Callers.asInsured(family.account(),
                () -> documents.taxStatement(Year.from(lastYear))).bytes(),
                "Relevé fiscal des indemnités journalières");
        assertTrue(tax.contains("1 400,00 €") || tax.contains("1 400,00 €"), tax);
        assertTrue(tax.contains("93,10 €"), "CSG/CRDS total: " + tax);
        assertTrue(tax.contains("1 306,90 €") || tax.contains("1 306,90 €"), tax);

        String month = text(Callers.asInsured(family.account(),
                () -> documents.monthlyStatement(YearMonth.from(recent))).bytes(),
                "Relevé mensuel des paiements");
        assertTrue(month.contains("Consultation") && month.contains("Lou TESTEUR"), month);
        assertTrue(month.contains("346,72 €"), "total of the month: " + month);

        assertThrows(NotFoundException.class, () -> Callers.asInsured(family.account(),
                () -> documents.monthlyStatement(YearMonth.from(today).minusMonths(27))));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(family.account(),
                () -> documents.taxStatement(Year.from(today))));
    }

    @Test
    void anotherFamilysChildIsNotFound() {
        Family mine = family("Sacha");
        Family other = family("Noa");
        assertThrows(NotFoundException.class, () -> Callers.asInsured(mine.account(),
                () -> documents.rights(other.child())));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(mine.account(),
                () -> cards.certificate(other.child(), LocalDate.now(clock).plusDays(3))));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(mine.account(),
                () -> cards.order(List.of(other.child()), LocalDate.now(clock).plusDays(30))));
        assertEquals(0L, orders(mine) + orders(other), "nothing stored");
    }

    @Test
    void aCloseDepartureOffersTheCertificateAndAFarOneOrdersTheCard() {
        Family family = family("Charlie");
        LocalDate today = LocalDate.now(clock);
        assertEquals(CardService.Outcome.CERTIFICATE, Callers.asInsured(family.account(),
                () -> cards.order(List.of(family.child()), today.plusDays(14))));
        assertEquals(0L, orders(family), "no card ordered for a close departure");
        String certificate = text(Callers.asInsured(family.account(),
                () -> cards.certificate(family.child(), today.plusDays(14))).bytes(),
                "Certificat provisoire de remplacement de la carte européenne d'assurance maladie");
        assertTrue(certificate.contains("TESTEUR Lou"), certificate);
        assertTrue(certificate.contains(day(today) + " au " + day(today.plusMonths(3).minusDays(1))), certificate);
        assertEquals(DocumentType.PROVISIONAL_CERTIFICATE, documents.verify(code(certificate), "192.0.2.9").orElseThrow().type());
        assertThrows(NotFoundException.class, () -> Callers.asInsured(family.account(),
                () -> cards.certificate(family.child(), today.plusDays(15))),
                "no certificate when the card can arrive");

        assertEquals(CardService.Outcome.ORDERED, Callers.asInsured(family.account(),
                () -> cards.order(java.util.Arrays.asList(null, family.child()), today.plusDays(15))));
        assertEquals(2L, orders(family));
        assertThrows(DepartureInPastException.class, () -> Callers.asInsured(family.account(),
                () -> cards.order(List.of(family.child()), today.minusDays(1))));
    }

    @Test
    void ordersMoveForwardMailWhenSentAndRenewOnlyNearTheEnd() {
        Family family = family("Eden");
        LocalDate today = LocalDate.now(clock);
        Callers.asInsured(family.account(),
                () -> cards.order(java.util.Collections.singletonList(null), today.plusDays(30)));
        CardRefusedException duplicate = assertThrows(CardRefusedException.class,
                () -> Callers.asInsured(family.account(),
                        () -> cards.order(java.util.Collections.singletonList(null), today.plusDays(40))));
        assertNull(duplicate.renewableFrom(), "refused because in progress");
        long orderId = tx.call(em -> em.createQuery("SELECT o.id FROM CardOrder o WHERE o.insuredPerson.id = :p", Long.class)
                .setParameter("p", family.person()).getSingleResult());

        assertThrows(RuntimeException.class, () -> Callers.asAdmin("admin-test",
                () -> cards.advance(orderId, CardStatus.SENT)), "no step skipped");
        Callers.asAdmin("admin-test", () -> cards.advance(orderId, CardStatus.IN_PRODUCTION));
        Callers.asAdmin("admin-test", () -> cards.advance(orderId, CardStatus.SENT));
        Callers.asAdmin("admin-test", () -> cards.advance(orderId, CardStatus.SENT));
        ReceivedMail mail = Mailbox.awaitMail(family.email(), 1);
        assertEquals("Votre carte européenne d'assurance maladie est partie", mail.subject());
        CardOrder sent = tx.call(em -> em.find(CardOrder.class, orderId));
        assertFalse(mail.text().contains(day(sent.getValidUntil())), "no details in the mail: " + mail.text());
        assertEquals(today.plusYears(2), sent.getValidUntil());

        CardRefusedException valid = assertThrows(CardRefusedException.class,
                () -> Callers.asInsured(family.account(),
                        () -> cards.order(java.util.Collections.singletonList(null), today.plusDays(30))));
        assertEquals(today.plusYears(2).minusMonths(3), valid.renewableFrom());

        moveTo(today.plusYears(2).minusMonths(3).minusDays(1));
        assertThrows(CardRefusedException.class, () -> Callers.asInsured(family.account(),
                () -> cards.order(java.util.Collections.singletonList(null), LocalDate.now(clock).plusDays(30))), "the day before the window");
        moveTo(today.plusYears(2).minusMonths(3));
        assertEquals(CardService.Outcome.ORDERED, Callers.asInsured(family.account(),
                () -> cards.order(java.util.Collections.singletonList(null), LocalDate.now(clock).plusDays(30))));
    }

    @Test
    void aSecondParentAttachesAChildByProvingTheyKnowTheFamily() {
        Family first = family("Morgan");
        Family second = family("Robin");
        LocalDate born = LocalDate.of(2015, 4, 1);
        assertThrows(ChildNotMatchedException.class,
                () -> Callers.asInsured(second.account(),
                        () -> families.attachAsSecondParent(first.nir(), "Lou", born.plusDays(1))));
        assertThrows(ChildNotMatchedException.class,
                () -> Callers.asInsured(second.account(),
                        () -> families.attachAsSecondParent(first.nir(), "Paul", born)));
        String number = Callers.asInsured(second.account(),
                () -> families.attachAsSecondParent(first.nir(), "lou", born));
        assertTrue(Callers.asInsured(second.account(), () -> families.children()).stream()
                        .noneMatch(c -> c.id() == first.child()),
                "a démarche: not the second parent's child before the fund confirms");
        assertEquals(List.of(number), Callers.asInsured(second.account(), () -> families.waitingAttachments())
                .stream().map(PendingChild::demarcheNumber).toList());
        assertThrows(ChildNotMatchedException.class, () -> Callers.asInsured(family("Sacha").account(),
                () -> families.attachAsSecondParent(first.nir(), "Lou", born)), "one request at a time");
        Callers.asClaimsSystem(() -> demarches.advance(number, DemarcheStatus.DONE, null, null));
        assertTrue(Callers.asInsured(second.account(), () -> families.waitingAttachments()).isEmpty());
        assertTrue(Callers.asInsured(second.account(),
                () -> families.children()).stream().anyMatch(c -> c.id() == first.child() && !c.listedUnderCaller()),
                "the second parent's pages now show the child");
        assertTrue(Callers.asInsured(first.account(),
                () -> families.children()).stream().anyMatch(c -> c.id() == first.child() && c.listedUnderCaller()));
        assertNotNull(Callers.asInsured(second.account(), () -> documents.rights(first.child())));
        assertEquals("Un autre parent a été rattaché à l'un de vos enfants", Mailbox.awaitMail(first.email(), 1).subject());
        Family third = family("Andrea");
        assertThrows(ChildNotMatchedException.class,
                () -> Callers.asInsured(third.account(),
                        () -> families.attachAsSecondParent(first.nir(), "Lou", born)), "two parents at most");
    }

    @Test
    void noAttestationIsIssuedWithoutRightsFromTheRegister() {
        Family family = family("Maxime");
        tx.run(em -> em.find(InsuredPerson.class, family.person()).setRights(null));
        long issued = issuedDocuments();
        assertThrows(NoRightsException.class, () -> Callers.asInsured(family.account(), () -> documents.rights(null)));
        assertEquals(issued, issuedDocuments(), "nothing issued");
        DocumentService.RightsOnFile onFile = Callers.asInsured(family.account(), () -> documents.rightsOnFile());
        assertFalse(onFile.own());
        assertTrue(onFile.child(family.child()), "the child's rights are on file");
    }

    @Test
    void aChildTheRegisterNoLongerListsIsKeptForItsPayments() {
        Family family = family("Jules");
        care(family, "K", LocalDate.now(clock).minusDays(2), "12.00");
        InsuredPerson person = tx.call(em -> em.find(InsuredPerson.class, family.person()));
        Callers.asClaimsSystem(
                () -> register.upsert(family.nir(), new RegisterEntry(person.getFamilyName(), person.getGivenNames(),
                person.getBirthDate(), person.getSex(), person.getAddress(), person.getIban(), null, family.email(),
                List.of())));
        assertTrue(Callers.asInsured(family.account(), () -> families.children()).isEmpty(), "no longer listed");
        assertThrows(NotFoundException.class, () -> Callers.asInsured(family.account(),
                () -> documents.rights(family.child())));
        Beneficiary kept = tx.call(em -> em.find(Beneficiary.class, family.child()));
        assertFalse(kept.isListed());
        Callers.asClaimsSystem(
                () -> register.upsert(family.nir(), new RegisterEntry(person.getFamilyName(), person.getGivenNames(),
                person.getBirthDate(), person.getSex(), person.getAddress(), person.getIban(), null, family.email(),
                List.of(new RegisterEntry.Child("TESTEUR", "Lou", LocalDate.of(2015, 4, 1))))));
        assertEquals(List.of(family.child()), Callers.asInsured(family.account(),
                () -> families.children()).stream().map(Child::id).toList(),
                "listed again, the same child");
    }

    /** Moves the application's clock to noon of that day (noon: no daylight-saving change moves it to another day). */
    private void moveTo(LocalDate day) {
        testClock.advance(Duration.between(clock.instant(), day.atTime(12, 0).atZone(clock.getZone()).toInstant()));
    }

    private long issuedDocuments() {
        return tx.call(em -> ((Number) em.createQuery("SELECT COUNT(d) FROM IssuedDocument d").getSingleResult())
                .longValue());
    }

    private static final LocalDate RIGHTS_START = LocalDate.of(2024, 1, 1);
    private static final LocalDate RIGHTS_END = LocalDate.of(2027, 12, 31);

    private Family family(String givenName) {
        People.Person fresh = People.fresh(true);
        Nir nir = Nir.parse(fresh.nir13(), false);
        return tx.call(em -> {
            InsuredPerson person = new InsuredPerson(nir, "TESTEUR", givenName, fresh.birthDate(),
                    InsuredPerson.Sex.FEMALE, new PostalAddress("4 RUE DES TESTS", null, "75014", "PARIS", "FRANCE"));
            person.setEmail(fresh.email());
            person.setRights(new Rights("GENERAL", "751", "CPAM de Paris", RIGHTS_START, RIGHTS_END, "Dr Ana PIRES"));
            Beneficiary child = person.addBeneficiary("TESTEUR", "Lou", LocalDate.of(2015, 4, 1));
            child.setRights(new Rights("GENERAL", "751", "CPAM de Paris", LocalDate.of(2015, 4, 1), null, null));
            em.persist(person);
            Account account = new Account(person, fresh.email(), Instant.now());
            account.setDefinitiveCode("not-used", Instant.now());
            em.persist(account);
            em.flush();
            return new Family(account.getId(), person.getId(), child.getId(), fresh.email(), nir);
        });
    }

    private void allowance(Family family, String ref, LocalDate paidOn, String gross, String csg, String net) {
        tx.run(em -> {
            InsuredPerson person = em.find(InsuredPerson.class, family.person());
            DailyAllowance ij = new DailyAllowance(paidOn.minusDays(16), paidOn.minusDays(3), 14,
                    new BigDecimal(gross).divide(BigDecimal.valueOf(14), 2, java.math.RoundingMode.HALF_UP),
                    new BigDecimal(gross), new BigDecimal(csg), "EMPLOYEUR");
            em.persist(new Payment(ref + System.nanoTime(), person, null, new Payment.Details(PaymentKind.DAILY_ALLOWANCE,
                    paidOn.minusDays(16), "Indemnités journalières", null, null, null, null, new BigDecimal(net), null, null, ij),
                    new Payment.Settlement(PaymentStatus.PAID, null, paidOn, null), Instant.now()));
        });
    }

    private void care(Family family, String ref, LocalDate paidOn, String amount) {
        tx.run(em -> em.persist(new Payment(ref + System.nanoTime(), em.find(InsuredPerson.class, family.person()),
                em.find(Beneficiary.class, family.child()), new Payment.Details(PaymentKind.REIMBURSEMENT,
                paidOn.minusDays(4), "Consultation", "Dr TEST", null, null, 70, new BigDecimal(amount), null, null, null),
                new Payment.Settlement(PaymentStatus.PAID, null, paidOn, null), Instant.now())));
    }

    private long orders(Family family) {
        return tx.call(em -> em.createQuery("SELECT COUNT(o) FROM CardOrder o WHERE o.insuredPerson.id = :p", Long.class)
                .setParameter("p", family.person()).getSingleResult());
    }

    /** The PDF's text, after checking the layout every document shares: A4, French, its title in the metadata. */
    static String text(byte[] pdf, String title) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(title, document.getDocumentInformation().getTitle());
            assertEquals("fr-FR", document.getDocumentCatalog().getLanguage());
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.5);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(title), "the title is printed: " + text);
            assertTrue(text.contains("Caisse d'assurance maladie"), "the fund's heading: " + text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String code(String text) {
        Matcher code = CODE.matcher(text);
        assertTrue(code.find(), "a verification code in: " + text);
        return code.group(1);
    }

    /** As people type and read dates: 26/11/2026. */
    static String day(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
