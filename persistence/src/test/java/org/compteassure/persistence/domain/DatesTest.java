package org.compteassure.persistence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource({"2026-11-26, 26/11/2026", "2026-01-05, 05/01/2026", "1999-12-31, 31/12/1999", "2028-02-29, 29/02/2028"})
    void writesTablesDates(LocalDate date, String expected) {
        assertEquals(expected, Dates.table(date));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr    | 2026-11-26 | 26 novembre 2026
            fr    | 2026-01-05 | 5 janvier 2026
            fr    | 2026-02-03 | 3 février 2026
            fr    | 2026-08-15 | 15 août 2026
            fr    | 2026-12-01 | 1er décembre 2026
            fr-FR | 2026-05-01 | 1er mai 2026
            fr    | 2026-05-21 | 21 mai 2026
            en    | 2026-11-26 | 26 November 2026
            en    | 2026-12-01 | 1 December 2026
            en-GB | 2026-08-15 | 15 August 2026
            """)
    void writesDatesInProse(String locale, LocalDate date, String expected) {
        assertEquals(expected, Dates.prose(date, Locale.forLanguageTag(locale)));
    }

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 2026-10 | true  | d'octobre 2026
            fr | 2026-08 | false | d'août
            fr | 2026-04 | true  | d'avril 2026
            fr | 2026-03 | true  | de mars 2026
            fr | 2026-01 | false | de janvier
            en | 2026-10 | true  | October 2026
            """)
    void writesAMonthAfterOf(String locale, YearMonth month, boolean withYear, String expected) {
        assertEquals(expected, Dates.ofMonth(month, withYear, Locale.forLanguageTag(locale)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Émilie | d'Émilie
            Hugo   | de Hugo
            Yves   | d'Yves
            Léa    | de Léa
            """)
    void elidesDeBeforeAVowel(String word, String expected) {
        assertEquals(expected, Dates.of(word));
    }
}
