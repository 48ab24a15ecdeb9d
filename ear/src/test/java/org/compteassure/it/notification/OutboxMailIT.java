package org.compteassure.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.notification.OutboundMail;
import org.compteassure.persistence.notification.OutboxDelivery;
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
        return Deployments.earWith(OutboxMailIT.class, Mailbox.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private NotificationService notifications;

    @Inject
    private OutboxDispatcher dispatcher;

    @Inject
    private TestClock testClock;

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
}
