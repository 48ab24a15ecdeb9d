package org.compteassure.service.messaging;

import java.time.Instant;
import java.util.List;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.Message.Kind;

/**
 * One message of a thread as a page shows it: who wrote it and when, its text exactly as typed, its files.
 *
 * @param author the adviser's username for a reply or a note; null for the person's own messages
 */
public record ThreadMessage(long id, Kind kind, String author, Instant createdAt, String body,
                            List<AttachmentLink> attachments) {

    /** The longest text a message may have, for the forms to say so before the service refuses it. */
    public static final int MAX_LENGTH = Message.MAX_LENGTH;

    static ThreadMessage of(Message message) {
        return new ThreadMessage(message.getId(), message.getKind(), message.getAuthor(), message.getCreatedAt(),
                message.getBody(), message.getAttachments().stream().map(AttachmentLink::of).toList());
    }
}
