package org.compteassure.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Locale;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.messaging.MessagingEvents.ReplyLetterDue;
import org.compteassure.service.messaging.MessagingEvents.ReplyPosted;
import org.compteassure.service.messaging.MessagingEvents.ReplyReminderDue;
import org.compteassure.service.platform.Installation;

/**
 * Tells a person an adviser replied: an e-mail at once and a reminder after 7 days (neither ever holds the reply),
 * then the reply itself by post after 14 days. Written in the transaction that decided it, like every notice.
 */
@ApplicationScoped
public class MessagingNotifications {

    private static final Mails MAILS = Mails.in(Locale.FRENCH);

    @Inject
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Installation installation;

    @Inject
    private Clock clock;

    void onReply(@Observes ReplyPosted event) {
        Message reply = em.find(Message.class, event.messageId());
        mail(reply, MAILS.newMessage(reply.getThread().getInsuredPerson().getGivenNames(), mailboxUrl()));
    }

    void onReminder(@Observes ReplyReminderDue event) {
        Message reply = em.find(Message.class, event.messageId());
        mail(reply, MAILS.replyReminder(reply.getThread().getInsuredPerson().getGivenNames(), mailboxUrl()));
    }

    void onLetter(@Observes ReplyLetterDue event) {
        Message reply = em.find(Message.class, event.messageId());
        InsuredPerson person = reply.getThread().getInsuredPerson();
        em.persist(PostalLetter.reply(person.getId(), person.getGivenNames() + " " + person.getFamilyName(),
                person.getAddress().lines(), reply.getThread().getSubject().name(), reply.getBody(),
                reply.getCreatedAt(), clock.instant()));
    }

    private String mailboxUrl() {
        return installation.baseUrl() + "/espace/messagerie";
    }

    /** To the account's address; a person without one (or without an account) gets the letter only. */
    private void mail(Message reply, MailContent mail) {
        AccountQueries.accountOf(em, reply.getThread().getInsuredPerson())
                .filter(account -> account.getEmail() != null)
                .ifPresent(account -> notifications.queue(account.getEmail(), mail));
    }
}
