package org.compteassure.persistence.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMailTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void failedAttemptsBackOffOneTwoFourMinutesUpToAnHourThenGiveUp() {
        OutboundMail mail = new OutboundMail("marie@exemple.fr", "Sujet", "Texte", null, T0);
        long[] minutes = {1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60};
        for (long wait : minutes) {
            mail.markFailed("SMTP down", T0);
            assertEquals(OutboxDelivery.Status.PENDING, mail.getStatus());
            assertEquals(T0.plus(Duration.ofMinutes(wait)), mail.getNextAttemptAt());
        }
        mail.markFailed("SMTP down", T0);
        assertEquals(OutboxDelivery.Status.FAILED, mail.getStatus(), "given up after " + OutboxDelivery.MAX_ATTEMPTS);
        assertEquals(OutboxDelivery.MAX_ATTEMPTS, mail.getAttempts());
        assertNull(mail.getTextBody(), "a mail given up keeps no body (it may hold a code)");
    }

    @Test
    void theBodiesWhichMayHoldACodeAreKeptWhileRetryingAndGoneOnceSent() {
        OutboundMail mail = new OutboundMail("marie@exemple.fr", "Votre code", "Code : 123456", "<p>123456</p>", T0);
        mail.markFailed("SMTP down", T0);
        assertNotNull(mail.getTextBody(), "still to be sent");
        mail.markSent(T0.plusSeconds(60));
        assertNull(mail.getTextBody());
        assertNull(mail.getHtmlBody());
        assertEquals("marie@exemple.fr", mail.getRecipient(), "the metadata stays");
        assertEquals("Votre code", mail.getSubject());
    }

    @Test
    void aSentMailRecordsWhenAndKeepsItsAttemptCount() {
        OutboundMail mail = new OutboundMail("marie@exemple.fr", "Sujet", "Texte", null, T0);
        mail.markFailed("x".repeat(2_000), T0);
        assertEquals(500, mail.getLastError().length(), "errors are cut to the column");
        mail.markSent(T0.plusSeconds(60));
        assertEquals(OutboxDelivery.Status.SENT, mail.getStatus());
        assertEquals(2, mail.getAttempts());
        assertEquals(T0.plusSeconds(60), mail.getSentAt());
    }
}
