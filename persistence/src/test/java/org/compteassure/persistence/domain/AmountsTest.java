package org.compteassure.persistence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12,5              | 12.50
            12.50             | 12.50
            12                | 12.00
            0                 | 0.00
            -3,1              | -3.10
            +7                | 7.00
            1 234,50 €        | 1234.50
            1\u202F234,50\u00A0€  | 1234.50
            12,500            | 12.50
            """)
    void readsTypedAmountsWithTwoDecimals(String input, String expected) {
        BigDecimal amount = Amounts.euros(input);
        assertEquals(new BigDecimal(expected), amount);
        assertEquals(2, amount.scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,345", "0.001", "abc", "", "€", "1e3", "1.234,50", "12,", ",5", "1-2", "--1"})
    void rejectsWhatIsNotAnAmountOrHasMoreThanTwoDecimals(String input) {
        assertThrows(IllegalArgumentException.class, () -> Amounts.euros(input));
    }

    @ParameterizedTest
    @CsvSource({"12.5, 12.50", "12.500, 12.50", "3, 3.00", "1E+3, 1000.00"})
    void normalisesDecimalsToScaleTwo(BigDecimal input, String expected) {
        assertEquals(expected, Amounts.euros(input).toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "0.001", "1E-3"})
    void refusesToRoundSilently(BigDecimal input) {
        assertThrows(IllegalArgumentException.class, () -> Amounts.euros(input));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr    | 12.5       | 12,50 €
            fr    | 0          | 0,00 €
            fr    | 1234.5     | 1 234,50 €
            fr    | -1234.5    | -1 234,50 €
            fr    | 1234567.89 | 1 234 567,89 €
            fr-FR | 1234.5     | 1 234,50 €
            en    | 12.5       | €12.50
            en    | 0          | €0.00
            en    | 1234.5     | €1,234.50
            en    | -1234.5    | -€1,234.50
            en-GB | 1234567.89 | €1,234,567.89
            """)
    void formatsInEurosForTheLocale(String locale, BigDecimal amount, String expected) {
        // Written above with ordinary spaces for readability: a no-break space before €, narrow ones between thousands.
        String withFrenchSpaces = expected.replace(" €", NBSP + "€").replace(' ', NNBSP.charAt(0));
        assertEquals(withFrenchSpaces, Amounts.format(amount, Locale.forLanguageTag(locale)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345"})
    void refusesToFormatWhatWouldBeRounded(BigDecimal amount) {
        assertThrows(IllegalArgumentException.class, () -> Amounts.format(amount, Locale.FRENCH));
    }
}
