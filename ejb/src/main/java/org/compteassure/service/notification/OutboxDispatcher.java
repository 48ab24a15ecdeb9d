package org.compteassure.service.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.service.platform.Installation;
import org.compteassure.service.security.Roles;

/**
 * Delivers the outbox through WildFly's mail session ({@code java:jboss/mail/CompteAssure}): at once after the
 * queuing transaction commits, and every 30 seconds for whatever is due (retries, mails left by a stopped node).
 * Every node runs it; {@link OutboxStore#claim} makes sure each mail is handled by one of them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/mail/CompteAssure")
    private Session mailSession;

    @Inject
    private OutboxStore store;

    @Inject
    private Installation installation;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void dispatchDue() {
        store.due(BATCH).forEach(this::dispatch);
    }

    @Asynchronous
    // Hears the outbox of every caller's transaction (anonymous ones too); the work runs as SYSTEM.
    @PermitAll
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        dispatch(event.mailId());
    }

    private void dispatch(long id) {
        store.claim(id).ifPresent(mail -> {
            try {
                Transport.send(toMessage(mail));
                store.sent(id);
            } catch (MessagingException | RuntimeException e) {
                // The address is personal data and the body may hold a one-time code: log neither.
                LOG.log(Level.WARNING, "Mail {0} not sent (attempt {1}): {2}",
                        new Object[] {id, mail.attempts() + 1, e.toString()});
                store.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
    }

    /** The factor key when set (shared by the nodes, random per installation); nothing else without one. */
    private byte[] installSecret() {
        try {
            return installation.factorKey();
        } catch (IllegalStateException notSet) {
            return new byte[0];
        }
    }

    private MimeMessage toMessage(OutboxStore.ClaimedMail mail) throws MessagingException {
        MimeMessage message = new OutboxMimeMessage(mailSession, OutboxMimeMessage.messageId(mail.id(),
                installation.baseUrl(), installSecret()));
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("X-Compte-Assure-Mail", String.valueOf(mail.id()));
        if (mail.htmlBody() == null && mail.attachment() == null) {
            message.setText(mail.textBody(), StandardCharsets.UTF_8.name());
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), StandardCharsets.UTF_8.name());
        MimeMultipart body = new MimeMultipart("alternative", text);
        if (mail.htmlBody() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
            body.addBodyPart(html);
        }
        if (mail.attachment() == null) {
            message.setContent(body);
            return message;
        }
        MimeBodyPart alternatives = new MimeBodyPart();
        alternatives.setContent(body);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                mail.attachment().body().getBytes(StandardCharsets.UTF_8), mail.attachment().type() + "; charset=UTF-8")));
        file.setFileName(mail.attachment().name());
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart("mixed", alternatives, file));
        return message;
    }
}
