package org.compteassure.persistence.account;

/**
 * The kinds of notice a person chooses how to receive (« Mes informations »): by e-mail, by letter or both. The
 * security notices (code, IBAN, e-mail address, new device) are no kind of these: they always go.
 */
public enum NoticeKind {
    /** A new payment is available. */
    PAYMENT,
    /** An adviser replied in the messaging. */
    REPLY,
    /** A démarche's status changed. */
    DEMARCHE,
    /** A document or a card is ready. */
    DOCUMENT,
    /** A reminder: an unread reply, an appointment tomorrow. */
    REMINDER
}
