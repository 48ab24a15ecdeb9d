package org.compteassure.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.junit.jupiter.api.Test;

class DevMailboxTest {

    @Test
    void showsTheNewestMailFirstWhateverItsRecipient() {
        ReceivedMail old = mail("a@exemple.fr", "2026-12-01T08:00:00Z");
        ReceivedMail newest = mail("z@exemple.fr", "2026-12-03T08:00:00Z");
        ReceivedMail middle = mail("a@exemple.fr", "2026-12-02T08:00:00Z");
        ReceivedMail undated = new ReceivedMail("b@exemple.fr", "?", "", null, null);
        assertEquals(List.of(newest, middle, old, undated),
                ReceivedMail.newestFirst(List.of(old, undated, newest, middle)));
    }

    private static ReceivedMail mail(String to, String at) {
        return new ReceivedMail(to, "Objet", "Texte", null, Instant.parse(at));
    }
}
