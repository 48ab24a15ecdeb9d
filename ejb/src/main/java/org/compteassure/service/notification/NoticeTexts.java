package org.compteassure.service.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.compteassure.persistence.domain.Dates;

/**
 * The words of mails and letters, from the bundle {@code org/compteassure/service/notification/mails_*.properties}.
 * <p>
 * Every value of the bundle is a {@link MessageFormat} pattern, with or without arguments, so an apostrophe is
 * always written twice ({@code J''ai oublié mon code}). A lookup never falls back to the JVM's default locale:
 * French is French even on a server started in English.
 */
final class NoticeTexts {

    static final String BUNDLE = "org.compteassure.service.notification.mails";

    /** The fund's time zone: every date and time a person reads is Paris time. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private NoticeTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NoticeTexts.class.getClassLoader(), NO_FALLBACK);
    }

    /** English for English, French (the fund's language) for anything else. */
    static NoticeTexts in(Locale locale) {
        boolean english = locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
        return new NoticeTexts(english ? Locale.ENGLISH : Locale.FRENCH);
    }

    Locale locale() {
        return locale;
    }

    /** The message of that key, its arguments inserted as they are (format numbers and dates before). */
    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /**
     * A duration in words: "30 minutes", "10 minutes", "30 jours", "1 heure et 30 minutes".
     *
     * @throws IllegalArgumentException if it is not a positive whole number of minutes
     */
    String duration(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero() || duration.toSecondsPart() != 0
                || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException("Not a positive whole number of minutes: " + duration);
        }
        List<String> parts = new ArrayList<>(3);
        addPart(parts, "duration.day", duration.toDaysPart());
        addPart(parts, "duration.hour", duration.toHoursPart());
        addPart(parts, "duration.minute", duration.toMinutesPart());
        String words = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            words = format(i == parts.size() - 2 ? "duration.list.last" : "duration.list.middle", parts.get(i), words);
        }
        return words;
    }

    private void addPart(List<String> parts, String key, long count) {
        if (count > 0) {
            parts.add(format(key + (count == 1 ? ".one" : ".other"), Long.toString(count)));
        }
    }

    /** An absolute http(s) URL, so that a link can never be {@code javascript:} or relative. */
    static String checkedUrl(String url) {
        Objects.requireNonNull(url, "url");
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // Rejected below, without echoing the URL: it may hold a token.
        }
        throw new IllegalArgumentException("Not an absolute http(s) URL");
    }

    /** The day of an instant in Paris, in prose: "26 novembre 2026", "1er décembre 2026". */
    String date(Instant instant) {
        return Dates.prose(instant.atZone(PARIS).toLocalDate(), locale);
    }

    /** The time of an instant in Paris: "14 h 32", "9 h 05"; "2:32 PM" in English. */
    String time(Instant instant) {
        ZonedDateTime paris = instant.atZone(PARIS);
        return (locale.equals(Locale.ENGLISH) ? ENGLISH_TIME : FRENCH_TIME).format(paris);
    }
}
