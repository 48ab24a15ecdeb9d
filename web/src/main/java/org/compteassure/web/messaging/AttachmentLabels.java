package org.compteassure.web.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.compteassure.service.messaging.AttachmentLink;
import org.compteassure.web.platform.Messages;

/** What a download link says besides the name (UI.md): its format and size, "PDF, 45 ko". */
@Named
@ApplicationScoped
public class AttachmentLabels {

    private static final Map<String, String> FORMATS = Map.of(
            "application/pdf", "PDF", "image/jpeg", "JPEG", "image/png", "PNG");

    public String describe(AttachmentLink attachment) {
        return FORMATS.getOrDefault(attachment.contentType(), "?") + ", " + size(attachment.sizeBytes());
    }

    /** A file's size as people read it: "45 ko", "2,3 Mo". */
    public static String size(long bytes) {
        return bytes < 1024 * 1024
                ? Messages.text("messagerie.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : Messages.text("messagerie.size.mb", Math.round(bytes / (1024.0 * 1024) * 10) / 10.0);
    }
}
