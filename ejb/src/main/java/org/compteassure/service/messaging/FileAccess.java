package org.compteassure.service.messaging;

import java.time.Instant;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.AccessLog.Action;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Subject;

/**
 * One line of "Consultations de mon dossier": when an adviser opened the person's file or acted on it, and what.
 *
 * @param adviser       the adviser's display name (« Claire Conseil »), empty if the adviser has left the staff
 * @param threadSubject the thread opened or acted on, or null; {@code threadTopic} its topic beyond the subject
 * @param documentName  the document opened, as its file is named, or null
 */
public record FileAccess(Instant loggedAt, String adviser, Action action, Subject threadSubject, String threadTopic,
                         String documentName) {

    static FileAccess of(AccessLog entry, String adviser, MessageThread thread) {
        return new FileAccess(entry.getLoggedAt(), adviser, entry.getAction(),
                thread == null ? null : thread.getSubject(), thread == null ? null : thread.getTopic(),
                entry.getDocumentName());
    }
}
