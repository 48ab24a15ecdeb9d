package org.compteassure.service.messaging;

import org.compteassure.persistence.messaging.Attachment;

/** An attachment ready to be downloaded: its name, the type found from its content, and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {

    static AttachmentFile of(Attachment attachment) {
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }
}
