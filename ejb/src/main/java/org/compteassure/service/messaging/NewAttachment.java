package org.compteassure.service.messaging;

/** A file as it was uploaded: the name the person's computer gave it, and its bytes (the type is found from them). */
public record NewAttachment(String fileName, byte[] content) {

    /** The name only: the content may be large and personal. */
    @Override
    public String toString() {
        return "NewAttachment[" + fileName + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}
