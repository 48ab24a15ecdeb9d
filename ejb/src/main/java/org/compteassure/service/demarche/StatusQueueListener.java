package org.compteassure.service.demarche;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.persistence.demarche.Demarche;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.platform.Broker;
import org.compteassure.service.security.Roles;

/**
 * The reply queue {@value DemarcheService#STATUS_QUEUE}: the back office may answer there instead of the status API,
 * with the API's body plus the démarche's {@code numero} (docs/back-office.md). Each message is applied as the API
 * applies a body ({@link StatusChange}, {@link DemarcheService#advance}): the same status again changes nothing; a
 * status that goes backwards is refused and logged; a message that is no such change (malformed, unknown number,
 * refusal without reason) goes to the queue {@value #DEAD_LETTERS} with the reason, at once, never round again.
 * Outside a transaction: the change commits in its own; a crash before the acknowledgement redelivers the message,
 * which the change's idempotence absorbs.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DemarcheService.STATUS_QUEUE),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// The broker delivers, with no caller; the work runs as the claims system, as the status API's callers are.
@PermitAll
@RunAs(Roles.CLAIMS_SYSTEM)
public class StatusQueueListener implements MessageListener {

    /** Artemis's dead-letter queue (configure.cli; a broker made by {@code artemis create} has it too). */
    public static final String DEAD_LETTERS = "DLQ";

    /** The property of a dead-lettered message that says why it was set aside. */
    public static final String REASON = "compteassure_motif";

    private static final Logger LOG = Logger.getLogger(StatusQueueListener.class.getName());

    @EJB
    private DemarcheService demarches;

    @Inject
    private Broker broker;

    @Override
    public void onMessage(Message message) {
        String id;
        String text;
        try {
            id = message.getJMSMessageID();
            text = message instanceof TextMessage textMessage ? textMessage.getText() : null;
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        if (text == null) {
            setAside(id, "", "not a text message");
            return;
        }
        String number;
        StatusChange change;
        try {
            JsonObject json = Json.createReader(new StringReader(text)).readObject();
            number = json.getString("numero");
            change = StatusChange.of(json);
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            setAside(id, text, "not a status change: {\"numero\", \"statut\", \"motif\", \"date\"}");
            return;
        }
        try {
            boolean changed = demarches.advance(number, change.status(), change.date(), change.reason());
            LOG.log(Level.INFO, "Démarche {0}: {1} from the reply queue ({2})",
                    new Object[] {number, change.status(), changed ? "applied" : "already so"});
        } catch (StatusGoesBackException e) {
            LOG.log(Level.WARNING, "Démarche {0}: {1} from the reply queue refused, it does not follow the current"
                    + " status", new Object[] {number, change.status()});
        } catch (NotFoundException e) {
            setAside(id, text, "no démarche has that number");
        } catch (InvalidStatusException e) {
            setAside(id, text, "a refusal needs a reason of at most " + Demarche.MAX_REASON
                    + " characters, and the date cannot be to come");
        }
    }

    /** To the dead letters, under the message's id: a redelivery of the same message is dropped there. */
    private void setAside(String id, String text, String reason) {
        LOG.log(Level.WARNING, "Message {0} of the reply queue set aside in {1}: {2}",
                new Object[] {id, DEAD_LETTERS, reason});
        broker.send(DEAD_LETTERS, id, "status-reply:" + id, text, Map.of(REASON, reason));
    }
}
