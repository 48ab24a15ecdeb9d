package org.compteassure.persistence.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Dates as shown to people: the one place where they are written, so that screens, PDFs and e-mails agree. */
public final class Dates {

    private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** French writes the first of the month "1er". */
    private static final DateTimeFormatter FRENCH_PROSE = new DateTimeFormatterBuilder()
            .appendText(ChronoField.DAY_OF_MONTH, LongStream.rangeClosed(1, 31).boxed()
                    .collect(Collectors.toMap(Function.identity(), day -> day == 1 ? "1er" : day.toString())))
            .appendPattern(" MMMM uuuu")
            .toFormatter(Locale.FRENCH);

    private Dates() {
    }

    /** Short and aligned, for tables: "26/11/2026". */
    public static String table(LocalDate date) {
        return TABLE.format(date);
    }

    /** Written out, for sentences and letters: "26 novembre 2026", "1er décembre 2026", "26 November 2026". */
    public static String prose(LocalDate date, Locale locale) {
        DateTimeFormatter formatter = locale.getLanguage().equals(Locale.FRENCH.getLanguage())
                ? FRENCH_PROSE : DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        return formatter.format(date);
    }
}
