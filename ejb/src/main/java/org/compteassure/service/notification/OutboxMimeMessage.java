package org.compteassure.service.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A mail of the outbox whose Message-ID is fixed by its outbox row, not drawn at each send: a mail sent again after a
 * crash (between the SMTP answer and the row marked sent) carries the same Message-ID, so the design gives
 * "at least once, with the same Message-ID" and a mailbox or a relay can drop the copy.
 * Form: {@code <compte-assure.mail.ID.INSTALL@HOST>}, where INSTALL is drawn from the installation's secret settings
 * (one-way, so it discloses nothing) and is the same on every node, and HOST is the public address's host.
 */
final class OutboxMimeMessage extends MimeMessage {

    private final String messageId;

    OutboxMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    /** The Message-ID of outbox row {@code id}, for an installation reached at {@code baseUrl} with {@code secret}. */
    static String messageId(long id, String baseUrl, byte[] secret) {
        String host = URI.create(baseUrl).getHost();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("compte-assure.message-id|".getBytes(StandardCharsets.UTF_8));
            digest.update(baseUrl.getBytes(StandardCharsets.UTF_8));
            digest.update(secret);
            String install = HexFormat.of().formatHex(digest.digest(), 0, 8);
            return "<compte-assure.mail." + id + "." + install + "@" + host + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
