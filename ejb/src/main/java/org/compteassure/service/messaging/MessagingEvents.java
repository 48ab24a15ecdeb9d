package org.compteassure.service.messaging;

/** What the messaging feature tells the others, fired inside the transaction that caused it. */
public final class MessagingEvents {

    private MessagingEvents() {
    }

    /** An adviser replied: the person gets a notice by e-mail (never the content). */
    public record ReplyPosted(long messageId) {
    }

    /** A reply is still unread 7 days later: a reminder e-mail. */
    public record ReplyReminderDue(long messageId) {
    }

    /** A reply is still unread 14 days later: the reply goes by post. */
    public record ReplyLetterDue(long messageId) {
    }
}
