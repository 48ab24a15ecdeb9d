package org.compteassure.service.messaging;

import org.compteassure.persistence.messaging.Attachment;

/** A file as it was uploaded: the name the person's computer gave it, and its bytes (the type is found from them). */
public record NewAttachment(String fileName, byte[] content) {

    /** The largest file a message may carry: an upload is read up to one byte past it, enough to refuse it. */
    public static final int MAX_BYTES = Attachment.MAX_BYTES;

    /** The name only: the content may be large and personal. */
    @Override
    public String toString() {
        return "NewAttachment[" + fileName + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}
