package org.compteassure.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.compteassure.persistence.domain.Amounts;
import org.compteassure.persistence.domain.Dates;
import org.compteassure.service.platform.ClockProducer;

/** Dates, times and amounts as people read them in tables (UI.md), for views: {@code #{formats.dateTime(x)}}. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /**
     * Month names by pattern, language and month, formatted once: the payments page names 27 months three times per
     * request, and formatting them was a tenth of its cost. A few hundred short strings over the years.
     */
    private static final Map<String, String> MONTH_NAMES = new ConcurrentHashMap<>();

    public String date(Instant instant) {
        return instant == null ? "" : Dates.table(instant.atZone(ClockProducer.ZONE).toLocalDate());
    }

    /** A calendar day (a birth date, the day of a loss): "26/11/2026". */
    public String day(LocalDate day) {
        return day == null ? "" : Dates.table(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + " " + TIME.format(instant.atZone(ClockProducer.ZONE));
    }

    /** An appointment's start as people say it: "jeudi 10 décembre 2026 à 09:30" ("Thursday 10 December 2026 at 09:30"). */
    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = locale();
        String pattern = locale.getLanguage().equals("en") ? "EEEE d MMMM yyyy 'at' HH:mm" : "EEEE d MMMM yyyy 'à' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(ClockProducer.ZONE));
    }

    /** "12,50 €" in French, "€12.50" in English. */
    public String amount(BigDecimal amount) {
        return amountText(amount, locale());
    }

    /** "novembre 2026", "November 2026". */
    public String month(YearMonth month) {
        return monthName(month, locale());
    }

    /** "nov. 26", for the axis of a chart. */
    public String shortMonth(YearMonth month) {
        return shortMonthName(month, locale());
    }

    /* The same in a given language, for views that format their texts in Java once (names differ: EL picks by name). */

    public static String amountText(BigDecimal amount, Locale locale) {
        return amount == null ? "" : Amounts.format(amount, locale);
    }

    public static String monthName(YearMonth month, Locale locale) {
        return monthName("MMMM uuuu", month, locale);
    }

    public static String shortMonthName(YearMonth month, Locale locale) {
        return monthName("MMM uu", month, locale);
    }

    private static String monthName(String pattern, YearMonth month, Locale locale) {
        return MONTH_NAMES.computeIfAbsent(pattern + '|' + locale + '|' + month,
                key -> DateTimeFormatter.ofPattern(pattern, locale).format(month));
    }

    /** The view's language (French outside a Faces request). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
    }
}
