package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.ANY_ACCOUNT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.messaging.MessagingEvents.ReplyLetterDue;
import org.compteassure.service.messaging.MessagingEvents.ReplyPosted;
import org.compteassure.service.messaging.MessagingEvents.ReplyReminderDue;

/**
 * Tells a person an adviser replied: an e-mail at once and a reminder after 7 days (neither ever holds the reply),
 * then the reply itself by post after 14 days. Written in the transaction that decided it, like every notice.
 */
@ApplicationScoped
public class MessagingNotifications {

    @Inject
    private Notices notices;

    void onReply(@Observes ReplyPosted event) {
        mail(event.messageId(), (name, mails) -> mails.newMessage(name, notices.link("/espace/messagerie")));
    }

    void onReminder(@Observes ReplyReminderDue event) {
        mail(event.messageId(), (name, mails) -> mails.replyReminder(name, notices.link("/espace/messagerie")));
    }

    void onLetter(@Observes ReplyLetterDue event) {
        Message reply = notices.find(Message.class, event.messageId());
        notices.post(reply.getThread().getInsuredPerson(), (person, name, lines) -> PostalLetter.reply(person, name,
                lines, reply.getThread().getSubject().name(), reply.getBody(), reply.getCreatedAt(), notices.now()));
    }

    /** To the account's address, whatever its status; a person without one (or without an account) gets the letter only. */
    private void mail(long replyId, Notices.Mail mail) {
        Message reply = notices.find(Message.class, replyId);
        notices.mailPerson(reply.getThread().getInsuredPerson().getId(), ANY_ACCOUNT, mail);
    }
}
