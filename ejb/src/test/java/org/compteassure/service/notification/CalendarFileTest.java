package org.compteassure.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final Instant START = Instant.parse("2026-12-10T09:30:00Z");

    @Test
    void anEventHasItsTimesInUtcAndCrlfLineEnds() {
        String file = CalendarFile.event("appointment-7@example.org", Instant.parse("2026-12-04T20:00:00Z"), START,
                START.plusSeconds(900), "Rendez-vous", "Au sujet de « Mes remboursements »", "1 rue X, 75000 Paris");
        assertTrue(file.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), file);
        assertTrue(file.contains("\r\nDTSTART:20261210T093000Z\r\nDTEND:20261210T094500Z\r\n"), file);
        assertTrue(file.contains("\r\nLOCATION:1 rue X\\, 75000 Paris\r\n"), file);
        assertTrue(file.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), file);
        assertEquals(0, file.replace("\r\n", "").indexOf('\n') + 1, "no bare line feed");
    }

    @Test
    void textIsEscapedAndControlCharactersDropped() {
        assertEquals("a\\;b\\,c\\\\d\\ne", CalendarFile.text("a;b,c\\d\r\ne\u0007"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        StringBuilder file = new StringBuilder();
        String value = "é".repeat(100) + "😀".repeat(10);
        CalendarFile.line(file, "DESCRIPTION:" + value);
        String[] lines = file.toString().split("\r\n");
        assertTrue(lines.length > 2);
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertEquals(-1, line.indexOf('\uFFFD'));
        }
        StringBuilder unfolded = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(" "));
            unfolded.append(lines[i].substring(1));
        }
        assertEquals("DESCRIPTION:" + value, unfolded.toString());
    }
}
