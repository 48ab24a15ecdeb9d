package org.compteassure.service.notification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OutboxMimeMessageTest {

    private static final byte[] SECRET = "a-secret".getBytes(StandardCharsets.UTF_8);
    private static final String BASE = "https://compte.example.fr";

    @Test
    void theMessageIdIsFixedByTheRowAndTheInstallation() {
        String first = OutboxMimeMessage.messageId(42, BASE, SECRET);
        assertEquals(first, OutboxMimeMessage.messageId(42, BASE, SECRET), "the same row, the same Message-ID");
        assertTrue(first.matches("<compte-assure\\.mail\\.42\\.[0-9a-f]{16}@compte\\.example\\.fr>"), first);
        assertNotEquals(first, OutboxMimeMessage.messageId(43, BASE, SECRET));
        assertNotEquals(first, OutboxMimeMessage.messageId(42, BASE, "another".getBytes(StandardCharsets.UTF_8)),
                "another installation, another Message-ID");
    }

    @Test
    void aMailWrittenTwiceCarriesTheSameMessageId() throws Exception {
        String id = OutboxMimeMessage.messageId(7, BASE, SECRET);
        String[] sent = new String[2];
        for (int i = 0; i < 2; i++) {
            Session session = Session.getInstance(new Properties());
            MimeMessage message = new OutboxMimeMessage(session, id);
            message.setText("Bonjour", "UTF-8");
            message.saveChanges();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            sent[i] = new MimeMessage(session, new ByteArrayInputStream(raw.toByteArray())).getMessageID();
        }
        assertEquals(id, sent[0]);
        assertArrayEquals(new String[] {id, id}, sent);
    }
}
