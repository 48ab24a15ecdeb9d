package org.compteassure.it.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.TestPayments;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.mandate.Mandate;
import org.compteassure.persistence.mandate.MandateScope;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.persistence.security.AccountActivity;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.account.ContactDetails;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.FactorProof;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.document.DocumentService;
import org.compteassure.service.mandate.ActingFor;
import org.compteassure.service.mandate.HelperNotFoundException;
import org.compteassure.service.mandate.InvalidMandateException;
import org.compteassure.service.mandate.InvalidMandateException.Field;
import org.compteassure.service.mandate.MandateExpiry;
import org.compteassure.service.mandate.MandateLimitException;
import org.compteassure.service.mandate.MandateLine;
import org.compteassure.service.mandate.MandateRequest;
import org.compteassure.service.mandate.MandateService;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.payment.PaymentService;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.security.ActingRefusedException;
import org.compteassure.service.security.ActivityService;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.CodeChangeService;
import org.compteassure.service.security.FactorService;
import org.compteassure.service.security.RecoveryCodes;
import org.compteassure.service.security.Roles;
import org.compteassure.service.security.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * « Un proche m'aide », in the container with the movable clock: a mandate signed with the code (and the strong
 * factor), bad input refused with nothing stored and the same answer for any number before the signature; the helper
 * acting for the person reads and writes only in the mandate's parts, never the code, factors, bank details, e-mail
 * or a mandate onward; forged and other people's mandate ids; the end by either side and at the last day; the
 * activity lines « … pour … »; the notices to both by mail or letter.
 */
@ExtendWith(ArquillianExtension.class)
class MandateIT {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final Set<MandateScope> PAYMENTS_AND_MESSAGING = EnumSet.of(MandateScope.PAYMENTS,
            MandateScope.MESSAGING);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(MandateIT.class, People.class, Mailbox.class, TestAccounts.class);
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
    private MandateExpiry expiry;

    @EJB
    private PaymentService payments;

    @EJB
    private DocumentService documents;

    @EJB
    private MessagingService messaging;

    @EJB
    private DemarcheService demarches;

    @EJB
    private ProfileService profiles;

    @EJB
    private CodeChangeService codeChanges;

    @EJB
    private CodeService codes;

    @EJB
    private FactorService factors;

    @EJB
    private SessionService sessions;

    @EJB
    private AccountService accounts;

    @EJB
    private ActivityService activity;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Someone(People.Person person, long account) {
    }

    private Someone someone(boolean withEmail) {
        People.Person person = People.fresh(withEmail);
        long account = TestAccounts.create(tx, person);
        String hash = hasher.hash(CODE.toCharArray());
        tx.run(em -> em.find(Account.class, account).setDefinitiveCode(hash, Instant.now()));
        return new Someone(person, account);
    }

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.ZONE);
    }

    private long give(Someone mandator, Someone helper, Set<MandateScope> scopes, LocalDate lastDay) {
        return Callers.asInsured(mandator.account(), () -> mandates.give(
                new MandateRequest(helper.person().nir15(), "Testeur", scopes, lastDay), CODE.toCharArray(), null));
    }

    /** Work done as the helper acting with that mandate (the principal the authentication mechanism gives). */
    private <T> T acting(Someone helper, long mandateId, Callers.Work<T> work) {
        return Callers.as(Caller.actingName(helper.account(), mandateId), Set.of(Roles.INSURED), work);
    }

    private void actingDo(Someone helper, long mandateId, Callers.Action action) {
        acting(helper, mandateId, () -> {
            action.run();
            return null;
        });
    }

    private long mails(Someone who) {
        return tx.call(em -> em.createQuery("SELECT COUNT(m) FROM OutboundMail m WHERE m.recipient = :r", Long.class)
                .setParameter("r", who.person().email()).getSingleResult());
    }

    private List<PostalLetter> letters(Someone who, PostalLetter.Notice notice) {
        long personId = tx.call(em -> em.find(Account.class, who.account()).getInsuredPerson().getId());
        return tx.call(em -> em.createQuery("SELECT l FROM PostalLetter l WHERE l.insuredPersonId = :p", PostalLetter.class)
                .setParameter("p", personId).getResultList()).stream().filter(l -> l.getNotice() == notice).toList();
    }

    private List<AccountActivity> lines(Someone who, AccountActivity.Kind kind) {
        return tx.call(em -> em.createQuery("SELECT a FROM AccountActivity a WHERE a.accountId = :a AND a.kind = :k "
                + "ORDER BY a.id", AccountActivity.class).setParameter("a", who.account()).setParameter("k", kind)
                .getResultList());
    }

    private long mandatesOf(Someone mandator) {
        return tx.call(em -> em.createQuery("SELECT COUNT(m) FROM Mandate m WHERE m.mandatorAccountId = :a", Long.class)
                .setParameter("a", mandator.account()).getSingleResult());
    }

    private static String name(Someone who) {
        return who.person().givenNames() + " TESTEUR";
    }

    @Test
    void badInputIsRefusedWithNothingStoredAndTheSameAnswerForAnyNumberBeforeTheSignature() {
        Someone marie = someone(true);
        Someone paul = someone(true);
        Map<Field, MandateRequest> wrong = Map.of(
                Field.NIR, new MandateRequest("<script>alert(1)</script>", "Testeur", PAYMENTS_AND_MESSAGING, today().plusDays(30)),
                Field.NAME, new MandateRequest(paul.person().nir15(), "Testeur 😀", PAYMENTS_AND_MESSAGING, today().plusDays(30)),
                Field.SCOPES, new MandateRequest(paul.person().nir15(), "Testeur", Set.of(), today().plusDays(30)),
                Field.LAST_DAY, new MandateRequest(paul.person().nir15(), "Testeur", PAYMENTS_AND_MESSAGING, null),
                Field.LAST_DAY_PAST, new MandateRequest(paul.person().nir15(), "Testeur", PAYMENTS_AND_MESSAGING, today().minusDays(1)),
                Field.LAST_DAY_TOO_FAR, new MandateRequest(paul.person().nir15(), "Testeur", PAYMENTS_AND_MESSAGING,
                        today().plusYears(1).plusDays(1)));
        wrong.forEach((field, request) -> {
            InvalidMandateException e = assertThrows(InvalidMandateException.class, () -> Callers.asInsured(
                    marie.account(), () -> mandates.give(request, CODE.toCharArray(), null)), field.name());
            assertEquals(Set.of(field), e.fields(), field.name());
        });
        InvalidMandateException longName = assertThrows(InvalidMandateException.class, () -> Callers.asInsured(
                marie.account(), () -> mandates.give(new MandateRequest(paul.person().nir15(), "A".repeat(10_000),
                        PAYMENTS_AND_MESSAGING, today().plusDays(30)), CODE.toCharArray(), null)));
        assertEquals(Set.of(Field.NAME), longName.fields());
        assertThrows(InvalidMandateException.class, () -> Callers.asInsured(marie.account(), () -> mandates.give(
                new MandateRequest(paul.person().nir15(), "<b>Testeur</b>", PAYMENTS_AND_MESSAGING, today().plusDays(3)),
                CODE.toCharArray(), null)));

        People.Person nobody = People.fresh(false);
        StepUpRefusedException unknown = assertThrows(StepUpRefusedException.class, () -> Callers.asInsured(
                marie.account(), () -> mandates.give(new MandateRequest(nobody.nir15(), "Testeur", PAYMENTS_AND_MESSAGING,
                        today().plusDays(30)), "Pas-le-bon-code-1".toCharArray(), null)));
        StepUpRefusedException known = assertThrows(StepUpRefusedException.class, () -> Callers.asInsured(
                marie.account(), () -> mandates.give(new MandateRequest(paul.person().nir15(), "Testeur",
                        PAYMENTS_AND_MESSAGING, today().plusDays(30)), "Pas-le-bon-code-1".toCharArray(), null)));
        assertEquals(CodeService.Reauthentication.WRONG_CODE, unknown.reason());
        assertEquals(unknown.reason(), known.reason(), "the same answer whether the number has an account or not");
        assertThrows(HelperNotFoundException.class, () -> Callers.asInsured(marie.account(), () -> mandates.give(
                new MandateRequest(nobody.nir15(), "Testeur", PAYMENTS_AND_MESSAGING, today().plusDays(30)),
                CODE.toCharArray(), null)), "said once signed");
        assertThrows(HelperNotFoundException.class, () -> Callers.asInsured(marie.account(), () -> mandates.give(
                new MandateRequest(paul.person().nir15(), "Dupont", PAYMENTS_AND_MESSAGING, today().plusDays(30)),
                CODE.toCharArray(), null)), "the number with another name");
        assertThrows(HelperNotFoundException.class, () -> Callers.asInsured(marie.account(), () -> mandates.give(
                new MandateRequest(marie.person().nir15(), "Testeur", PAYMENTS_AND_MESSAGING, today().plusDays(30)),
                CODE.toCharArray(), null)), "not to oneself");
        assertEquals(0, mandatesOf(marie), "nothing stored");
        assertEquals(0, mails(paul));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(paul.account(), () -> mandates.actFor(987_654_321L)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(paul.account(), () -> mandates.end(-1L)));

        long mandate = give(marie, paul, PAYMENTS_AND_MESSAGING, today().plusYears(1));
        assertThrows(MandateLimitException.class, () -> give(marie, paul, PAYMENTS_AND_MESSAGING, today().plusDays(5)),
                "one mandate in force to the same helper");
        assertEquals(1, mandatesOf(marie));
        Someone eve = someone(true);
        assertThrows(NotFoundException.class, () -> Callers.asInsured(eve.account(), () -> mandates.end(mandate)),
                "another person's mandate");
        assertThrows(NotFoundException.class, () -> Callers.asInsured(eve.account(), () -> mandates.actFor(mandate)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(marie.account(), () -> mandates.actFor(mandate)),
                "the mandator cannot act with their own mandate");
        assertThrows(ActingRefusedException.class, () -> acting(eve, mandate, () -> payments.latest()),
                "a forged principal naming someone else's mandate");
        assertTrue(Callers.asInsured(marie.account(), () -> mandates.given()).get(0).inForce());
    }

    @Test
    void theHelperActsOnlyWithinTheMandateAndEveryActIsWrittenForThePerson() {
        Someone marie = someone(true);
        Someone paul = someone(true);
        tx.run(em -> TestPayments.persist(em, Map.of("nir", marie.person().nir13(), "reference",
                "MAND-" + marie.person().nir13(), "careDate", today().minusDays(10).toString(), "amount", "21.00",
                "status", "PAID")::get));
        tx.run(em -> TestPayments.persist(em, Map.of("nir", paul.person().nir13(), "reference",
                "MAND-" + paul.person().nir13(), "careDate", today().minusDays(12).toString(), "amount", "9.99",
                "status", "PAID")::get));
        long mandate = give(marie, paul, PAYMENTS_AND_MESSAGING, today().plusDays(30));
        assertEquals(1, mails(marie), "the mandator is told");
        assertEquals(1, mails(paul), "the helper is told");
        assertEquals(1, lines(marie, AccountActivity.Kind.MANDATE_GIVEN).size());
        assertEquals(name(paul) + " pour " + name(marie), lines(marie, AccountActivity.Kind.MANDATE_GIVEN).get(0).getOnBehalf());
        assertEquals(1, lines(paul, AccountActivity.Kind.MANDATE_RECEIVED).size());

        ActingFor acting = Callers.asInsured(paul.account(), () -> mandates.actFor(mandate));
        assertEquals(name(marie), acting.name());
        assertEquals(PAYMENTS_AND_MESSAGING, acting.scopes());
        assertEquals(List.of(mandate), Callers.asInsured(paul.account(), () -> mandates.received()).stream()
                .map(MandateLine::id).toList());

        var rows = acting(paul, mandate, () -> payments.latest());
        assertEquals(1, rows.size());
        assertEquals(0, rows.get(0).amountPaid().compareTo(new java.math.BigDecimal("21.00")), "Marie's payment, not Paul's");
        acting(paul, mandate, () -> payments.latest());
        long thread = acting(paul, mandate, () -> messaging.write(Subject.OTHER, "Bonjour, j'écris pour ma mère.", List.of()));
        acting(paul, mandate, () -> messaging.write(Subject.OTHER, "Un second message.", List.of()));
        assertEquals(2, (long) acting(paul, mandate, () -> messaging.threads().size()));
        assertEquals(2, (long) Callers.asInsured(marie.account(), () -> messaging.threads().size()), "in Marie's messaging");
        assertEquals(0, (long) Callers.asInsured(paul.account(), () -> messaging.threads().size()), "not in Paul's own");
        assertEquals(thread, acting(paul, mandate, () -> messaging.read(thread)).id());

        List<AccountActivity> acts = lines(marie, AccountActivity.Kind.HELPER_ACTION);
        assertEquals(1, acts.stream().filter(a -> a.getDetail().equals("PAYMENTS_READ")).count(),
                "a consultation written once in a quarter of an hour");
        assertEquals(2, acts.stream().filter(a -> a.getDetail().equals("MESSAGE_WRITTEN")).count(), "every message");
        assertTrue(acts.stream().allMatch(a -> a.getOnBehalf().equals(name(paul) + " pour " + name(marie))));
        assertTrue(Callers.asInsured(marie.account(), () -> activity.activity()).stream()
                .anyMatch(l -> l.kind() == AccountActivity.Kind.HELPER_ACTION && l.onBehalf() != null),
                "shown in the person's activity page");
        clock.advance(Duration.ofMinutes(20));
        acting(paul, mandate, () -> payments.latest());
        assertEquals(2, lines(marie, AccountActivity.Kind.HELPER_ACTION).stream()
                .filter(a -> a.getDetail().equals("PAYMENTS_READ")).count(), "written again after a quarter of an hour");

        int before = lines(marie, AccountActivity.Kind.HELPER_ACTION).size();
        List<Callers.Action> outsideTheMandate = List.of(
                () -> documents.rightsOnFile(),
                () -> documents.monthlyStatement(java.time.YearMonth.now(ClockProducer.ZONE)),
                () -> demarches.mine(),
                () -> messaging.accessLog());
        for (Callers.Action action : outsideTheMandate) {
            assertThrows(ActingRefusedException.class, () -> actingDo(paul, mandate, action));
        }
        List<Callers.Action> never = List.of(
                () -> profiles.changeBankDetails(0, CODE.toCharArray(), null, "FR7630006000011234567890189", "PAUL"),
                () -> profiles.requestEmailChange(CODE.toCharArray(), null, "autre@example.org"),
                () -> profiles.profile(),
                () -> profiles.changeContact(0, new ContactDetails(null, null, null, null, null, null)),
                () -> codeChanges.change(CODE.toCharArray(), "Un-autre-code-tres-long".toCharArray(), false, null, null),
                () -> codes.reauthenticate(CODE.toCharArray(), null),
                () -> factors.startTotp(),
                () -> factors.summary(),
                () -> sessions.openSessions(null),
                () -> accounts.name(),
                () -> accounts.close(CODE.toCharArray()),
                () -> activity.activity(),
                () -> mandates.given(),
                () -> mandates.give(new MandateRequest(marie.person().nir15(), "Testeur", PAYMENTS_AND_MESSAGING,
                        today().plusDays(3)), CODE.toCharArray(), null));
        for (int i = 0; i < never.size(); i++) {
            Callers.Action action = never.get(i);
            assertThrows(ActingRefusedException.class, () -> actingDo(paul, mandate, action), "forbidden change " + i);
        }
        assertEquals(before, lines(marie, AccountActivity.Kind.HELPER_ACTION).size(), "nothing written for a refusal");
        assertEquals(1, mandatesOf(marie), "no mandate given onward");
        assertEquals(0L, (long) tx.call(em -> em.createQuery("SELECT COUNT(m) FROM Mandate m WHERE m.mandatorAccountId = :a",
                Long.class).setParameter("a", paul.account()).getSingleResult()));

        Callers.asInsured(paul.account(), () -> mandates.end(mandate));
        assertEquals(2, mails(marie), "told of the end");
        assertEquals(2, mails(paul));
        assertTrue(acting(paul, mandate, () -> mandates.acting()).isEmpty(), "no longer acting");
        assertThrows(ActingRefusedException.class, () -> acting(paul, mandate, () -> payments.latest()));
        Callers.asInsured(marie.account(), () -> mandates.end(mandate));
        assertEquals(2, mails(marie), "ending it again changes nothing");
        AccountActivity end = lines(marie, AccountActivity.Kind.MANDATE_ENDED).get(0);
        assertEquals("MANDATE_HELPER", end.getDetail());
        MandateLine line = Callers.asInsured(marie.account(), () -> mandates.given()).get(0);
        assertFalse(line.inForce());
        assertEquals(Mandate.EndReason.HELPER, line.endReason());
    }

    @Test
    void theMandatorEndsItAndAMandateEndsByItselfAfterItsLastDay() {
        Someone marie = someone(true);
        Someone paul = someone(true);
        Someone jeanne = someone(false);
        long toPaul = give(marie, paul, EnumSet.of(MandateScope.DEMARCHES), today().plusDays(1));
        long toJeanne = give(marie, jeanne, EnumSet.of(MandateScope.DOCUMENTS), today());
        assertEquals(1, letters(jeanne, PostalLetter.Notice.MANDATE_STARTED).size(), "no address: told by letter");
        assertEquals(List.of(), acting(paul, toPaul, () -> demarches.mine()));
        acting(jeanne, toJeanne, () -> documents.rightsOnFile());

        clock.advance(Duration.ofDays(3));
        assertThrows(ActingRefusedException.class, () -> acting(paul, toPaul, () -> demarches.mine()),
                "refused from its end, before the job recorded it");
        assertTrue(acting(paul, toPaul, () -> mandates.acting()).isEmpty());
        long paulMails = mails(paul);
        long marieMails = mails(marie);
        // (the scheduled run may have ended some of them first: the effects are what counts)
        Callers.asSystem(() -> expiry.runDue());
        assertEquals(2, (long) tx.call(em -> em.createQuery("SELECT COUNT(m) FROM Mandate m WHERE m.mandatorAccountId = :a "
                + "AND m.endReason = :r", Long.class).setParameter("a", marie.account())
                .setParameter("r", Mandate.EndReason.EXPIRED).getSingleResult()));
        assertEquals(paulMails + 1, mails(paul));
        assertEquals(marieMails + 2, mails(marie));
        assertEquals(1, letters(jeanne, PostalLetter.Notice.MANDATE_ENDED).size());
        assertEquals("MANDATE_EXPIRED", lines(paul, AccountActivity.Kind.MANDATE_ENDED).get(0).getDetail());
        Callers.asSystem(() -> expiry.runDue());
        assertEquals(paulMails + 1, mails(paul), "ended once");

        long again = give(marie, paul, EnumSet.of(MandateScope.PAYMENTS), today().plusDays(10));
        Callers.asInsured(marie.account(), () -> mandates.end(again));
        assertEquals("MANDATE_MANDATOR", lines(paul, AccountActivity.Kind.MANDATE_ENDED).get(1).getDetail());
        assertThrows(NotFoundException.class, () -> Callers.asInsured(paul.account(), () -> mandates.actFor(again)));
    }

    @Test
    void aPersonWithAStrongFactorSignsWithIt() {
        Someone marie = someone(true);
        Someone paul = someone(true);
        String secret = Callers.asInsured(marie.account(), () -> factors.startTotp()).readableSecret().replace(" ", "");
        List<String> recovery = Callers.asInsured(marie.account(), () -> factors.confirmTotp(CODE.toCharArray(), null,
                Totp.code(secret, Totp.step(Instant.now()))));
        assertFalse(recovery.isEmpty());
        StepUpRefusedException noFactor = assertThrows(StepUpRefusedException.class,
                () -> give(marie, paul, PAYMENTS_AND_MESSAGING, today().plusDays(30)));
        assertEquals(CodeService.Reauthentication.WRONG_FACTOR, noFactor.reason());
        assertEquals(0, mandatesOf(marie));
        long mandate = Callers.asInsured(marie.account(), () -> mandates.give(new MandateRequest(
                paul.person().nir15(), "testeur", PAYMENTS_AND_MESSAGING, today().plusDays(30)), CODE.toCharArray(),
                new FactorProof(RecoveryCodes.KIND, recovery.get(0))));
        assertTrue(Callers.asInsured(paul.account(), () -> mandates.actFor(mandate)).covers(MandateScope.PAYMENTS));
    }
}
