package org.compteassure.it.demarche;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.compteassure.service.demarche.DemarcheService;

/**
 * In-container tests read the back office's queue as the back office would: from the broker, one démarche's
 * messages at a time (selected by their correlation id, the démarche's number), each checked against its JSON
 * Schema ({@link MessageSchema}).
 */
final class BackOfficeQueue {

    private BackOfficeQueue() {
    }

    /**
     * Every message of that démarche of that person now on the queue (consumed), waiting up to
     * {@code firstWaitMillis} for one. A message left by an earlier run under the same number (the tests' database
     * starts empty, the broker's journal does not) is consumed and left out: its NIR is another person's.
     */
    static List<JsonObject> take(String number, String nir, long firstWaitMillis) {
        try (JMSContext context = factory().createContext()) {
            JMSConsumer consumer = context.createConsumer(context.createQueue(DemarcheService.QUEUE),
                    "JMSCorrelationID = '" + number + "'");
            List<JsonObject> found = new ArrayList<>();
            Message message = consumer.receive(firstWaitMillis);
            while (message != null) {
                String text = ((TextMessage) message).getText();
                JsonObject json = Json.createReader(new StringReader(text)).readObject();
                if (json.getJsonObject("assure").getString("nir").equals(nir)) {
                    List<String> errors = MessageSchema.errors(text);
                    if (!errors.isEmpty()) {
                        throw new AssertionError("message of " + number + " against its schema: " + errors);
                    }
                    found.add(json);
                }
                message = consumer.receive(found.isEmpty() ? firstWaitMillis : 300);
            }
            return found;
        } catch (JMSException | NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConnectionFactory factory() throws NamingException {
        return (ConnectionFactory) new InitialContext().lookup("java:/ConnectionFactory");
    }
}
