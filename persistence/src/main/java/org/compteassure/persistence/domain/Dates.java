package org.compteassure.persistence.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
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
        DateTimeFormatter formatter = isFrench(locale) ? FRENCH_PROSE : DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        return formatter.format(date);
    }

    /**
     * A month after "of", as each language writes it: « d'octobre 2026 », « de mars 2026 », « d'août » (without the
     * year); "October 2026" in English, whose sentence carries its own preposition.
     */
    public static String ofMonth(YearMonth month, boolean withYear, Locale locale) {
        String name = DateTimeFormatter.ofPattern(withYear ? "MMMM uuuu" : "MMMM", locale).format(month);
        return isFrench(locale) ? of(name) : name;
    }

    /** French "de" before a word, elided before a vowel: « de mars », « d'avril », « d'Émilie ». */
    public static String of(String word) {
        if (word.isEmpty()) {
            return "de";
        }
        char first = Normalizer.normalize(word.substring(0, 1), Normalizer.Form.NFD)
                .toLowerCase(Locale.FRENCH).charAt(0);
        return ("aeiouy".indexOf(first) >= 0 ? "d'" : "de ") + word;
    }

    private static boolean isFrench(Locale locale) {
        return locale.getLanguage().equals(Locale.FRENCH.getLanguage());
    }
}
