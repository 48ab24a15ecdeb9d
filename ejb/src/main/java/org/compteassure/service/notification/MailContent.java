package org.compteassure.service.notification;

import java.util.Objects;

/**
 * What an e-mail says, ready for {@link NotificationService#queue}: a subject, a plain-text part and an HTML part
 * that say the same thing. Built by {@link Mails}; it may hold a one-time code, so it is never logged.
 */
public record MailContent(String subject, String text, String html, Attachment attachment) {

    /** A text file joined to the mail (an appointment's calendar file). */
    public record Attachment(String name, String type, String body) {

        public Attachment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(body, "body");
        }
    }

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    public MailContent(String subject, String text, String html) {
        this(subject, text, html, null);
    }

    /** The same mail with that file joined. */
    public MailContent with(Attachment file) {
        return new MailContent(subject, text, html, file);
    }

    /** The subject only: the bodies may hold a code or a link that must not reach a log. */
    @Override
    public String toString() {
        return "MailContent[subject=" + subject + "]";
    }
}
