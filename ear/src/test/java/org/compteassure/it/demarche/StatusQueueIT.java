package org.compteassure.it.demarche;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.demarche.DemarcheView;
import org.compteassure.service.demarche.StatusQueueListener;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The back office answering on the reply queue (embedded broker) instead of the status API: the démarche moves as
 * through the API, the same status twice and a status going back change nothing, and a message that is no status
 * change is set aside in the dead letters at once, with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class StatusQueueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDemarches.deployment(StatusQueueIT.class);
    }

    @Inject
    private Transactions tx;

    @EJB
    private DemarcheService demarches;

    @Test
    void aStatusOnTheReplyQueueMovesTheDemarcheOnceAndNeverBack() {
        People.Person who = People.fresh(true);
        long account = TestAccounts.create(tx, who);
        String number = open(account);

        String inProgress = valid(status(number, "IN_PROGRESS").add("date", LocalDate.now(ClockProducer.ZONE).toString()));
        reply(inProgress);
        awaitStatus(account, number, DemarcheStatus.IN_PROGRESS);
        assertEquals("Votre démarche " + number + " a avancé", Mailbox.awaitMail(who.email(), 1).subject(),
                "told as for the status API");

        String again = reply(inProgress);
        String back = reply(valid(status(number, "RECEIVED")));
        reply(valid(status(number, "REFUSED").add("motif", "Le RIB joint ne correspond pas au titulaire.")));
        awaitStatus(account, number, DemarcheStatus.REFUSED);
        DemarcheView refused = Callers.asInsured(account, () -> demarches.mine(number));
        assertEquals(List.of(DemarcheStatus.RECEIVED, DemarcheStatus.IN_PROGRESS, DemarcheStatus.REFUSED),
                refused.history().stream().map(DemarcheView.Step::status).toList(),
                "the same status again and a status going back left no step");
        assertEquals("Le RIB joint ne correspond pas au titulaire.", refused.reason());
        assertNull(setAside(again, 500), "the same status again is no fault");
        assertNull(setAside(back, 500), "a status going back is refused and logged, not set aside");
    }

    @Test
    void whatIsNoStatusChangeGoesToTheDeadLettersAtOnceWithTheReason() throws JMSException {
        long account = TestAccounts.create(tx, People.fresh(true));
        String number = open(account);

        String malformedId = reply("{\"numero\": \"" + number + "\", \"statut\": ");
        Message malformed = setAside(malformedId, 10_000);
        assertNotNull(malformed, "malformed JSON");
        // The listener's reason, not the broker's dead-lettering after its redeliveries; and only once.
        assertTrue(malformed.getStringProperty(StatusQueueListener.REASON).startsWith("not a status change"));
        assertNull(setAside(malformedId, 1_000), "set aside once");

        Message unknown = setAside(reply(valid(status("D-2026-999999", "DONE"))), 10_000);
        assertEquals("no démarche has that number", unknown.getStringProperty(StatusQueueListener.REASON));

        String withoutReason = status(number, "REFUSED").build().toString();
        assertFalse(MessageSchema.errors(MessageSchema.STATUS, withoutReason).isEmpty(), "the schema refuses it too");
        Message noReason = setAside(reply(withoutReason), 10_000);
        assertTrue(noReason.getStringProperty(StatusQueueListener.REASON).startsWith("a refusal needs a reason"));
        assertEquals(withoutReason, ((TextMessage) noReason).getText(),
                "kept as sent, for the back office to look at");

        assertEquals(DemarcheStatus.RECEIVED, Callers.asInsured(account, () -> demarches.mine(number)).status());
    }

    private String open(long account) {
        return TestDemarches.ibanChange(tx, demarches, account);
    }

    private static JsonObjectBuilder status(String number, String status) {
        return Json.createObjectBuilder().add("numero", number).add("statut", status);
    }

    /** The status message, checked against its schema (docs/back-office/statut-v1.schema.json). */
    private static String valid(JsonObjectBuilder status) {
        String text = status.build().toString();
        List<String> errors = MessageSchema.errors(MessageSchema.STATUS, text);
        assertTrue(errors.isEmpty(), () -> text + " against its schema: " + errors);
        return text;
    }

    /** Puts the text on the reply queue as the back office would; returns the message's id. */
    private static String reply(String text) {
        try (JMSContext context = factory().createContext()) {
            TextMessage message = context.createTextMessage(text);
            context.createProducer().send(context.createQueue(DemarcheService.STATUS_QUEUE), message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dead letter of that message (consumed), or null if none came within the wait. */
    private static Message setAside(String messageId, long waitMillis) {
        try (JMSContext context = factory().createContext()) {
            return context.createConsumer(context.createQueue(StatusQueueListener.DEAD_LETTERS),
                    "JMSCorrelationID = '" + messageId + "'").receive(waitMillis);
        }
    }

    private void awaitStatus(long account, String number, DemarcheStatus expected) {
        for (int i = 0; i < 200; i++) {
            if (Callers.asInsured(account, () -> demarches.mine(number)).status() == expected) {
                return;
            }
            TestDemarches.pause();
        }
        throw new AssertionError(number + " never became " + expected);
    }

    private static ConnectionFactory factory() {
        try {
            return (ConnectionFactory) new InitialContext().lookup("java:/ConnectionFactory");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
