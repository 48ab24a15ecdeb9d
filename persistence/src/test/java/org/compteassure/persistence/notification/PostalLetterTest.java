package org.compteassure.persistence.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.junit.jupiter.api.Test;

class PostalLetterTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theProvisionalCodeIsKeptUntilTheLetterIsPrintedThenForgotten() {
        PostalLetter letter = new PostalLetter(7, Reason.values()[0], "Marie DUPONT", List.of("1 rue de la Paix",
                "75002 PARIS"), "12345678", T0);
        assertEquals("12345678", letter.getSecret(), "needed to print it");
        letter.printed("conseil-a", T0.plusSeconds(3600));
        assertNull(letter.getSecret());
        assertEquals("conseil-a", letter.getPrintedBy());
    }
}
