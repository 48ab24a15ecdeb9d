package org.compteassure.service.messaging;

import org.compteassure.persistence.messaging.Attachment;

/** A download link under a message: the id it names, and the name, format and size it says (never the bytes). */
public record AttachmentLink(long id, String fileName, String contentType, long sizeBytes) {

    static AttachmentLink of(Attachment attachment) {
        return new AttachmentLink(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSizeBytes());
    }
}
