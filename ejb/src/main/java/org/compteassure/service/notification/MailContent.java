package org.compteassure.service.notification;

import java.util.Objects;

/**
 * What an e-mail says, ready for {@link NotificationService#queue}: a subject, a plain-text part and an HTML part
 * that say the same thing. Built by {@link Mails}; it may hold a one-time code, so it is never logged.
 */
public record MailContent(String subject, String text, String html) {

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /** The subject only: the bodies may hold a code or a link that must not reach a log. */
    @Override
    public String toString() {
        return "MailContent[subject=" + subject + "]";
    }
}
