package org.compteassure.web.messaging;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.NewAttachment;
import org.compteassure.web.platform.Messages;

/** Files chosen in an {@code h:inputFile}, as the messaging services take them, and their refusals as messages. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The chosen files, empty inputs skipped. A file is read up to one byte past the limit: enough for the service
     * to refuse it as too large without holding all of a huge upload in memory.
     */
    public static List<NewAttachment> read(Collection<Part> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(part -> part.getSize() > 0)
                .map(part -> {
                    try (InputStream in = part.getInputStream()) {
                        return new NewAttachment(part.getSubmittedFileName(), in.readNBytes(NewAttachment.MAX_BYTES + 1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /** The refusal under the file field, naming the file: "« x.exe » n'est ni un PDF, ni une image JPEG ou PNG." */
    static void refused(String form, AttachmentRejectedException e) {
        refused(form, "files", "messagerie.file.", e);
    }

    /** The refusal under that file field, in the words of {@code keyPrefix + reason}, naming the file. */
    public static void refused(String form, String field, String keyPrefix, AttachmentRejectedException e) {
        Messages.fieldError(form, field, keyPrefix + e.reason(), e.fileName());
    }
}
