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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.VitaleLoss;
import org.compteassure.persistence.card.CardStatus;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.notification.OutboundMessage;
import org.compteassure.persistence.notification.OutboxDelivery;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.ContactDetails;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.account.RegisterEntry;
import org.compteassure.service.account.RegisterService;
import org.compteassure.service.card.CardService;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.demarche.DemarcheView;
import org.compteassure.service.demarche.StatusGoesBackException;
import org.compteassure.service.notification.BackOfficeDispatcher;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.compteassure.service.platform.Broker;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A démarche from the person's request to the back office's queue (read back from the embedded Artemis broker), then
 * back through the status API's service to the person's e-mail and the register: an IBAN change end to end, the
 * broker unreachable, a rolled-back request, another person's démarche, a status going back.
 */
@ExtendWith(ArquillianExtension.class)
class DemarcheIT {

    private static final String CODE = "un code de test assez long";
    private static final String JMS_URL = "compteassure.jms.url";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDemarches.deployment(DemarcheIT.class, BackOfficeQueue.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private SecretHasher hasher;

    @Inject
    private TestClock testClock;

    @EJB
    private ProfileService profiles;

    @EJB
    private DemarcheService demarches;

    @EJB
    private RegisterService register;

    @EJB
    private BackOfficeDispatcher dispatcher;

    @EJB
    private CardService cards;

    @Inject
    private Broker broker;

    @Test
    void anIbanChangeGoesToTheBackOfficeStaysPendingAndIsAppliedWhenTheFundConfirms() {
        People.Person who = People.fresh(true);
        long account = accountWithCode(who);
        String newIban = People.fresh(false).iban();

        String number = changeIban(account, newIban);

        assertTrue(number.matches("D-" + LocalDate.now(ClockProducer.ZONE).getYear() + "-\\d{6}"), number);
        List<JsonObject> messages = BackOfficeQueue.take(number, who.nir15(), 20_000);
        assertEquals(1, messages.size(), "one message per démarche");
        JsonObject message = messages.get(0);
        assertEquals(number, message.getString("numero"));
        assertEquals("IBAN_CHANGE", message.getString("type"));
        assertEquals(who.nir15(), message.getJsonObject("assure").getString("nir"));
        assertEquals(newIban, message.getJsonObject("details").getString("iban"));
        assertEquals(OutboxDelivery.Status.SENT, outboxRow(number).getDelivery().getStatus());
        assertNull(outboxRow(number).getPayload(), "the NIR and IBAN do not stay at rest once sent");

        DemarcheView received = Callers.asInsured(account, () -> demarches.mine(number));
        assertEquals(DemarcheStatus.RECEIVED, received.status());
        assertTrue(received.estimatedOn().isAfter(LocalDate.now(ClockProducer.ZONE)));
        assertEquals(who.iban(), person(who).getIban().value(), "payments keep the fund's IBAN");
        assertEquals(newIban, person(who).getPendingIban().value());

        assertTrue(Callers.asClaimsSystem(() -> demarches.advance(number, DemarcheStatus.IN_PROGRESS, null, null)));
        ReceivedMail told = Mailbox.awaitMail(who.email(), 2);
        assertEquals("Votre démarche " + number + " a avancé", told.subject());
        assertFalse(told.text().contains(newIban.substring(4)), "the mail says nothing of the démarche");
        assertFalse(Callers.asClaimsSystem(() -> demarches.advance(number, DemarcheStatus.IN_PROGRESS, null, null)),
                "the same status again changes nothing");

        Callers.asClaimsSystem(() -> demarches.advance(number, DemarcheStatus.DONE, LocalDate.now(ClockProducer.ZONE), null));
        assertEquals(newIban, person(who).getIban().value(), "the register's IBAN is now the new one");
        assertNull(person(who).getPendingIban());
        DemarcheView done = Callers.asInsured(account, () -> demarches.mine(number));
        assertEquals(List.of(DemarcheStatus.RECEIVED, DemarcheStatus.IN_PROGRESS, DemarcheStatus.DONE),
                done.history().stream().map(DemarcheView.Step::status).toList());
        Mailbox.awaitMail(who.email(), 3);

        assertThrows(StatusGoesBackException.class, () -> Callers.asClaimsSystem(
                () -> demarches.advance(number, DemarcheStatus.IN_PROGRESS, null, null)));
        assertThrows(StatusGoesBackException.class, () -> Callers.asClaimsSystem(
                () -> demarches.advance(number, DemarcheStatus.REFUSED, null, "trop tard")));
    }

    @Test
    void theRegisterUpsertLeavesAPendingIbanAlone() {
        People.Person who = People.fresh(true);
        long account = accountWithCode(who);
        String newIban = People.fresh(false).iban();
        changeIban(account, newIban);

        InsuredPerson before = person(who);
        Callers.asClaimsSystem(() -> register.upsert(before.getNir(), new RegisterEntry(before.getFamilyName(),
                before.getGivenNames(), before.getBirthDate(), before.getSex(), before.getAddress(),
                Iban.parse(who.iban()), null, who.email(), List.of())));

        assertEquals(newIban, person(who).getPendingIban().value(), "still pending");
        assertEquals(who.iban(), person(who).getIban().value());
    }

    @Test
    void aMessageMadeWhileTheBrokerIsUnreachableIsSentOnceWhenItIsBack() {
        People.Person who = People.fresh(true);
        long account = accountWithCode(who);
        String previous = System.getProperty(JMS_URL, "");
        System.setProperty(JMS_URL, "tcp://127.0.0.1:1");
        String number;
        try {
            number = changeIban(account, People.fresh(false).iban());
            awaitAttempt(number);
        } finally {
            System.setProperty(JMS_URL, previous);
        }
        OutboundMessage waiting = outboxRow(number);
        assertEquals(OutboxDelivery.Status.PENDING, waiting.getDelivery().getStatus(), "kept, to be tried again");
        assertTrue(waiting.getDelivery().getLastError() != null);
        assertEquals(List.of(), BackOfficeQueue.take(number, who.nir15(), 500), "nothing reached the queue");

        testClock.advance(Duration.ofSeconds(61));
        try {
            Callers.asSystem(dispatcher::dispatchDue);
        } finally {
            testClock.reset();
        }
        assertEquals(OutboxDelivery.Status.SENT, outboxRow(number).getDelivery().getStatus());
        assertEquals(1, BackOfficeQueue.take(number, who.nir15(), 10_000).size(), "sent once");
    }

    @Test
    void aRolledBackRequestLeavesNoDemarcheAndNoMessage() {
        People.Person who = People.fresh(true);
        long account = accountWithCode(who);
        long before = count("SELECT COUNT(m) FROM OutboundMessage m");
        assertThrows(RuntimeException.class, () -> tx.run(em -> {
            Callers.asInsured(account, () -> demarches.open(DemarcheType.IBAN_CHANGE,
                    em.find(Account.class, account).getInsuredPerson(), "IBAN", jakarta.json.Json.createObjectBuilder()
                            .build()));
            throw new IllegalStateException("the business change failed");
        }));
        assertEquals(before, count("SELECT COUNT(m) FROM OutboundMessage m"));
        assertEquals(List.of(), Callers.asInsured(account, () -> demarches.mine()));
    }

    @Test
    void anotherPersonsDemarcheIsNotFound() {
        long owner = accountWithCode(People.fresh(true));
        long other = TestAccounts.create(tx, People.fresh(true));
        String number = changeIban(owner, People.fresh(false).iban());

        assertThrows(NotFoundException.class, () -> Callers.asInsured(other, () -> demarches.mine(number)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(owner, () -> demarches.mine("D-2026-999999")));
        assertThrows(NotFoundException.class, () -> Callers.asClaimsSystem(
                () -> demarches.advance("D-2026-999999", DemarcheStatus.DONE, null, null)));
        assertEquals(List.of(), Callers.asInsured(other, () -> demarches.mine()));
    }

    @Test
    void theIbanNoticeAlsoGoesToTheAddressesOnFileBeforeARecentChange() {
        People.Person who = People.fresh(true);
        long account = accountWithCode(who);
        String newEmail = Mailbox.freshAddress("nouvelle");
        tx.run(em -> {
            Account a = em.find(Account.class, account);
            InsuredPerson p = a.getInsuredPerson();
            em.persist(new org.compteassure.persistence.account.ProfileChange(p.getId(),
                    org.compteassure.persistence.account.ProfileChange.Field.EMAIL, who.email(), newEmail,
                    Instant.now().minus(Duration.ofDays(3)),
                    org.compteassure.persistence.account.ProfileChange.Channel.ONLINE));
            em.persist(new org.compteassure.persistence.account.ProfileChange(p.getId(),
                    org.compteassure.persistence.account.ProfileChange.Field.ADDRESS,
                    "12 RUE ANCIENNE, 69001 LYON, FRANCE", "4 RUE DES TESTS, 75014 PARIS, FRANCE",
                    Instant.now().minus(Duration.ofDays(2)),
                    org.compteassure.persistence.account.ProfileChange.Channel.ONLINE));
            a.setEmail(newEmail);
            p.setAddress(new PostalAddress("4 RUE DES TESTS", null, "75014", "PARIS", "FRANCE"));
        });

        changeIban(account, People.fresh(false).iban());

        assertTrue(Mailbox.awaitMail(newEmail, 1).subject().contains("coordonnées bancaires"));
        assertTrue(Mailbox.awaitMail(who.email(), 1).subject().contains("coordonnées bancaires"),
                "the address on file before the change of 3 days ago is told too");
        List<List<String>> letters = tx.call(em -> em.createQuery("SELECT l FROM PostalLetter l WHERE "
                        + "l.insuredPersonId = :p", PostalLetter.class)
                .setParameter("p", em.find(Account.class, account).getInsuredPerson().getId())
                .getResultStream().map(PostalLetter::getAddressLines).toList());
        assertTrue(letters.contains(List.of("4 RUE DES TESTS", "75014 PARIS", "FRANCE")), letters.toString());
        assertTrue(letters.contains(List.of("12 RUE ANCIENNE", "69001 LYON", "FRANCE")), letters.toString());
    }

    @Test
    void aNewPostalAddressWaitsForTheFundAndTheUpsertLeavesItAlone() {
        People.Person who = People.fresh(true);
        long account = accountWithCode(who);
        long version = person(account).getVersion();
        Callers.asInsured(account, () -> profiles.changeContact(version, new ContactDetails("9 QUAI DU PORT", null,
                "13002", "Marseille", "FRANCE", null)));
        String number = Callers.asInsured(account, () -> demarches.mine()).get(0).number();
        JsonObject message = BackOfficeQueue.take(number, who.nir15(), 20_000).get(0);
        assertEquals("ADDRESS_CHANGE", message.getString("type"));
        assertEquals("13002 MARSEILLE", message.getJsonObject("details").getJsonArray("adresse").getString(1));
        assertEquals("4 RUE DES TESTS", person(who).getAddress().getLine1(), "letters keep the fund's address");

        InsuredPerson before = person(who);
        Callers.asClaimsSystem(() -> register.upsert(before.getNir(), new RegisterEntry(before.getFamilyName(),
                before.getGivenNames(), before.getBirthDate(), before.getSex(), before.getAddress(),
                before.getIban(), null, who.email(), List.of())));
        assertEquals("9 QUAI DU PORT", person(who).getPendingAddress().getLine1(), "still pending");

        Callers.asClaimsSystem(() -> demarches.advance(number, DemarcheStatus.DONE, null, null));
        assertEquals("9 QUAI DU PORT", person(who).getAddress().getLine1());
        assertNull(person(who).getPendingAddress());
    }

    @Test
    void aLostVitaleCardIsADemarcheOnTheQueue() {
        People.Person who = People.fresh(true);
        long account = accountWithCode(who);
        String reference = Callers.asInsured(account, () -> profiles.declareVitaleLoss(VitaleLoss.Kind.THEFT,
                LocalDate.now(ClockProducer.ZONE).minusDays(1), "Volée dans le métro"));
        DemarcheView made = Callers.asInsured(account, () -> demarches.mine()).get(0);
        assertEquals(DemarcheType.VITALE_LOSS, made.type());
        assertEquals("demarches.status.RECEIVED", made.statusKey());
        JsonObject details = BackOfficeQueue.take(made.number(), who.nir15(), 20_000).get(0).getJsonObject("details");
        assertEquals("VOL", details.getString("nature"));
        assertEquals(reference, details.getString("reference"));
        Callers.asClaimsSystem(() -> demarches.advance(made.number(), DemarcheStatus.IN_PROGRESS, null, null));
        assertEquals("demarches.status.VITALE_LOSS.IN_PROGRESS",
                Callers.asInsured(account, () -> demarches.mine(made.number())).statusKey(), "« Carte en opposition »");
    }

    @Test
    void aEuropeanCardOrderIsADemarcheThatTheCardMakerMovesWithItsStatusApi() {
        People.Person who = People.fresh(true);
        long account = accountWithCode(who);
        Callers.asInsured(account, () -> cards.order(java.util.Collections.singletonList(null),
                LocalDate.now(ClockProducer.ZONE).plusDays(40)));
        DemarcheView made = Callers.asInsured(account, () -> demarches.mine()).get(0);
        assertEquals(DemarcheType.EUROPEAN_CARD, made.type());
        JsonObject message = BackOfficeQueue.take(made.number(), who.nir15(), 20_000).get(0);
        long order = message.getJsonObject("details").getJsonNumber("commande").longValue();

        Callers.asClaimsSystem(() -> cards.advance(order, CardStatus.IN_PRODUCTION));
        assertEquals(DemarcheStatus.IN_PROGRESS, Callers.asInsured(account, () -> demarches.mine(made.number())).status());
        Callers.asClaimsSystem(() -> cards.advance(order, CardStatus.SENT));
        assertEquals(DemarcheStatus.DONE, Callers.asInsured(account, () -> demarches.mine(made.number())).status());
        ReceivedMail sent = Mailbox.awaitMail(who.email(), 1);
        assertEquals("Votre carte européenne d'assurance maladie est partie", sent.subject(), "the card's own mail");
        assertTrue(sent.text().contains(who.givenNames()), "says whose card it is: " + sent.text());
    }

    @Test
    void theBrokerDropsAResendOfTheSameMessage() {
        String nir = People.fresh(false).nir15();
        String key = String.format("D-2026-%09d", System.nanoTime() % 1_000_000_000L);
        String json = jakarta.json.Json.createObjectBuilder().add("version", 1).add("numero", key)
                .add("type", "IBAN_CHANGE").add("creeLe", Instant.now().toString())
                .add("dateEstimee", LocalDate.now(ClockProducer.ZONE).toString())
                .add("assure", jakarta.json.Json.createObjectBuilder().add("nir", nir).add("nom", "TESTEUR")
                        .add("prenoms", "Camille"))
                .add("details", jakarta.json.Json.createObjectBuilder().add("iban", People.fresh(false).iban())
                        .add("titulaire", "Camille Testeur"))
                .build().toString();
        broker.send(DemarcheService.QUEUE, key, key + "@1", json);
        broker.send(DemarcheService.QUEUE, key, key + "@1", json);
        assertEquals(1, BackOfficeQueue.take(key, nir, 10_000).size(), "a node that died after sending sends again");
    }

    private String changeIban(long account, String iban) {
        long version = person(account).getVersion();
        return Callers.asInsured(account, () -> profiles.changeBankDetails(version, CODE.toCharArray(), null, iban,
                "Camille Testeur"));
    }

    private long accountWithCode(People.Person who) {
        long account = TestAccounts.create(tx, who);
        String hash = hasher.hash(CODE.toCharArray());
        tx.run(em -> {
            Account a = em.find(Account.class, account);
            a.setDefinitiveCode(hash, Instant.now());
            a.getInsuredPerson().setIban(Iban.parse(who.iban()));
        });
        return account;
    }

    private InsuredPerson person(People.Person who) {
        return tx.call(em -> em.createNamedQuery("InsuredPerson.findByNir", InsuredPerson.class)
                .setParameter("nir", Nir.parse(who.nir13(), false)).getSingleResult());
    }

    private InsuredPerson person(long account) {
        return tx.call(em -> em.find(Account.class, account).getInsuredPerson());
    }

    private OutboundMessage outboxRow(String number) {
        return tx.call(em -> em.createNamedQuery("OutboundMessage.findByKey", OutboundMessage.class)
                .setParameter("key", number).getSingleResult());
    }

    private long count(String jpql) {
        return tx.call(em -> ((Number) em.createQuery(jpql).getSingleResult()).longValue());
    }

    private void awaitAttempt(String number) {
        for (int i = 0; i < 200; i++) {
            if (outboxRow(number).getDelivery().getAttempts() > 0) {
                return;
            }
            TestDemarches.pause();
        }
        throw new AssertionError("message of " + number + " was never attempted");
    }
}
