package org.compteassure.service.notification;

/** Fired when a message for the back office joins the outbox, so it can be sent as soon as its transaction commits. */
public record MessageQueued(long messageId) {
}
