package org.compteassure.service.messaging;

/** An attachment ready to be downloaded: its name, the type found from its content, and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
