package org.compteassure.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.notification.OutboundMail;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.compteassure.service.notification.NotificationService;
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

    @Test
    void aQueuedMailIsSentThroughTheMailSessionAndMarkedSent() {
        String to = Mailbox.freshAddress("outbox");
        long id = tx.call(em -> notifications.queue(to, "Votre attestation est prête",
                "Bonjour,\nvotre attestation est disponible dans votre espace.",
                "<p>Bonjour,</p><p>votre attestation est disponible dans votre espace.</p>").getId());

        ReceivedMail mail = Mailbox.awaitMail(to, 1);
        assertEquals("Votre attestation est prête", mail.subject());
        assertTrue(mail.text().contains("votre attestation est disponible"), mail.text());
        assertTrue(mail.html().contains("<p>Bonjour,</p>"), mail.html());

        OutboundMail row = tx.call(em -> em.find(OutboundMail.class, id));
        assertEquals(OutboundMail.Status.SENT, row.getStatus());
        assertEquals(1, row.getAttempts());
    }

    @Test
    void nothingIsQueuedWhenTheBusinessTransactionRollsBack() {
        String to = Mailbox.freshAddress("rollback");
        try {
            tx.run(em -> {
                notifications.queue(to, "Jamais envoyé", "Ce courriel ne doit pas partir.", null);
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
