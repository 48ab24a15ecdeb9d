package org.compteassure.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.Management;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.Transactions;
import org.compteassure.it.support.People;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.notification.OutboundMail;
import org.compteassure.persistence.notification.OutboxDelivery;
import org.compteassure.persistence.platform.OutboxHealthCheck;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.compteassure.service.notification.MailContent;
import org.compteassure.service.notification.NotificationService;
import org.compteassure.service.notification.OutboxDispatcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A mail queued in a business transaction leaves through WildFly's mail session and reaches GreenMail. */
@ExtendWith(ArquillianExtension.class)
class OutboxMailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(OutboxMailIT.class, Mailbox.class, People.class, Management.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private NotificationService notifications;

    @Inject
    private OutboxDispatcher dispatcher;

    @Inject
    private TestClock testClock;

    @Inject
    private CodeService codes;

    @Inject
    private SecretHasher hasher;

    @Resource(lookup = "java:jboss/mail/CompteAssure")
    private Session mailSession;

    @Test
    void aQueuedMailIsSentThroughTheMailSessionAndMarkedSent() {
        String to = Mailbox.freshAddress("outbox");
        long id = tx.call(em -> notifications.queue(to, new MailContent("Votre attestation est prête",
                "Bonjour,\nvotre attestation est disponible dans votre espace.",
                "<p>Bonjour,</p><p>votre attestation est disponible dans votre espace.</p>")));

        ReceivedMail mail = Mailbox.awaitMail(to, 1);
        assertEquals("Votre attestation est prête", mail.subject());
        assertTrue(mail.text().contains("votre attestation est disponible"), mail.text());
        assertTrue(mail.html().contains("<p>Bonjour,</p>"), mail.html());

        OutboundMail row = tx.call(em -> em.find(OutboundMail.class, id));
        assertEquals(OutboxDelivery.Status.SENT, row.getStatus());
        assertEquals(1, row.getAttempts());
    }

    @Test
    void aMailThatCannotBeSentStaysQueuedAndIsRetriedWithBackOff() throws InterruptedException {
        String broken = "pas une adresse " + System.nanoTime();
        long id = tx.call(em -> notifications.queue(broken,
                new MailContent("Relance", "Ce courriel ne peut pas partir.", "<p>Ce courriel ne peut pas partir.</p>")));
        OutboundMail row = awaitAttempts(id, 1);
        assertEquals(OutboxDelivery.Status.PENDING, row.getStatus(), "kept, to be tried again");
        assertTrue(row.getLastError() != null && !row.getLastError().isBlank());
        Instant retry = row.getNextAttemptAt();

        Callers.asSystem(dispatcher::dispatchDue);
        assertEquals(1, tx.call(em -> em.find(OutboundMail.class, id)).getAttempts(), "not due yet: left alone");

        testClock.advance(Duration.ofSeconds(61));
        try {
            Callers.asSystem(dispatcher::dispatchDue);
            OutboundMail again = tx.call(em -> em.find(OutboundMail.class, id));
            assertEquals(2, again.getAttempts(), "due after a minute: tried again");
            assertTrue(again.getNextAttemptAt().isAfter(retry.plus(Duration.ofSeconds(110))), "then 2 minutes later");
        } finally {
            testClock.reset();
        }
    }

    private OutboundMail awaitAttempts(long id, int attempts) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            OutboundMail row = tx.call(em -> em.find(OutboundMail.class, id));
            if (row.getAttempts() >= attempts) {
                return row;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("mail " + id + " was never attempted");
    }

    @Test
    void nothingIsQueuedWhenTheBusinessTransactionRollsBack() {
        String to = Mailbox.freshAddress("rollback");
        try {
            tx.run(em -> {
                notifications.queue(to, new MailContent("Jamais envoyé", "Ce courriel ne doit pas partir.",
                        "<p>Ce courriel ne doit pas partir.</p>"));
                throw new IllegalStateException("the business change failed");
            });
        } catch (RuntimeException expected) {
            // the EJB container rolled the transaction back
        }
        Number queued = tx.call(em -> (Number) em.createQuery(
                "SELECT COUNT(m) FROM OutboundMail m WHERE m.recipient = :to").setParameter("to", to).getSingleResult());
        assertEquals(0, queued.intValue());
    }

    /**
     * What an operator's Prometheus reads at :9990/metrics moves with the action, and readiness turns red once the
     * oldest unsent mail is more than 15 minutes old (the clock moved, never slept). The gauges are cached 5 s.
     */
    @Test
    void theMetricsFollowTheActionsAndReadinessTurnsRedWhenTheOutboxIsStuck() throws InterruptedException {
        testClock.advance(Duration.ofSeconds(6));
        try {
            double failures = Management.metric("compte_assure_logins_total\\{[^}]*outcome=\"failure\"[^}]*}");
            double pending = Management.metric("compte_assure_outbox_mails_pending");
            for (String gauge : new String[] {"compte_assure_letters_waiting", "compte_assure_followups_due",
                    "compte_assure_imports_lines_remaining", "compte_assure_backoffice_messages_pending"}) {
                assertTrue(Management.metric(gauge) >= 0, gauge + ": read from the database");
            }
            assertTrue(readiness().contains("\"name\":\"compte-assure-outbox\",\"status\":\"UP\""), readiness());

            double successes = Management.metric("compte_assure_logins_total\\{[^}]*outcome=\"success\"[^}]*}");
            double lockouts = Management.metric("compte_assure_lockouts_total");
            Nir nir = accountWithCode("Bon-code-2026!");
            String address = "192.0.2." + (System.nanoTime() % 200 + 1);
            codes.login(nir, "Bon-code-2026!".toCharArray(), null, address);
            for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
                codes.login(nir, "mauvais-code".toCharArray(), null, address);
            }
            long id = tx.call(em -> notifications.queue("pas une adresse " + System.nanoTime(),
                    new MailContent("Coincé", "Ce courriel ne peut pas partir.", "<p>Ce courriel ne peut pas partir.</p>")));
            awaitAttempts(id, 1);
            testClock.advance(Duration.ofSeconds(6));
            assertEquals(successes + 1, Management.metric("compte_assure_logins_total\\{[^}]*outcome=\"success\"[^}]*}"), 0.001);
            assertEquals(failures + Account.FAILURES_BEFORE_LOCK,
                    Management.metric("compte_assure_logins_total\\{[^}]*outcome=\"failure\"[^}]*}"), 0.001);
            assertEquals(lockouts + 1, Management.metric("compte_assure_lockouts_total"), 0.001);
            assertTrue(Management.metric("compte_assure_outbox_mails_pending") >= pending + 1, "the stuck mail is counted");
            assertTrue(Management.metric("compte_assure_outbox_mails_oldest_age_seconds") < OutboxHealthCheck.STUCK_AFTER_SECONDS);

            testClock.advance(Duration.ofMinutes(16));
            assertTrue(Management.metric("compte_assure_outbox_mails_oldest_age_seconds") > OutboxHealthCheck.STUCK_AFTER_SECONDS);
            HttpResponse<String> stuck = Management.get("/health/ready");
            assertEquals(503, stuck.statusCode(), stuck.body());
            assertTrue(stuck.body().contains("\"name\":\"compte-assure-outbox\",\"status\":\"DOWN\""), stuck.body());
            assertFalse(stuck.body().contains("Ce courriel"), "no mail content in the health answer");
        } finally {
            testClock.reset();
        }
    }

    /**
     * The server's mail session gives up on a relay that accepts the connection and never answers (configure.cli's
     * custom smtp server); a silent socket is not tried here, as it would cost the timeout in every CI run.
     */
    @Test
    void theMailSessionHasSmtpTimeouts() {
        for (String property : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            assertEquals("10000", mailSession.getProperty(property), property);
        }
        assertEquals(System.getenv().getOrDefault("CA_SMTP_PORT", "2525"), mailSession.getProperty("mail.smtp.port"),
                "still the outbound socket binding's relay");
    }

    private Nir accountWithCode(String code) {
        Nir nir = Nir.parse(People.fresh(false).nir13(), false);
        tx.run(em -> {
            InsuredPerson person = new InsuredPerson(nir, "COMPTEUR", "Alix", LocalDate.of(1990, 3, 1),
                    InsuredPerson.Sex.FEMALE, new PostalAddress("4 RUE DES TESTS", null, "75014", "PARIS", "FRANCE"));
            em.persist(person);
            Account account = new Account(person, null, Instant.now());
            account.setDefinitiveCode(hasher.hash(code.toCharArray()), Instant.now());
            em.persist(account);
        });
        return nir;
    }

    private static String readiness() {
        return Management.get("/health/ready").body();
    }
}
