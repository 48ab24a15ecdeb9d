package org.compteassure.service.messaging;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.Message.Kind;

/**
 * One message of a thread as a page shows it: who wrote it and when, its text exactly as typed, its files.
 *
 * @param author the adviser's display name (« Claire Conseil ») for a reply or a note, empty if the adviser has left
 *               the staff; null for the person's own messages
 */
public record ThreadMessage(long id, Kind kind, String author, Instant createdAt, String body,
                            List<AttachmentLink> attachments) {

    /** The longest text a message may have, for the forms to say so before the service refuses it. */
    public static final int MAX_LENGTH = Message.MAX_LENGTH;

    static List<ThreadMessage> of(EntityManager em, List<Message> messages) {
        StaffNames names = StaffNames.of(em, messages.stream().map(Message::getAuthor).toList());
        return messages.stream().map(message -> of(message, names)).toList();
    }

    private static ThreadMessage of(Message message, StaffNames names) {
        return new ThreadMessage(message.getId(), message.getKind(), names.name(message.getAuthor()), message.getCreatedAt(),
                message.getBody(), message.getAttachments().stream().map(AttachmentLink::of).toList());
    }
}
