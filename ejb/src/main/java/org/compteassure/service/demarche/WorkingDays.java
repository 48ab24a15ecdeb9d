package org.compteassure.service.demarche;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** « Sous 5 jours ouvrés »: days from Monday to Friday (public holidays are the fund's to add to its delays). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that comes {@code days} working days after {@code from} (a weekend start counts from Monday). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
