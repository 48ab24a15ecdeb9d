package org.compteassure.it.demarche;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.TestPayments;
import org.compteassure.it.support.TestSupport;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentReport.Reason;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.messaging.AdviserDeskService.DeskThread;
import org.compteassure.service.messaging.AdviserDeskService.WaitingThread;
import org.compteassure.service.payment.AlreadyReportedException;
import org.compteassure.service.payment.InvalidReportException;
import org.compteassure.service.payment.PaymentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * « Signaler un paiement » from its form (posted over HTTP from inside the server, as a browser without JavaScript
 * would) to the back office's queue (read back from the embedded broker, checked against the schema), to the
 * adviser's desk thread, to the status API (« Traitée ») and the person's notice; a second report while the first is
 * open, bad input, another person's payment. The person has no e-mail address: they log in without a second step
 * and are told by letter (DemarcheJourneyIT follows a person with an e-mail address in Chromium).
 */
@ExtendWith(ArquillianExtension.class)
class PaymentReportIT {

    private static final String CODE = "Signalement-Paiement-27";
    private static final Pattern NUMBER = Pattern.compile("D-\\d{4}-\\d{6}");
    private static final String ADVISER = "conseil-signalement";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWith(PaymentReportIT.class, BackOfficeQueue.class, MessageSchema.class,
                TestSupport.class, Site.class, People.class, TestAccounts.class);
        MessageSchema.addTo(ear.getAsType(WebArchive.class, "web.war"));
        return ear;
    }

    @Inject
    private Transactions tx;

    @Inject
    private SecretHasher hasher;

    @EJB
    private PaymentService payments;

    @EJB
    private AdviserDeskService desk;

    @Test
    void aReportGoesFromTheFormToTheQueueTheAdvisersDeskAndBackDone() {
        Reporter reporter = reporter("PAY-RPT-");
        People.Person who = reporter.who();
        long account = reporter.account();
        long payment = reporter.payment();
        Site site = reporter.site();

        String detail = Site.text(site.get("/espace/paiement?id=" + payment));
        assertTrue(detail.contains("Un problème avec ce paiement ?"), detail);
        assertTrue(site.get("/espace/paiement?id=" + payment).body()
                .contains("/espace/signaler-paiement?id=" + payment + "\""), "the detail links to the form");

        HttpResponse<String> sent = site.submit("/espace/signaler-paiement?id=" + payment, "report",
                Map.of("reason", "CARE_NOT_RECEIVED", "text", "Je n'étais pas chez ce médecin ce jour-là."));
        assertTrue(sent.uri().getPath().endsWith("/espace/demarches"), sent.uri().toString());
        String list = Site.text(sent);
        assertTrue(list.contains("Votre signalement est enregistré : démarche"), list);
        assertTrue(list.contains("Signalement d'un paiement") && list.contains("Reçue"), list);
        Matcher found = NUMBER.matcher(list);
        assertTrue(found.find(), list);
        String number = found.group();

        List<JsonObject> messages = BackOfficeQueue.take(number, who.nir15(), 20_000);
        assertEquals(1, messages.size(), "one message, valid against its schema");
        assertEquals("PAYMENT_REPORT", messages.get(0).getString("type"));
        JsonObject details = messages.get(0).getJsonObject("details");
        assertEquals(payment, details.getJsonObject("paiement").getJsonNumber("id").longValue());
        assertEquals(reference(payment), details.getJsonObject("paiement").getString("reference"));
        assertEquals("21.00", details.getJsonObject("paiement").getJsonNumber("montantPaye").bigDecimalValue()
                .setScale(2).toPlainString());
        assertEquals("SOINS_NON_RECUS", details.getString("motif"));
        assertEquals("Je n'étais pas chez ce médecin ce jour-là.", details.getString("texte"));

        WaitingThread waiting = Callers.asAdviser(ADVISER, () -> desk.inbox()).stream()
                .filter(t -> t.topic() != null && t.topic().startsWith(number)).findFirst().orElseThrow();
        assertEquals(Subject.PAYMENT_REPORT, waiting.subject());
        assertTrue(waiting.topic().contains("Consultation médecin généraliste"), waiting.topic());
        assertEquals(who.givenNames(), waiting.person().givenNames());
        DeskThread thread = Callers.asAdviser(ADVISER, () -> desk.thread(waiting.id()));
        String first = thread.messages().get(0).body();
        assertTrue(first.contains(reference(payment)) && first.contains("je n'ai pas reçu ces soins")
                && first.contains(number) && first.endsWith("Je n'étais pas chez ce médecin ce jour-là."), first);
        Callers.asAdviser(ADVISER, () -> {
            desk.take(waiting.id());
            desk.reply(waiting.id(), "Merci, nous vérifions ce paiement auprès du médecin.", List.of());
        });
        String mailbox = Site.text(site.get("/espace/messagerie"));
        assertTrue(mailbox.contains("Signalement d'un paiement · " + number) && mailbox.contains("Nouvelle réponse"),
                mailbox);

        HttpResponse<String> done = site.send(HttpRequest.newBuilder(URI.create(base() + "api/demarches/" + number
                        + "/statut")).header("Content-Type", "application/json")
                .header("Authorization", site.claimsSystem())
                .POST(HttpRequest.BodyPublishers.ofString("{\"statut\":\"DONE\"}", StandardCharsets.UTF_8)).build());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(Site.text(site.get("/espace/demarches")).contains("Traitée"));
        long letters = tx.call(em -> em.createQuery("SELECT COUNT(l) FROM PostalLetter l WHERE l.reference = :n",
                Long.class).setParameter("n", number).getSingleResult());
        assertEquals(1, letters, "no e-mail address: told by letter");
        assertTrue(site.get("/espace/signaler-paiement?id=" + payment).body().contains("id=\"report\""),
                "the fund answered: the payment may be reported again");
        assertEquals(1L, count("SELECT COUNT(d) FROM Demarche d WHERE d.insuredPersonId = :p", account));
    }

    @Test
    void aPaymentIsNotReportedTwiceWhileItsReportIsOpen() {
        Reporter reporter = reporter("PAY-TWICE-");
        long account = reporter.account();
        long payment = reporter.payment();
        Site site = reporter.site();
        HttpResponse<String> secondTab = site.get("/espace/signaler-paiement?id=" + payment);

        site.submit("/espace/signaler-paiement?id=" + payment, "report", Map.of("reason", "WRONG_AMOUNT", "text", ""));
        String number = Callers.asInsured(account, () -> payments.openReport(payment));
        assertTrue(number != null && NUMBER.matcher(number).matches(), String.valueOf(number));

        HttpResponse<String> again = site.get("/espace/signaler-paiement?id=" + payment);
        assertTrue(Site.text(again).contains("Vous avez déjà signalé ce paiement"), Site.text(again));
        assertTrue(again.body().contains("/espace/demarches#demarche-" + number), "links to the open démarche");
        assertFalse(again.body().contains("id=\"report\""), "no form while the report is open");

        HttpResponse<String> stale = site.submitOn(secondTab, "report", Map.of("reason", "OTHER", "text", "Encore"));
        assertTrue(Site.text(stale).contains("Ce paiement est déjà signalé"), Site.text(stale));
        assertTrue(stale.body().contains("/espace/demarches#demarche-" + number), "the stale tab links to it too");
        AlreadyReportedException refused = assertThrows(AlreadyReportedException.class, () -> Callers.asInsured(
                account, () -> payments.report(payment, Reason.OTHER, "Une troisième fois")));
        assertEquals(number, refused.getDemarcheNumber());
        assertEquals(1L, count("SELECT COUNT(d) FROM Demarche d WHERE d.insuredPersonId = :p", account));
        assertEquals(1L, threads(account));
    }

    @Test
    void badInputGetsFrenchMessagesNextToTheFieldsAndStoresNothing() {
        Reporter reporter = reporter("PAY-BAD-");
        long account = reporter.account();
        long payment = reporter.payment();
        Site site = reporter.site();
        String form = "/espace/signaler-paiement?id=" + payment;
        long queued = queuedMessages();

        HttpResponse<String> noReason = site.submit(form, "report", Map.of("text", "Rien"));
        assertTrue(fieldError(noReason, "reason").contains("Choisissez une réponse à « Pourquoi signalez-vous ce "
                + "paiement ? »"), noReason.body());
        HttpResponse<String> otherWithoutText = site.submit(form, "report", Map.of("reason", "OTHER", "text", "   "));
        assertTrue(fieldError(otherWithoutText, "text").contains("obligatoire quand vous choisissez « Autre »"),
                otherWithoutText.body());
        HttpResponse<String> tooLong = site.submit(form, "report", Map.of("reason", "OTHER", "text", "x".repeat(1001)));
        assertTrue(fieldError(tooLong, "text").contains("vous en avez écrit 1"), tooLong.body());
        HttpResponse<String> unknownReason = site.submit(form, "report", Map.of("reason", "FRAUDE", "text", "x"));
        assertEquals(200, unknownReason.statusCode());
        assertFalse(fieldError(unknownReason, "reason").isEmpty(), unknownReason.body());
        assertThrows(InvalidReportException.class, () -> Callers.asInsured(account,
                () -> payments.report(payment, null, "Sans motif")));
        assertThrows(InvalidReportException.class, () -> Callers.asInsured(account,
                () -> payments.report(payment, Reason.OTHER, " ")));

        assertEquals(0L, count("SELECT COUNT(d) FROM Demarche d WHERE d.insuredPersonId = :p", account));
        assertEquals(0L, count("SELECT COUNT(r) FROM PaymentReport r WHERE r.insuredPersonId = :p", account));
        assertEquals(0L, threads(account));
        assertEquals(queued, queuedMessages(), "no message queued");
    }

    @Test
    void anotherPersonsPaymentAnswers404LikeAnUnknownOne() {
        long theirs = reporter("PAY-OWNER-").payment();
        People.Person other = People.fresh(false);
        long otherAccount = accountWithCode(other);
        Site site = loggedIn(other);

        HttpResponse<String> foreign = site.get("/espace/signaler-paiement?id=" + theirs);
        HttpResponse<String> unknown = site.get("/espace/signaler-paiement?id=999999999");
        assertEquals(404, foreign.statusCode());
        assertEquals(404, unknown.statusCode());
        assertEquals(Site.text(unknown), Site.text(foreign), "the same page for both");
        assertEquals(404, site.get("/espace/signaler-paiement?id=abc").statusCode());
        assertThrows(NotFoundException.class, () -> Callers.asInsured(otherAccount,
                () -> payments.report(theirs, Reason.WRONG_AMOUNT, null)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(otherAccount,
                () -> payments.openReport(theirs)));
        assertNull(tx.call(em -> em.createQuery("SELECT r FROM PaymentReport r WHERE r.paymentId = :id",
                Object.class).setParameter("id", theirs).getResultStream().findFirst().orElse(null)));
        assertEquals(0L, count("SELECT COUNT(d) FROM Demarche d WHERE d.insuredPersonId = :p", otherAccount));
    }

    /** A person without e-mail address, logged in over HTTP, with one paid reimbursement. */
    private record Reporter(People.Person who, long account, long payment, Site site) {
    }

    private Reporter reporter(String referencePrefix) {
        People.Person who = People.fresh(false);
        long account = accountWithCode(who);
        long payment = payment(who, referencePrefix + System.nanoTime());
        return new Reporter(who, account, payment, loggedIn(who));
    }

    /** The server's own address (the tests run inside it): the base URL the build gives it. */
    private static String base() {
        return System.getenv("CA_BASE_URL") + "/";
    }

    private Site loggedIn(People.Person who) {
        Site site = new Site(base());
        HttpResponse<String> home = site.submit("/", "login", Map.of("nir", who.nir13(), "code", CODE));
        assertTrue(home.uri().getPath().endsWith("/espace/accueil"), home.uri().toString());
        return site;
    }

    private long accountWithCode(People.Person who) {
        long account = TestAccounts.create(tx, who);
        String hash = hasher.hash(CODE.toCharArray());
        tx.run(em -> em.find(Account.class, account).setDefinitiveCode(hash, Instant.now()));
        return account;
    }

    /** A paid reimbursement of 21,00 € as the claims system sent it; its id. */
    private long payment(People.Person who, String reference) {
        return tx.call(em -> {
            Map<String, String> fields = Map.of("nir", who.nir13(), "reference", reference, "careDate",
                    LocalDate.now(ClockProducer.ZONE).minusDays(10).toString(), "amount", "21.00", "status", "PAID");
            Payment paid = TestPayments.persist(em, fields::get);
            em.flush();
            return paid.getId();
        });
    }

    private String reference(long payment) {
        return tx.call(em -> em.find(Payment.class, payment).getReference());
    }

    private long count(String jpql, long account) {
        return tx.call(em -> em.createQuery(jpql, Long.class)
                .setParameter("p", em.find(Account.class, account).getInsuredPerson().getId()).getSingleResult());
    }

    private long queuedMessages() {
        return tx.call(em -> em.createQuery("SELECT COUNT(m) FROM OutboundMessage m", Long.class).getSingleResult());
    }

    private long threads(long account) {
        return count("SELECT COUNT(t) FROM MessageThread t WHERE t.insuredPerson.id = :p", account);
    }

    /** The text of the error under a field of the report form. */
    private static String fieldError(HttpResponse<String> page, String field) {
        Matcher error = Pattern.compile("<span class=\"field-error\" id=\"" + field + "-error\">(.*?)</span>",
                Pattern.DOTALL).matcher(page.body());
        return error.find() ? error.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").strip() : "";
    }
}
