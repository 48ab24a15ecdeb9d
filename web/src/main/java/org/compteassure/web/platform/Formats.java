package org.compteassure.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.compteassure.persistence.domain.Dates;
import org.compteassure.service.platform.ClockProducer;

/** Dates and times as people read them in tables (UI.md), for views: {@code #{formats.dateTime(x)}}. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String date(Instant instant) {
        return instant == null ? "" : Dates.table(instant.atZone(ClockProducer.ZONE).toLocalDate());
    }

    public String localDate(LocalDate date) {
        return date == null ? "" : Dates.table(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + " " + TIME.format(instant.atZone(ClockProducer.ZONE));
    }
}
