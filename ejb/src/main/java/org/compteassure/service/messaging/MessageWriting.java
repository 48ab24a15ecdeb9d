package org.compteassure.service.messaging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.compteassure.persistence.messaging.Attachment;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.service.messaging.AttachmentRejectedException.Reason;

/**
 * The rules every message obeys, whoever writes it: text of 1 to 4 000 characters kept exactly as typed, at most 3
 * attachments of 5 MB each whose content is a PDF, JPEG or PNG. Everything is checked before anything is added.
 */
final class MessageWriting {

    private static final int MAX_NAME = 255;

    private MessageWriting() {
    }

    static Message write(MessageThread thread, Message.Kind kind, String author, String body,
                         List<NewAttachment> attachments, Instant now) {
        if (body == null || body.isBlank() || body.length() > Message.MAX_LENGTH) {
            throw new InvalidMessageException();
        }
        List<NewAttachment> files = attachments == null ? List.of() : attachments;
        if (files.size() > Attachment.MAX_PER_MESSAGE) {
            throw new AttachmentRejectedException(Reason.TOO_MANY, null);
        }
        List<CheckedFile> checked = files.stream().map(CheckedFile::of).toList();
        Message message = thread.add(kind, author, body, now);
        for (CheckedFile file : checked) {
            message.attach(file.fileName(), file.contentType(), file.content(), file.sha256());
        }
        return message;
    }

    /**
     * The name an attachment of that checked type is stored and served under: {@link #shownName} ending in an
     * extension of the type (so "photo" or "facture.exe" holding a PDF is saved as "….pdf"), at most 255.
     */
    static String cleanName(String fileName, String type) {
        String name = shownName(fileName);
        String extension = FileTypes.extensionFits(type, name) ? "" : "." + FileTypes.extension(type);
        return last(name, MAX_NAME - extension.length()) + extension;
    }

    /**
     * The last part of the name, without control or format characters (U+202E would show "gpj.exe" as "exe.jpg")
     * or quotes (it goes into a header), at most 255: also what a refusal names.
     */
    static String shownName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "")
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        return last(name.isEmpty() ? "piece-jointe" : name, MAX_NAME);
    }

    private static String last(String name, int length) {
        return name.length() > length ? name.substring(name.length() - length) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
