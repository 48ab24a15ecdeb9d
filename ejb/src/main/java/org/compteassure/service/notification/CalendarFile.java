package org.compteassure.service.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One event as an iCalendar file (RFC 5545, {@code text/calendar}), the attachment that puts an appointment in the
 * person's calendar. No library for it is kept on this machine's Maven mirror, so it is written here, with only
 * what an event needs: text values escaped (§3.3.11), lines folded at 75 octets without splitting a UTF-8
 * character (§3.1), CRLF line ends, times in UTC.
 */
final class CalendarFile {

    static final String TYPE = "text/calendar; method=PUBLISH";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private CalendarFile() {
    }

    /**
     * @param uid a value unique to this event forever, such as {@code appointment-12@host}
     */
    static String event(String uid, Instant stamp, Instant start, Instant end, String summary, String description,
                        String location) {
        Objects.requireNonNull(uid, "uid");
        StringBuilder file = new StringBuilder(1024);
        line(file, "BEGIN:VCALENDAR");
        line(file, "VERSION:2.0");
        line(file, "PRODID:-//Compte Assure//Rendez-vous//FR");
        line(file, "CALSCALE:GREGORIAN");
        line(file, "METHOD:PUBLISH");
        line(file, "BEGIN:VEVENT");
        line(file, "UID:" + text(uid));
        line(file, "DTSTAMP:" + UTC.format(stamp));
        line(file, "DTSTART:" + UTC.format(start));
        line(file, "DTEND:" + UTC.format(end));
        line(file, "SUMMARY:" + text(summary));
        if (description != null && !description.isBlank()) {
            line(file, "DESCRIPTION:" + text(description));
        }
        if (location != null && !location.isBlank()) {
            line(file, "LOCATION:" + text(location));
        }
        line(file, "STATUS:CONFIRMED");
        line(file, "TRANSP:OPAQUE");
        line(file, "END:VEVENT");
        line(file, "END:VCALENDAR");
        return file.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> { }
                default -> {
                    if (!Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Appends a content line folded into chunks of at most 75 octets, each continuation starting with a space. */
    static void line(StringBuilder file, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                file.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            file.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        file.append("\r\n");
    }
}
