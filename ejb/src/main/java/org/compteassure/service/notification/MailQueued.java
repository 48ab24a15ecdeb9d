package org.compteassure.service.notification;

/** Fired when a mail joins the outbox, so it can be sent as soon as its transaction commits. */
public record MailQueued(long mailId) {
}
