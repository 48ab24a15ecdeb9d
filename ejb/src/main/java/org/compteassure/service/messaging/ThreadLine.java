package org.compteassure.service.messaging;

import java.time.Instant;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Status;
import org.compteassure.persistence.messaging.MessageThread.Subject;

/**
 * One line of a list of threads (the person's mailbox, an adviser's view of a person's file): what the line shows
 * and the id its link names.
 *
 * @param topic what the thread is about beyond its subject (a reported payment's démarche), or null
 * @param unreadReplies the advisers' replies the person has not read yet
 */
public record ThreadLine(long id, Subject subject, String topic, Status status, Instant lastMessageAt,
                         long unreadReplies) {

    static ThreadLine of(MessageThread thread) {
        return new ThreadLine(thread.getId(), thread.getSubject(), thread.getTopic(), thread.getStatus(),
                thread.getLastMessageAt(), thread.unreadReplies());
    }
}
