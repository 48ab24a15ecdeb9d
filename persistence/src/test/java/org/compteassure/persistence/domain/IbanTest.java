package org.compteassure.persistence.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.compteassure.persistence.domain.Iban.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    private static final Iban FRENCH = Iban.parse("FR76 3000 6000 0112 3456 7890 189");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FR76 3000 6000 0112 3456 7890 189         | FR7630006000011234567890189      | FR
            fr76 3000 6000 0112 3456 7890 189         | FR7630006000011234567890189      | FR
            fr7630006000011234567890189               | FR7630006000011234567890189      | FR
            FR14 2004 1010 0505 0001 3M02 606         | FR1420041010050500013M02606      | FR
            FR97 3000 6000 0112 3456 7890 005         | FR9730006000011234567890005      | FR
            FR98 3000 6000 0112 3456 7890 084         | FR9830006000011234567890084      | FR
            FR02 3000 6000 0112 3456 7890 066         | FR0230006000011234567890066      | FR
            DE89 3704 0044 0532 0130 00               | DE89370400440532013000           | DE
            GB82 WEST 1234 5698 7654 32               | GB82WEST12345698765432           | GB
            gb82 west 1234 5698 7654 32               | GB82WEST12345698765432           | GB
            BE68 5390 0754 7034                       | BE68539007547034                 | BE
            NL91 ABNA 0417 1643 00                    | NL91ABNA0417164300               | NL
            CH93 0076 2011 6238 5295 7                | CH9300762011623852957            | CH
            ES91 2100 0418 4502 0005 1332             | ES9121000418450200051332         | ES
            IT60 X054 2811 1010 0000 0123 456         | IT60X0542811101000000123456      | IT
            LU28 0019 4006 4475 0000                  | LU280019400644750000             | LU
            MC58 1122 2000 0101 2345 6789 030         | MC5811222000010123456789030      | MC
            PT50 0002 0123 1234 5678 9015 4           | PT50000201231234567890154        | PT
            AT61 1904 3002 3457 3201                  | AT611904300234573201             | AT
            NO93 8601 1117 947                        | NO9386011117947                  | NO
            MT84 MALT 0110 0001 2345 MTLC AST0 01S    | MT84MALT011000012345MTLCAST001S  | MT
            LC55 HEMM 0001 0001 0012 0012 0002 3015   | LC55HEMM000100010012001200023015 | LC
            """)
    void acceptsValidIbans(String input, String value, String country) {
        Iban iban = Iban.parse(input);
        assertAll(
                () -> assertEquals(value, iban.value()),
                () -> assertEquals(country, iban.country()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "FR76\u00A03000\u00A06000\u00A00112\u00A03456\u00A07890\u00A0189",
        "FR76\u202F3000\u202F6000\u202F0112\u202F3456\u202F7890\u202F189",
        "  FR7630006000 011234567890189 "})
    void ignoresEveryKindOfSpace(String input) {
        assertEquals(FRENCH, Iban.parse(input));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | EMPTY
            '  '                                | EMPTY
            FR76-3000-6000-0112-3456-7890-189   | CHARACTERS
            FR76 3000 6000 0112 3456 7890 18é   | CHARACTERS
            FR76.3000.6000.0112.3456.7890.189   | CHARACTERS
            XX76 3000 6000 0112 3456 7890 189   | COUNTRY
            US76 3000 6000 0112 3456 7890 189   | COUNTRY
            7630 0060 0001 1234 5678 9018 9     | COUNTRY
            F                                   | COUNTRY
            FR76 3000 6000 0112 3456 7890 18    | LENGTH
            FR76 3000 6000 0112 3456 7890 1890  | LENGTH
            DE89 3704 0044 0532 0130 000        | LENGTH
            BE68 5390 0754 703                  | LENGTH
            FR                                  | LENGTH
            FR76 3000 6000 0112 3456 7890 188   | CHECKSUM
            FR67 3000 6000 0112 3456 7890 189   | CHECKSUM
            FR76 3000 6000 0112 3456 7809 189   | CHECKSUM
            DE89 3704 0044 0532 0130 01         | CHECKSUM
            GB82 WEST 1234 5698 7654 33         | CHECKSUM
            BE68 5390 0754 7035                 | CHECKSUM
            FRAB 3000 6000 0112 3456 7890 189   | CHECKSUM
            FR00 3000 6000 0112 3456 7890 005   | CHECKSUM
            FR01 3000 6000 0112 3456 7890 084   | CHECKSUM
            FR99 3000 6000 0112 3456 7890 066   | CHECKSUM
            """)
    void explainsWhyAnIbanIsRejected(String input, Problem problem) {
        Check<Iban, Problem> check = Iban.check(input);
        assertAll(
                () -> assertFalse(check.isValid()),
                () -> assertNull(check.value()),
                () -> assertEquals(problem, check.problem()));
    }

    @ParameterizedTest
    @NullSource
    void nullIsEmpty(String input) {
        assertEquals(Problem.EMPTY, Iban.check(input).problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FR76 3000 6000 0112 3456 7890 18    | 27 | 26
            FR76 3000 6000 0112 3456 7890 1890  | 27 | 28
            DE89 3704 0044 0532 0130 000        | 22 | 23
            BE68 5390 0754 703                  | 16 | 15
            """)
    void tellsTheExpectedAndTypedLengths(String input, int expected, int typed) {
        Check<Iban, Problem> check = Iban.check(input);
        assertAll(
                () -> assertEquals(expected, check.expected()),
                () -> assertEquals(typed, check.typed()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FR7630006000011234567890189 | FR76 3000 6000 0112 3456 7890 189 | •••• •••• •••• •••• •••• •••0 189
            DE89370400440532013000      | DE89 3704 0044 0532 0130 00       | •••• •••• •••• •••• ••30 00
            BE68539007547034            | BE68 5390 0754 7034               | •••• •••• •••• 7034
            NO9386011117947             | NO93 8601 1117 947                | •••• •••• •••7 947
            """)
    void groupsByFourAndMasksAllButTheLastFour(String input, String grouped, String masked) {
        Iban iban = Iban.parse(input);
        assertAll(
                () -> assertEquals(grouped, iban.grouped()),
                () -> assertEquals(masked, iban.masked()),
                () -> assertEquals(masked, iban.toString()));
    }

    @ParameterizedTest
    @CsvSource({"7, 7890189", "4, 0189", "0, ''", "27, FR7630006000011234567890189"})
    void givesItsLastCharacters(int n, String last) {
        assertEquals(last, FRENCH.lastCharacters(n));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 28})
    void refusesMoreLastCharactersThanItHas(int n) {
        assertThrows(IllegalArgumentException.class, () -> FRENCH.lastCharacters(n));
    }

    @Test
    void neverPutsTheIbanInAnExceptionMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Iban.parse("FR76 3000 6000 0112 3456 7890 188"));
        assertAll(
                () -> assertTrue(e.getMessage().contains("CHECKSUM"), e.getMessage()),
                () -> assertFalse(e.getMessage().contains("3000"), e.getMessage()));
    }

    @Test
    void isEqualByNormalisedValue() {
        assertAll(
                () -> assertEquals(FRENCH, Iban.parse("fr7630006000011234567890189")),
                () -> assertEquals(FRENCH.hashCode(), Iban.parse("fr7630006000011234567890189").hashCode()),
                () -> assertNotEquals(FRENCH, Iban.parse("DE89 3704 0044 0532 0130 00")));
    }
}
