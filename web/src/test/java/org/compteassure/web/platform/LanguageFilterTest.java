package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageFilterTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                    | ?lang=en
            ''                      | ?lang=en
            jeton=AbC-123           | ?jeton=AbC-123&lang=en
            jeton=AbC-123&lang=fr   | ?jeton=AbC-123&lang=en
            lang=fr&id=5&page=2     | ?id=5&page=2&lang=en
            """)
    void theSwitchKeepsThePagesQueryString(String query, String expected) {
        assertEquals(expected, LanguageFilter.switchLink(query, "en"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            lang=en                   | ''
            jeton=AbC-123&lang=en     | jeton=AbC-123
            lang=en&jeton=AbC&x=1     | jeton=AbC&x=1
            language=x&lang=en        | language=x
            """)
    void theRedirectKeepsEverythingButLang(String query, String expected) {
        assertEquals(expected, LanguageFilter.withoutLang(query));
    }
}
