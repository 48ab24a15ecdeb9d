package org.compteassure.service.messaging;

import org.compteassure.persistence.messaging.Attachment;
import org.compteassure.service.messaging.AttachmentRejectedException.Reason;

/**
 * An uploaded file that passed the rules every file a person sends obeys (a message's attachment, a birth
 * certificate): at most 5 MB, a PDF, JPEG or PNG found from its content, stored under a clean name that ends in an
 * extension of that type, with its SHA-256.
 */
public record CheckedFile(String fileName, String contentType, byte[] content, String sha256) {

    /** The largest file a person may send. */
    public static final int MAX_BYTES = Attachment.MAX_BYTES;

    /**
     * @throws AttachmentRejectedException if it is too large or of another type, whatever its name says
     */
    public static CheckedFile of(NewAttachment file) {
        if (file.content() != null && file.content().length > MAX_BYTES) {
            throw new AttachmentRejectedException(Reason.TOO_LARGE, MessageWriting.shownName(file.fileName()));
        }
        String type = FileTypes.detect(file.content()).orElseThrow(
                () -> new AttachmentRejectedException(Reason.WRONG_TYPE, MessageWriting.shownName(file.fileName())));
        return new CheckedFile(MessageWriting.cleanName(file.fileName(), type), type, file.content(),
                MessageWriting.sha256(file.content()));
    }

    /** The name and size only: the content is personal. */
    @Override
    public String toString() {
        return "CheckedFile[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
