package org.compteassure.service.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import java.util.Hashtable;
import java.util.Map;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The fund's message broker (Jakarta Messaging): WildFly's embedded ActiveMQ Artemis by default
 * ({@code java:/ConnectionFactory}, configure.cli), or a remote Artemis broker when {@code CA_JMS_URL} is set
 * (e.g. {@code tcp://broker.caisse.fr:61616}, with {@code CA_JMS_USER} and {@code CA_JMS_PASSWORD}). The settings are
 * read at each send, so a changed URL takes effect without a restart. Sending is outside any transaction: the outbox
 * records the outcome.
 */
@ApplicationScoped
public class Broker {

    /** Artemis's duplicate detection: a message sent again under the same id is dropped by the broker. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private static final String URL = "compteassure.jms.url";
    private static final String USER = "compteassure.jms.user";
    private static final String PASSWORD = "compteassure.jms.password";

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory embedded;

    private String remoteUrl;
    private ConnectionFactory remote;

    /**
     * Sends one persistent text message to the queue, with {@code key} as its correlation id (what the receiver
     * recognises a message by) and {@code duplicateId} for the broker's duplicate detection (a resend of the same
     * message is dropped).
     *
     * @throws JMSRuntimeException if the broker cannot be reached or refuses the message
     */
    public void send(String queue, String key, String duplicateId, String text) {
        send(queue, key, duplicateId, text, Map.of());
    }

    /** The same, with string properties on the message (e.g. why a message was set aside). */
    public void send(String queue, String key, String duplicateId, String text, Map<String, String> properties) {
        String url = setting(URL);
        String user = setting(USER);
        try (JMSContext context = url.isEmpty() ? embedded.createContext()
                : user.isEmpty() ? remote(url).createContext()
                : remote(url).createContext(user, setting(PASSWORD), JMSContext.AUTO_ACKNOWLEDGE)) {
            TextMessage message = context.createTextMessage(text);
            message.setJMSCorrelationID(key);
            message.setStringProperty(DUPLICATE_ID, duplicateId);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(context.createQueue(queue), message);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    /** Where messages go, for operators: "embedded" or the remote URL (never the credentials). */
    public String target() {
        String url = setting(URL);
        return url.isEmpty() ? "embedded" : url;
    }

    /** The remote broker's factory, made once per URL by Artemis's own JNDI (module org.apache.activemq.artemis.client). */
    private synchronized ConnectionFactory remote(String url) {
        if (!url.equals(remoteUrl)) {
            close();
            Hashtable<String, String> environment = new Hashtable<>();
            environment.put(Context.INITIAL_CONTEXT_FACTORY,
                    "org.apache.activemq.artemis.jndi.ActiveMQInitialContextFactory");
            environment.put("connectionFactory.BackOffice", url);
            try {
                InitialContext jndi = new InitialContext(environment);
                try {
                    remote = (ConnectionFactory) jndi.lookup("BackOffice");
                } finally {
                    jndi.close();
                }
            } catch (NamingException e) {
                throw new JMSRuntimeException("CA_JMS_URL is not a broker address Artemis understands: " + url);
            }
            remoteUrl = url;
        }
        return remote;
    }

    @PreDestroy
    synchronized void close() {
        if (remote instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing a factory that was never connected
            }
        }
        remote = null;
        remoteUrl = null;
    }

    private static String setting(String property) {
        String value = System.getProperty(property);
        return value == null ? "" : value.strip();
    }
}
